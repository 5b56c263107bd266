# -*- perl -*-
use strict;
use warnings;
use tests::tests;
# The five concurrent children may end in any order: their exit lines
# are checked as a set.
common_checks ("run", @output);
my @core = get_core_output ("run", @output);
my @kids = sort grep (/^child-exit: exit\(\d+\)$/, @core);
my @rest = grep (!/^child-exit: exit\(\d+\)$/, @output);
my @want = sort map ("child-exit: exit($_)", 0 .. 4);
fail "concurrent children's exit lines: got (@kids), want (@want)\n"
  unless "@kids" eq "@want";
compare_output ("run", {}, \@rest, <<'EOF');
(exec-status) begin
status-kid: exit(0)
(exec-status) "child-exit 0" gave 0
status-kid: exit(255)
(exec-status) "child-exit 255" gave 255
status-kid: exit(-5)
(exec-status) "child-exit -5" gave -5
status-kid: exit(70000)
(exec-status) "child-exit 70000" gave 70000
(exec-status) five concurrent children gave statuses 0 to 4
(exec-status) end
exec-status: exit(0)
EOF
pass;

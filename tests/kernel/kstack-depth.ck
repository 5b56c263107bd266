# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(kstack-depth) begin
(kstack-depth) the recursion reached at least 5120 bytes and was measured within 512 bytes of it
(kstack-depth) end
EOF
my ($stack) = grep (/^Stack: /, @output);
fail "no 'Stack:' statistics line\n" if !defined $stack;
my ($depth, $owner)
  = $stack =~ /^Stack: deepest kernel stack (\d+) of \d+ bytes, in (\S+)$/
  or fail "malformed statistics line: $stack\n";
fail "the deepest stack was ${owner}'s, not the recursing thread's\n"
  if $owner ne 'deep';
fail "the deepest stack measured $depth bytes, less than the 5120 reached\n"
  if $depth < 5120;
pass;

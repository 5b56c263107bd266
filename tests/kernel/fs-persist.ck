# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(fs-persist) begin
(fs-persist) found the file put in through the scratch disk
(fs-persist) unmounted and mounted again
(fs-persist) both files intact after the remount
(fs-persist) end
EOF

# The get action copied "kept" out after the test.  Remove the copy
# once read, so a stale one never passes a later run.
my $copy = "$test.kept";
open my $fh, '<:raw', $copy or fail ("$copy: $! (get did not copy 'kept' out)");
my $data = do { local $/; <$fh> };
close $fh;
unlink $copy;
fail ("copy of 'kept' has " . length ($data) . " bytes, not 70000")
  if length ($data) != 70000;
for my $i (0 .. 69999) {
    my $want = ($i * 7 + int ($i / 509) + 77 * 13) & 0xff;
    my $got = ord (substr ($data, $i, 1));
    fail ("copy of 'kept' has byte $i = $got, not $want") if $got != $want;
}
pass;

# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(swap-anon) begin
(swap-anon) wrote the 1280 even pages
(swap-anon) even pages intact, odd pages zero
(swap-anon) even pages intact again
(swap-anon) pages were written to the swap disk
(swap-anon) pages were read back from the swap disk
(swap-anon) end
swap-anon: exit(0)
EOF
pass;

# -*- perl -*-
# A file removed while open still grows and reads back through its
# descriptor; its name is gone, and its sectors are freed at close.
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(grow-rm-open) begin
(grow-rm-open) create f
(grow-rm-open) remove f while open
(grow-rm-open) write 5000 bytes to it
(grow-rm-open) its size is 5000
(grow-rm-open) read them back
(grow-rm-open) the name f is gone
(grow-rm-open) f can be created anew
(grow-rm-open) end
grow-rm-open: exit(0)
EOF
pass;

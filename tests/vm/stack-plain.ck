# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(stack-plain) begin
(stack-plain) locals reach below the first stack page
(stack-plain) lowest page of the locals has no frame yet
(stack-plain) lowest page of the locals has a frame now
(stack-plain) read back 1536 words from the grown stack
(stack-plain) end
stack-plain: exit(0)
EOF
pass;

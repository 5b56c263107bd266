# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(seek-edge) begin
(seek-edge) create "edge"
(seek-edge) open "edge"
(seek-edge) seek to 0x7fffffff: tell is 0x7fffffff
(seek-edge) read at 0x7fffffff reads nothing
(seek-edge) write at 0x7fffffff writes nothing
(seek-edge) tell is still 0x7fffffff
(seek-edge) seek to 0x80000000: tell is 0x7fffffff
(seek-edge) read at 0x80000000 reads nothing
(seek-edge) write at 0x80000000 writes nothing
(seek-edge) tell is still 0x7fffffff
(seek-edge) seek to 0xffffffff: tell is 0x7fffffff
(seek-edge) read at 0xffffffff reads nothing
(seek-edge) write at 0xffffffff writes nothing
(seek-edge) tell is still 0x7fffffff
(seek-edge) the file is still 100 bytes
(seek-edge) after seek (0), read gives the file's 100 zero bytes
(seek-edge) tell is 100
(seek-edge) end
seek-edge: exit(0)
EOF
pass;

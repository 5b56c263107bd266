/* Four processes grow one file at once, each writing its own 512-byte
   blocks at their offsets, so holes appear and are filled in any order;
   the file ends whole. */

#include "tests/filesys/tree-lib.h"

void
test_main (void)
{
  pid_t pids[4];

  CHECK (create ("shared", 0), "create shared");
  spawn_children ("append 4", pids, 4);
  wait_children (pids, 4);
  check_pattern_file ("shared", 5, 40 * 512);
  msg ("shared holds all 40 blocks");
}

/* Four processes grow four files at once, each checking size and
   position after every write; every file reads back right. */

#include "tests/filesys/tree-lib.h"

void
test_main (void)
{
  pid_t pids[4];
  char name[8];
  int i;

  spawn_children ("grow", pids, 4);
  wait_children (pids, 4);
  for (i = 0; i < 4; i++)
    {
      snprintf (name, sizeof name, "g%d", i);
      check_pattern_file (name, 10 + i, 20000);
    }
  msg ("4 files of 20000 bytes read back right");
}

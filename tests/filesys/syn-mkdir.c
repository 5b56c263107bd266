/* Four processes build subtrees in one directory at once; every subtree
   is whole. */

#include "tests/filesys/tree-lib.h"

void
test_main (void)
{
  pid_t pids[4];
  char name[32];
  int i;

  mkdir_or_fail ("t");
  spawn_children ("mkdir", pids, 4);
  wait_children (pids, 4);
  for (i = 0; i < 4; i++)
    {
      snprintf (name, sizeof name, "t/c%d/x/y/f", i);
      check_pattern_file (name, 40 + i, 700);
      snprintf (name, sizeof name, "t/c%d/x/f", i);
      check_pattern_file (name, 50 + i, 300);
    }
  CHECK (count_entries ("t") == 4, "t holds 4 subtrees, each whole");
}

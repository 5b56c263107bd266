/* Four processes create and remove files in one directory at once; the
   directory ends with exactly the 20 files that were kept, each intact. */

#include "tests/filesys/tree-lib.h"

void
test_main (void)
{
  pid_t pids[4];

  mkdir_or_fail ("d");
  spawn_children ("crm", pids, 4);
  wait_children (pids, 4);
  CHECK (count_entries ("d") == 20, "d holds 20 files");
}

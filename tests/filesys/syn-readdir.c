/* Two processes list a directory again and again while another adds and
   removes files in it: readdir only ever returns names that exist or
   existed, and the end state is right. */

#include "tests/filesys/tree-lib.h"

void
test_main (void)
{
  pid_t churn[1], readers[2];

  mkdir_or_fail ("busy");
  spawn_children ("churn", churn, 1);
  spawn_children ("readdir", readers, 2);
  wait_children (churn, 1);
  wait_children (readers, 2);
  CHECK (count_entries ("busy") == 20, "busy holds the 20 files kept");
}

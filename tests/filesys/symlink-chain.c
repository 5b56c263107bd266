/* Links to links resolve to the end of the chain. */

#include "tests/filesys/tree-lib.h"

void
test_main (void)
{
  make_pattern_file ("t", 34, 1000, 1000);
  CHECK (symlink ("t", "l1") == 0, "symlink t as l1");
  CHECK (symlink ("l1", "l2") == 0, "symlink l1 as l2");
  CHECK (symlink ("l2", "l3") == 0, "symlink l2 as l3");
  check_pattern_file ("l3", 34, 1000);
  msg ("l3 reads as t");
}

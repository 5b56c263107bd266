/* symlink fails when the link's name is taken or its directory is
   missing, and changes nothing then. */

#include "tests/filesys/tree-lib.h"

void
test_main (void)
{
  make_pattern_file ("t", 38, 10, 10);
  CHECK (symlink ("x", "t") == -1, "symlink over a file fails");
  check_pattern_file ("t", 38, 10);
  CHECK (symlink ("x", "l") == 0, "symlink x as l");
  CHECK (symlink ("y", "l") == -1, "symlink over a link fails");
  CHECK (symlink ("x", "missing/l") == -1, "symlink into a missing directory fails");
  CHECK (symlink ("x", "") == -1, "symlink with an empty name fails");
}

/* chdir to a file, to a missing name or to an empty name fails and
   leaves the working directory where it was. */

#include "tests/filesys/tree-lib.h"

void
test_main (void)
{
  mkdir_or_fail ("d");
  make_pattern_file ("d/file", 1, 20, 20);
  CHECK (chdir ("d"), "chdir d");
  CHECK (!chdir ("file"), "chdir to a file fails");
  CHECK (!chdir ("nowhere"), "chdir to a missing name fails");
  CHECK (!chdir (""), "chdir to an empty name fails");
  CHECK (!chdir ("file/.."), "chdir through a file fails");
  check_pattern_file ("file", 1, 20);
  msg ("still in d");
}

/* A relative link target is resolved against the directory holding the
   link, not the working directory. */

#include "tests/filesys/tree-lib.h"

void
test_main (void)
{
  mkdir_or_fail ("a");
  make_pattern_file ("a/f", 32, 50, 50);
  make_pattern_file ("f", 33, 60, 60);
  CHECK (symlink ("f", "a/l") == 0, "symlink f as a/l");
  check_pattern_file ("a/l", 32, 50);
  msg ("from /, a/l is a/f, not /f");
  CHECK (chdir ("a"), "chdir a");
  check_pattern_file ("l", 32, 50);
  msg ("from a, l is a/f");
}

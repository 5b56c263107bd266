/* Absolute link targets resolve from the root wherever the link lies
   and whatever the working directory. */

#include "tests/filesys/tree-lib.h"

void
test_main (void)
{
  mkdir_or_fail ("a");
  mkdir_or_fail ("a/b");
  mkdir_or_fail ("c");
  make_pattern_file ("/a/b/f", 37, 99, 99);
  CHECK (symlink ("/a/b/f", "c/l") == 0, "symlink /a/b/f as c/l");
  CHECK (symlink ("/a/b", "c/lb") == 0, "symlink /a/b as c/lb");
  CHECK (chdir ("c"), "chdir c");
  check_pattern_file ("l", 37, 99);
  check_pattern_file ("lb/f", 37, 99);
  check_pattern_file ("/c/lb/f", 37, 99);
  msg ("l, lb/f and /c/lb/f are /a/b/f");
}

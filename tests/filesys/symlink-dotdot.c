/* Link targets with ".." climb from the link's directory, and a link to
   ".." is its parent. */

#include "tests/filesys/tree-lib.h"

void
test_main (void)
{
  int up, a;

  mkdir_or_fail ("a");
  mkdir_or_fail ("a/b");
  make_pattern_file ("f", 39, 77, 77);
  CHECK (symlink ("../../f", "a/b/l") == 0, "symlink ../../f as a/b/l");
  check_pattern_file ("a/b/l", 39, 77);
  msg ("a/b/l is /f");
  CHECK (symlink ("..", "a/b/up") == 0, "symlink .. as a/b/up");
  up = open_or_fail ("a/b/up");
  a = open_or_fail ("a");
  CHECK (isdir (up) && inumber (up) == inumber (a), "a/b/up is a");
}

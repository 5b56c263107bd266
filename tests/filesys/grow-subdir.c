/* A file in a subdirectory grows past the direct pointers into the
   indirect block, and reads back right. */

#include "tests/filesys/tree-lib.h"

void
test_main (void)
{
  mkdir_or_fail ("a");
  mkdir_or_fail ("a/b");
  make_pattern_file ("a/b/f", 24, 70000, 1000);
  check_pattern_file ("a/b/f", 24, 70000);
  check_pattern_file ("/a/../a/b/f", 24, 70000);
  msg ("a/b/f holds 70000 bytes");
}

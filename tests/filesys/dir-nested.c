/* Makes nested directories through absolute and relative paths, creates
   files in them, and finds each again through absolute paths, relative
   paths, "." and "..". */

#include "tests/filesys/tree-lib.h"

void
test_main (void)
{
  mkdir_or_fail ("/a");
  CHECK (mkdir ("/a/b"), "mkdir /a/b");
  CHECK (chdir ("/a"), "chdir /a");
  CHECK (mkdir ("b/c"), "mkdir b/c (relative)");
  make_pattern_file ("b/c/f", 1, 1000, 100);
  make_pattern_file ("/a/g", 2, 600, 600);
  check_pattern_file ("/a/b/c/f", 1, 1000);
  check_pattern_file ("./b/../b/c/f", 1, 1000);
  check_pattern_file ("g", 2, 600);
  CHECK (chdir ("b/c"), "chdir b/c");
  check_pattern_file ("../../g", 2, 600);
  check_pattern_file ("f", 1, 1000);
  check_pattern_file ("/a/b/c/../../b/c/f", 1, 1000);
  msg ("every file found by every path");
}

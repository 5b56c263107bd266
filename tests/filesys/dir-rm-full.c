/* A directory that holds a file cannot be removed; once empty, it can,
   and its name is gone. */

#include "tests/filesys/tree-lib.h"

void
test_main (void)
{
  mkdir_or_fail ("a");
  make_pattern_file ("a/f", 1, 10, 10);
  CHECK (!remove ("a"), "remove of a non-empty directory fails");
  check_pattern_file ("a/f", 1, 10);
  CHECK (remove ("a/f"), "remove a/f");
  CHECK (remove ("a"), "remove of the emptied directory");
  CHECK (!exists ("a"), "a is gone");
  CHECK (mkdir ("a"), "the name can be used again");
}

/* inumber tells files apart and is the same for one file reached by
   different paths or opened twice. */

#include "tests/filesys/tree-lib.h"

void
test_main (void)
{
  int a1, a2, b, a3, d;

  mkdir_or_fail ("d");
  CHECK (create ("a", 1) && create ("b", 1) && create ("d/c", 1), "create a, b, d/c");
  a1 = open_or_fail ("a");
  a2 = open_or_fail ("a");
  b = open_or_fail ("b");
  a3 = open_or_fail ("d/../a");
  d = open_or_fail ("d/c");
  CHECK (inumber (a1) == inumber (a2), "a opened twice has one inode number");
  CHECK (inumber (a1) == inumber (a3), "d/../a is a");
  CHECK (inumber (a1) != inumber (b) && inumber (b) != inumber (d), "a, b and d/c differ");
  CHECK (inumber (99) == -1, "inumber of a bad fd fails");
}

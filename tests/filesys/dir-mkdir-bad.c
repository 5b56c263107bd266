/* mkdir fails for an empty name, a name taken by a file or directory, a
   missing parent and a parent that is a file; create fails on a
   directory's name. */

#include "tests/filesys/tree-lib.h"

void
test_main (void)
{
  CHECK (!mkdir (""), "mkdir \"\" fails");
  CHECK (mkdir ("a"), "mkdir a");
  CHECK (!mkdir ("a"), "mkdir a again fails");
  CHECK (create ("f", 0), "create f");
  CHECK (!mkdir ("f"), "mkdir f (a file) fails");
  CHECK (!create ("a", 0), "create a (a directory) fails");
  CHECK (!mkdir ("missing/x"), "mkdir missing/x fails");
  CHECK (!mkdir ("f/x"), "mkdir f/x (parent is a file) fails");
  CHECK (count_entries ("a") == 0, "a is still empty");
}

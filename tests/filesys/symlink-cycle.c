/* Links that form a loop, or name themselves, fail to open after a
   bounded number of steps, and nothing else breaks. */

#include "tests/filesys/tree-lib.h"

void
test_main (void)
{
  CHECK (symlink ("b", "a") == 0 && symlink ("a", "b") == 0, "a and b name each other");
  CHECK (!exists ("a"), "open a fails");
  CHECK (!exists ("b/x"), "open b/x fails");
  CHECK (!chdir ("a"), "chdir a fails");
  CHECK (symlink ("self", "self") == 0, "self names itself");
  CHECK (!exists ("self"), "open self fails");
  CHECK (remove ("a") && remove ("b") && remove ("self"), "the links can be removed");
}

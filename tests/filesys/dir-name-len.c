/* Path components of 14 characters work in mkdir, create and open, at
   any depth; 15 characters fail. */

#include "tests/filesys/tree-lib.h"

void
test_main (void)
{
  CHECK (mkdir ("abcdefghijklmn"), "mkdir of a 14-character name");
  CHECK (!mkdir ("abcdefghijklmno"), "mkdir of a 15-character name fails");
  CHECK (mkdir ("abcdefghijklmn/abcdefghijklmn"), "mkdir of a 14-character name inside it");
  CHECK (create ("abcdefghijklmn/abcdefghijklmn/abcdefghijklmn", 7), "create at the third level");
  CHECK (!create ("abcdefghijklmn/abcdefghijklmno", 7), "create of a 15-character last component fails");
  CHECK (!exists ("abcdefghijklmno/abcdefghijklmn"), "open through a 15-character component fails");
  CHECK (exists ("/abcdefghijklmn/abcdefghijklmn/abcdefghijklmn"), "open by the long absolute path");
}

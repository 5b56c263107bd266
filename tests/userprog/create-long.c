/* Proves the name length limit: 14 characters are fine, 15 fail for
   create and open, and a very long name fails cleanly too. */

#include <string.h>
#include <syscall.h>
#include "tests/lib.h"

void
test_main (void)
{
  static char huge[600];

  CHECK (create ("fourteen-chars", 0), "create a 14-character name");
  CHECK (open ("fourteen-chars") > 1, "open it");
  CHECK (!create ("fifteen-chars!!", 0), "create a 15-character name fails");
  CHECK (open ("fifteen-chars!!") == -1, "open a 15-character name fails");
  memset (huge, 'n', sizeof huge - 1);
  CHECK (!create (huge, 0), "create a 599-character name fails");
  CHECK (open (huge) == -1, "open a 599-character name fails");
}

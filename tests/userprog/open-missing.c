/* Proves that opening a file that does not exist returns -1 and the
   process goes on. */

#include <syscall.h>
#include "tests/lib.h"

void
test_main (void)
{
  CHECK (open ("no-such-file") == -1, "open \"no-such-file\" returns -1");
  CHECK (create ("real", 0), "create \"real\"");
  CHECK (open ("rea") == -1, "open \"rea\" (a prefix) returns -1");
  CHECK (open ("real!") == -1, "open \"real!\" returns -1");
}

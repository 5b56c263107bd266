/* Paths cross a mount point both ways: ".." at the mounted root leads
   back to the parent file system. */

#include "tests/filesys/tree-lib.h"

void
test_main (void)
{
  mkdir_or_fail ("/m");
  CHECK (mount ("/m", 2, 0) == 0, "mount at /m");
  CHECK (create ("/top", 3), "create /top");
  CHECK (chdir ("/m"), "chdir /m");
  CHECK (create ("inside", 4), "create inside");
  CHECK (exists ("../top"), "../top from /m is /top");
  CHECK (exists ("../m/inside"), "../m/inside from /m is inside");
  CHECK (chdir (".."), "chdir ..");
  CHECK (exists ("top") && exists ("m/inside"), "back on the root file system");
  CHECK (!exists ("/inside"), "inside is not on the root file system");
  CHECK (umount ("/m") == 0, "umount /m");
}

/* A disk mounts inside another mounted disk; paths walk through both
   mount points, and the two unmount inner first. */

#include "tests/filesys/tree-lib.h"

void
test_main (void)
{
  mkdir_or_fail ("/a");
  CHECK (mount ("/a", 2, 0) == 0, "mount at /a");
  mkdir_or_fail ("/a/in");
  CHECK (mount ("/a/in", 2, 1) == 0, "mount at /a/in");
  make_pattern_file ("/a/in/f", 45, 500, 500);
  CHECK (chdir ("/a/in"), "chdir /a/in");
  CHECK (exists ("../../a/in/f"), "../../a/in/f is f");
  CHECK (chdir ("/"), "chdir /");
  CHECK (umount ("/a/in") == 0, "umount /a/in");
  CHECK (!exists ("/a/in/f"), "f is gone with its disk");
  CHECK (umount ("/a") == 0, "umount /a");
}

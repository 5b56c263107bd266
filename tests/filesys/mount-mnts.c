/* A disk given with --mnts (channel 2, device 0) mounts, holds a tree
   written through the mount point, and is written back by umount (the
   checker runs pintos-fsck on it). */

#include "tests/filesys/tree-lib.h"

void
test_main (void)
{
  mkdir_or_fail ("/m");
  CHECK (mount ("/m", 2, 0) == 0, "mount channel 2 device 0 at /m");
  mkdir_or_fail ("/m/d");
  mkdir_or_fail ("/m/d/e");
  make_pattern_file ("/m/d/f", 41, 20000, 1000);
  make_pattern_file ("/m/d/e/g", 42, 100, 100);
  CHECK (chdir ("/m/d"), "chdir /m/d");
  check_pattern_file ("f", 41, 20000);
  check_pattern_file ("e/g", 42, 100);
  CHECK (chdir ("/"), "chdir /");
  CHECK (umount ("/m") == 0, "umount /m");
  CHECK (count_entries ("/m") == 0, "/m is empty again");
}

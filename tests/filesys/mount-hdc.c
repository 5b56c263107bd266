/* The scratch disk (channel 1, device 0) mounts at an empty directory,
   formatted on first mount; a file written there is still there after
   umount and a second mount, and hidden between them. */

#include "tests/filesys/tree-lib.h"

void
test_main (void)
{
  mkdir_or_fail ("/mnt");
  CHECK (mount ("/mnt", 1, 0) == 0, "mount the scratch disk at /mnt");
  CHECK (count_entries ("/mnt") == 0, "/mnt lists nothing");
  make_pattern_file ("/mnt/f", 40, 1000, 100);
  check_pattern_file ("/mnt/f", 40, 1000);
  CHECK (umount ("/mnt") == 0, "umount /mnt");
  CHECK (!exists ("/mnt/f"), "/mnt/f is not there while unmounted");
  CHECK (mount ("/mnt", 1, 0) == 0, "mount it again");
  check_pattern_file ("/mnt/f", 40, 1000);
  msg ("/mnt/f is back");
  CHECK (umount ("/mnt") == 0, "umount /mnt");
}

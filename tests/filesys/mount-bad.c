/* mount fails on a missing path, a file, a non-empty directory, a
   missing disk, a disk already mounted and a busy mount point; umount
   fails on what is not a mount point. */

#include "tests/filesys/tree-lib.h"

void
test_main (void)
{
  mkdir_or_fail ("/m");
  mkdir_or_fail ("/m2");
  mkdir_or_fail ("/full");
  CHECK (create ("/file", 0) && create ("/full/x", 0), "create /file and /full/x");
  CHECK (mount ("/nothere", 2, 0) == -1, "mount on a missing path fails");
  CHECK (mount ("/file", 2, 0) == -1, "mount on a file fails");
  CHECK (mount ("/full", 2, 0) == -1, "mount on a non-empty directory fails");
  CHECK (mount ("/m", 3, 1) == -1, "mount of a missing disk fails");
  CHECK (mount ("/m", 0, 1) == -1, "mount of the root's own disk fails");
  CHECK (mount ("/m", 2, 0) == 0, "mount at /m");
  CHECK (mount ("/m2", 2, 0) == -1, "mounting the same disk again fails");
  CHECK (umount ("/m2") == -1, "umount of a plain directory fails");
  CHECK (umount ("/") == -1, "umount / fails");
  CHECK (umount ("/nothere") == -1, "umount of a missing path fails");
  CHECK (umount ("/m") == 0, "umount /m");
  CHECK (umount ("/m") == -1, "umount /m again fails");
}

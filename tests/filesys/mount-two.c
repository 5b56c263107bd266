/* Two extra disks mount side by side; a file copied from one to the
   other is on the second after both are unmounted and it alone is
   mounted again. */

#include "tests/filesys/tree-lib.h"

void
test_main (void)
{
  static char buf[3000];
  int in, out;

  mkdir_or_fail ("/a");
  mkdir_or_fail ("/b");
  CHECK (mount ("/a", 2, 0) == 0, "mount channel 2 device 0 at /a");
  CHECK (mount ("/b", 2, 1) == 0, "mount channel 2 device 1 at /b");
  make_pattern_file ("/a/f", 44, 3000, 3000);
  CHECK (create ("/b/f", 0), "create /b/f");
  in = open_or_fail ("/a/f");
  out = open_or_fail ("/b/f");
  CHECK (read (in, buf, 3000) == 3000 && write (out, buf, 3000) == 3000, "copy /a/f to /b/f");
  close (in);
  close (out);
  CHECK (umount ("/a") == 0 && umount ("/b") == 0, "umount both");
  CHECK (mount ("/a", 2, 1) == 0, "mount channel 2 device 1 at /a");
  check_pattern_file ("/a/f", 44, 3000);
  msg ("the copy is on the second disk");
  CHECK (umount ("/a") == 0, "umount /a");
}

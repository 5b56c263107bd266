/* Proves that the scratch disk (channel 1, device 0), as KAIST's mount
   test uses it, can be mounted once pintos has put the test program
   through it: it holds no file system, so mount formats it; a file
   written there survives umount and a second mount. */

#include <string.h>
#include <syscall.h>
#include "tests/lib.h"

void
test_main (void)
{
  char buf[8];
  int fd;

  CHECK (mkdir ("scratch"), "mkdir scratch");
  CHECK (mount ("scratch", 1, 0) == 0, "mount channel 1 device 0");
  CHECK (create ("scratch/kept", 0) && (fd = open ("scratch/kept")) > 1
         && write (fd, "scratch", 7) == 7, "write scratch/kept");
  close (fd);
  CHECK (umount ("scratch") == 0 && open ("scratch/kept") < 0,
         "umount; the file is gone from view");
  CHECK (mount ("scratch", 1, 0) == 0 && (fd = open ("scratch/kept")) > 1
         && read (fd, buf, sizeof buf) == 7 && !memcmp (buf, "scratch", 7),
         "mounted again, it is back");
  close (fd);
  CHECK (umount ("scratch") == 0, "umount");
}

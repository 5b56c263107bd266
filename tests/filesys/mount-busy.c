/* Proves the rules of mount and umount.  Mount fails for a missing
   path, a file, a directory that is not empty, the root, a directory
   already mounted on, a disk already mounted, the file-system disk and
   a disk that does not exist.  Umount fails for what is not a mount
   point and while anything inside is in use (an open file, an open
   directory, a working directory, a volume mounted inside), and works
   once everything is let go.  Removing a mount point fails. */

#include <syscall.h>
#include "tests/lib.h"

void
test_main (void)
{
  int fd;

  CHECK (mkdir ("a") && mkdir ("b") && mkdir ("full")
         && create ("full/x", 0) && create ("file", 0), "make a, b, full");
  CHECK (mount ("/nope", 2, 0) == -1 && mount ("/file", 2, 0) == -1
         && mount ("/full", 2, 0) == -1 && mount ("/", 2, 0) == -1,
         "mount on a missing path, a file, a full directory or / fails");
  CHECK (mount ("/a", 0, 1) == -1 && mount ("/a", 3, 1) == -1
         && mount ("/a", 9, 0) == -1, "mount of hdb or a missing disk fails");
  CHECK (mount ("/a", 2, 0) == 0, "mount channel 2 device 0 on /a");
  CHECK (mount ("/a", 2, 1) == -1 && mount ("/b", 2, 0) == -1,
         "mount on /a again, or of the same disk on /b, fails");
  CHECK (!remove ("/a") && umount ("/b") == -1 && umount ("/") == -1,
         "a mount point cannot be removed; umount of / or /b fails");

  CHECK (create ("/a/f", 0) && (fd = open ("/a/f")) > 1,
         "open a file in /a");
  CHECK (umount ("/a") == -1, "umount with a file open fails");
  close (fd);
  CHECK ((fd = open ("/a")) > 1 && umount ("/a") == -1,
         "umount with the root directory open fails");
  close (fd);
  CHECK (chdir ("/a") && umount ("/a") == -1 && chdir ("/"),
         "umount with a working directory inside fails");
  CHECK (mkdir ("/a/in") && mount ("/a/in", 2, 1) == 0
         && umount ("/a") == -1, "umount with a mount inside fails");
  CHECK (umount ("/a/in") == 0 && umount ("/a") == 0,
         "inner, then outer umount work");
}

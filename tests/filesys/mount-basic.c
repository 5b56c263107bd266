/* Proves that a disk can be mounted, used and unmounted: mounting the
   blank disk on channel 2 over an empty directory formats it; files
   made under the mount point live on that disk (its write count
   rises); paths cross the mount point both ways, ".." at the mounted
   root leading back to the parent file system; after umount the
   directory is empty again, and mounting once more (without
   formatting) finds the file with its data. */

#include <string.h>
#include <syscall.h>
#include "tests/lib.h"

/* Opens PATH and checks it holds "mounted". */
static bool
holds_text (const char *path)
{
  char buf[16];
  int fd = open (path);
  bool ok = fd > 1 && read (fd, buf, sizeof buf) == 7
            && !memcmp (buf, "mounted", 7);

  if (fd > 1)
    close (fd);
  return ok;
}

void
test_main (void)
{
  long long writes;
  int fd, fd2, root_ino;

  CHECK (mkdir ("mnt") && create ("outside", 0), "mkdir mnt, create outside");
  fd = open ("mnt");
  root_ino = inumber (fd);
  close (fd);
  CHECK (mount ("/mnt", 2, 0) == 0, "mount channel 2 device 0 on /mnt");
  writes = get_disk_write_cnt (2, 0);
  CHECK (create ("/mnt/f", 0) && (fd = open ("mnt/f")) > 1
         && write (fd, "mounted", 7) == 7, "create and write /mnt/f");
  close (fd);
  CHECK (mkdir ("/mnt/sub") && chdir ("/mnt/sub") && holds_text ("../f")
         && (fd = open ("../../outside")) > 1
         && (fd2 = open ("../../mnt/sub")) > 1,
         "paths cross the mount point both ways");
  close (fd);
  close (fd2);
  CHECK ((fd = open ("/mnt")) > 1 && inumber (fd) != root_ino,
         "/mnt is now the mounted disk's root");
  close (fd);
  CHECK (chdir ("/") && umount ("/mnt") == 0, "umount /mnt");
  CHECK (get_disk_write_cnt (2, 0) > writes, "the disk was written");
  CHECK (open ("/mnt/f") < 0 && (fd = open ("/mnt")) > 1
         && inumber (fd) == root_ino, "/mnt is the empty directory again");
  close (fd);
  CHECK (mount ("/mnt", 2, 0) == 0 && holds_text ("/mnt/f"),
         "mounted again, /mnt/f is there with its data");
  CHECK (umount ("/mnt") == 0, "umount /mnt");
}

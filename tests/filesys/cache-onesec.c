/* Growing a file byte by byte within one sector, 511 writes, writes at
   most 4 sectors to disk while it runs: writes are held in the cache. */

#include "tests/filesys/tree-lib.h"

void
test_main (void)
{
  long long writes;
  char c = 'q';
  int i, fd;

  CHECK (create ("o", 0), "create o");
  fd = open_or_fail ("o");
  CHECK (write (fd, &c, 1) == 1, "first byte");
  writes = get_fs_disk_write_cnt ();
  for (i = 1; i < 512; i++)
    if (write (fd, &c, 1) != 1)
      fail ("write of byte %d failed", i);
  writes = get_fs_disk_write_cnt () - writes;
  CHECK (filesize (fd) == 512, "o is 512 bytes");
  close (fd);
  CHECK (writes <= 4, "at most 4 sectors written (%lld)", writes);
}

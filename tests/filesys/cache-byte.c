/* After a file's first write, reading it back byte by byte and
   rewriting it byte by byte reads no sector of the file-system disk and
   writes each of its 8 sectors at most once (int $0x43 / $0x44). */

#include "tests/filesys/tree-lib.h"

#define SIZE 4096

void
test_main (void)
{
  static char buf[SIZE];
  long long reads, writes;
  size_t i;
  char c;
  int fd;

  CHECK (create ("c", 0), "create c");
  fd = open_or_fail ("c");
  pattern_fill (buf, SIZE, 50, 0);
  CHECK (write (fd, buf, SIZE) == SIZE, "write 4096 bytes");
  reads = get_fs_disk_read_cnt ();
  writes = get_fs_disk_write_cnt ();
  seek (fd, 0);
  for (i = 0; i < SIZE; i++)
    if (read (fd, &c, 1) != 1 || c != buf[i])
      fail ("byte %zu read back wrong", i);
  seek (fd, 0);
  for (i = 0; i < SIZE; i++)
    if (write (fd, &buf[i], 1) != 1)
      fail ("rewrite of byte %zu failed", i);
  reads = get_fs_disk_read_cnt () - reads;
  writes = get_fs_disk_write_cnt () - writes;
  close (fd);
  CHECK (reads == 0, "no disk reads (%lld)", reads);
  CHECK (writes <= SIZE / 512, "at most one write per sector (%lld)", writes);
}

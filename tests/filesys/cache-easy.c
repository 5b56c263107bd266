/* Proves that the buffer cache serves a small file from memory (KAIST's
   bc-easy measure): after a file's first write, reading it back byte by
   byte and rewriting it byte by byte reads no sector of the
   file-system disk and writes each sector at most once (the file's and
   the three of its inode, directory and free map).  Run with the
   argument "off" on a kernel booted with -no-cache, the same work must
   read the disk once per byte or so, which proves the measure sees the
   disk. */

#include <string.h>
#include <syscall.h>
#include "tests/lib.h"

#define SECTORS 16
#define SIZE (SECTORS * 512)

static char data[SIZE];

/* Reads the file open as FD byte by byte and checks it against DATA. */
static void
read_bytes (int fd)
{
  size_t i;
  char c;

  seek (fd, 0);
  for (i = 0; i < SIZE; i++)
    if (read (fd, &c, 1) != 1 || c != data[i])
      fail ("byte %zu read back wrong", i);
}

/* Rewrites the file open as FD byte by byte with DATA. */
static void
write_bytes (int fd)
{
  size_t i;

  seek (fd, 0);
  for (i = 0; i < SIZE; i++)
    if (write (fd, &data[i], 1) != 1)
      fail ("write of byte %zu failed", i);
}

void
test_main (void)
{
  bool off = test_argc > 1 && !strcmp (test_argv[1], "off");
  long long reads, writes;
  int fd;

  random_fill (data, SIZE, 43);

  /* The same work on another file first, so that every page of this
     program is loaded before the counting starts. */
  if (!create ("warm-up", 0) || (fd = open ("warm-up")) < 2
      || write (fd, data, SIZE) != SIZE)
    fail ("warm-up file");
  read_bytes (fd);
  write_bytes (fd);
  close (fd);

  CHECK (create ("cached", 0), "create \"cached\"");
  CHECK ((fd = open ("cached")) > 1, "open \"cached\"");
  CHECK (write (fd, data, SIZE) == SIZE, "write %d bytes", SIZE);

  reads = get_fs_disk_read_cnt ();
  writes = get_fs_disk_write_cnt ();
  read_bytes (fd);
  write_bytes (fd);
  read_bytes (fd);
  reads = get_fs_disk_read_cnt () - reads;
  writes = get_fs_disk_write_cnt () - writes;
  msg ("read back, rewrote and read again byte by byte");
  close (fd);

  if (off)
    {
      if (reads < SIZE)
        fail ("without the cache, %lld sector reads for %d bytes", reads,
              SIZE * 2);
      msg ("without the cache every byte costs the disk");
      return;
    }
  if (reads != 0)
    fail ("%lld sectors read from the disk", reads);
  if (writes > SECTORS + 3)
    fail ("%lld sectors written for a file of %d sectors", writes, SECTORS);
  msg ("no sector read, at most one write per sector");
}

/* Proves that files grow past their end and that the bytes skipped
   make a hole that reads as zeros and takes no disk space: on a 2 MB
   disk a file gets a byte at 7 MB, reads as zeros before it, and
   another file can still fill most of the disk. */

#include <syscall.h>
#include "tests/lib.h"

#define FAR (7 * 1024 * 1024)
#define CHUNK 4096

static char buf[CHUNK];

/* Checks that the file open as FD holds only zeros in the CHUNK bytes at
   OFS. */
static void
check_zeros (int fd, int ofs)
{
  int i;

  seek (fd, ofs);
  if (read (fd, buf, CHUNK) != CHUNK)
    fail ("read of %d bytes at %d was short", CHUNK, ofs);
  for (i = 0; i < CHUNK; i++)
    if (buf[i] != 0)
      fail ("byte %d of the hole is %d, not 0", ofs + i, buf[i]);
}

void
test_main (void)
{
  int fd, fill, total = 0;
  char c = 'x';

  CHECK (create ("sparse", 0), "create \"sparse\"");
  CHECK ((fd = open ("sparse")) > 1, "open \"sparse\"");
  CHECK (write (fd, "head", 4) == 4, "write 4 bytes at 0");
  seek (fd, FAR);
  CHECK (write (fd, &c, 1) == 1, "write 1 byte at 7 MB");
  CHECK (filesize (fd) == FAR + 1 && (int) tell (fd) == FAR + 1,
         "filesize and tell are 7 MB + 1");
  check_zeros (fd, 4096);
  check_zeros (fd, FAR - CHUNK);
  check_zeros (fd, FAR / 2);
  seek (fd, FAR);
  CHECK (read (fd, &c, 1) == 1 && c == 'x' && read (fd, &c, 1) == 0,
         "the hole reads as zeros; the last byte is there, then the end");

  CHECK (create ("fill", 0), "create \"fill\"");
  fill = open ("fill");
  random_fill (buf, CHUNK, 7);
  while (write (fill, buf, CHUNK) == CHUNK)
    total += CHUNK;
  if (total < 1536 * 1024)
    fail ("only %d bytes fit beside the sparse file", total);
  msg ("more than 1.5 MB still fits on the 2 MB disk");
  close (fill);
  close (fd);
}

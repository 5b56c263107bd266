/* Proves that seek and tell behave at the 32-bit edges: a position of
   0x7fffffff is kept, positions above it (0x80000000, 0xffffffff) become
   0x7fffffff, reads and writes there transfer nothing and leave the file
   as it was, and the descriptor works normally after seeking back. */

#include <string.h>
#include <syscall.h>
#include "tests/lib.h"

#define SIZE 100

/* Seeks FD to POSITION and checks what tell, read and write do there. */
static void
seek_far (int fd, unsigned position)
{
  char buf[10];

  memset (buf, 'x', sizeof buf);
  seek (fd, position);
  CHECK (tell (fd) == 0x7fffffff, "seek to %#x: tell is 0x7fffffff",
         position);
  CHECK (read (fd, buf, sizeof buf) == 0, "read at %#x reads nothing",
         position);
  CHECK (write (fd, buf, sizeof buf) == 0, "write at %#x writes nothing",
         position);
  CHECK (tell (fd) == 0x7fffffff, "tell is still 0x7fffffff");
}

void
test_main (void)
{
  char zeros[SIZE], buf[SIZE];
  int fd;

  CHECK (create ("edge", SIZE), "create \"edge\"");
  CHECK ((fd = open ("edge")) >= 2, "open \"edge\"");
  seek_far (fd, 0x7fffffff);
  seek_far (fd, 0x80000000);
  seek_far (fd, 0xffffffff);
  CHECK (filesize (fd) == SIZE, "the file is still %d bytes", SIZE);
  seek (fd, 0);
  memset (zeros, 0, sizeof zeros);
  CHECK (read (fd, buf, SIZE) == SIZE && !memcmp (buf, zeros, SIZE),
         "after seek (0), read gives the file's %d zero bytes", SIZE);
  CHECK (tell (fd) == SIZE, "tell is %d", SIZE);
}

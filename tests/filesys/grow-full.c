/* Proves that a write that runs out of disk fails cleanly and leaks
   nothing: a file grows by 4 kB writes until a write comes up short;
   its size and position then agree with what was written, a write past
   the end fails without growing it, and its data reads back.  After it
   is removed, a second file grows to exactly the same size. */

#include <syscall.h>
#include "tests/lib.h"

#define CHUNK 4096

static char buf[CHUNK];
static char check[CHUNK];

/* Grows NAME until the disk is full; returns its size. */
static int
fill (const char *name)
{
  int fd, total = 0, put;

  if (!create (name, 0) || (fd = open (name)) < 2)
    fail ("create \"%s\"", name);
  while ((put = write (fd, buf, CHUNK)) == CHUNK)
    total += CHUNK;
  if (put > 0)
    total += put;
  if (filesize (fd) != total || (int) tell (fd) != total)
    fail ("after %d bytes, filesize %d and tell %d", total, filesize (fd),
          tell (fd));
  if (write (fd, buf, CHUNK) > 0)
    fail ("a write to the full disk wrote something");
  seek (fd, total + 100000);
  if (write (fd, buf, 1) > 0 || filesize (fd) != total)
    fail ("a write past the end of a file on a full disk grew it");
  seek (fd, total - CHUNK);
  if (read (fd, check, CHUNK) != CHUNK)
    fail ("could not read the last %d bytes", CHUNK);
  close (fd);
  return total;
}

void
test_main (void)
{
  int first, second;

  random_fill (buf, CHUNK, 17);
  first = fill ("first");
  if (first < 1536 * 1024)
    fail ("only %d bytes fit on a 2 MB disk", first);
  msg ("the disk filled; the short write left size and position right");
  CHECK (remove ("first"), "remove \"first\"");
  second = fill ("second");
  if (second != first)
    fail ("the second file took %d bytes, the first %d", second, first);
  msg ("a second file took exactly as much: no sector leaked");
}

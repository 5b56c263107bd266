/* Proves that a reader never sees bytes past the length a growing
   file has published: a parent appends to a file in odd-sized pieces
   while a forked child reads it over and over; every byte the child
   reads must be the parent's (never a zero from a sector not yet
   written), and filesize never shrinks. */

#include <syscall.h>
#include "tests/lib.h"

#define FINAL (96 * 1024)
#define PIECE 700

static char buf[FINAL];

/* The byte at offset OFS of the file: never zero. */
static char
pattern (int ofs)
{
  return (char) (ofs % 251 + 1);
}

/* Reads the file over and over until it has its final length, checking
   every byte.  Exits 0 on success. */
static void
reader (void)
{
  int fd = open ("grow"), last = 0, rounds = 0;

  if (fd < 2)
    fail ("child: open \"grow\"");
  while (last < FINAL)
    {
      int size = filesize (fd), got, i;

      if (size < last)
        fail ("filesize went down from %d to %d", last, size);
      seek (fd, 0);
      got = read (fd, buf, FINAL);
      if (got < size)
        fail ("read %d bytes of a file of %d", got, size);
      for (i = 0; i < got; i++)
        if (buf[i] != pattern (i))
          fail ("byte %d is %d, not %d (length %d)", i, buf[i],
                pattern (i), got);
      last = size;
      rounds++;
    }
  exit (rounds > 0 ? 0 : 1);
}

void
test_main (void)
{
  char piece[PIECE];
  int fd, ofs, i, status;
  pid_t child;

  CHECK (create ("grow", 0), "create \"grow\"");
  CHECK ((fd = open ("grow")) > 1, "open \"grow\"");
  child = fork ("reader");
  if (child == 0)
    reader ();
  for (ofs = 0; ofs < FINAL; ofs += PIECE)
    {
      int n = FINAL - ofs < PIECE ? FINAL - ofs : PIECE;

      for (i = 0; i < n; i++)
        piece[i] = pattern (ofs + i);
      if (write (fd, piece, n) != n)
        fail ("write at %d", ofs);
    }
  status = wait (child);
  msg ("parent appended %d bytes", FINAL);
  CHECK (status == 0, "the reader saw only written bytes");
  close (fd);
}

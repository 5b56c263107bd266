/* Proves that fork keeps the parent's dup2 aliases apart from each
   other: two opens of one file, each with a dup2 alias, become two
   independent pairs in the child, each pair sharing one position that
   starts where the parent's was; closing one member of a pair leaves the
   other open.  The parent's positions do not move. */

#include <string.h>
#include <syscall.h>
#include "tests/lib.h"
#include "tests/userprog/sample.h"

/* The child's checks; returns 0 if all hold, else the number of the
   first that failed. */
static int
child (int a, int b)
{
  char buf[8];

  if (tell (40) != 3 || tell (41) != 7)
    return 1;
  if (read (40, buf, 4) != 4 || memcmp (buf, sample + 3, 4))
    return 2;
  if (tell (a) != 7 || tell (b) != 7)
    return 3;
  if (read (b, buf, 4) != 4 || memcmp (buf, sample + 7, 4))
    return 4;
  if (tell (41) != 11 || tell (40) != 7)
    return 5;
  close (a);
  if (read (40, buf, 8) != 8 || memcmp (buf, sample + 7, 8))
    return 6;
  return 0;
}

void
test_main (void)
{
  char buf[8];
  int a, b, status;
  pid_t pid;

  CHECK ((a = open ("sample.txt")) >= 2, "open \"sample.txt\" as A");
  CHECK ((b = open ("sample.txt")) >= 2, "open \"sample.txt\" as B");
  CHECK (dup2 (a, 40) == 40 && dup2 (b, 41) == 41,
         "dup2 A to fd 40 and B to fd 41");
  CHECK (read (a, buf, 3) == 3 && read (b, buf, 7) == 7,
         "read 3 bytes through A and 7 through B");
  pid = fork ("pair-kid");
  if (pid == 0)
    exit (child (a, b));
  status = wait (pid);
  CHECK (status == 0, "the child's pairs are aliased within, apart "
         "from each other (status %d)", status);
  CHECK (tell (a) == 3 && tell (40) == 3 && tell (b) == 7 && tell (41) == 7,
         "the parent's positions are still 3 and 7");
  CHECK (read (a, buf, 8) == 8 && !memcmp (buf, sample + 3, 8),
         "the parent's A still reads from byte 3");
}

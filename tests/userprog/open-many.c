/* Proves that descriptors are handed out lowest-first and given back by
   close: a process opens one file hundreds of times, closes every fd,
   and gets the same number of fds again in each of three rounds. */

#include <syscall.h>
#include "tests/lib.h"

#define MAX_OPENS 1000

/* Opens "sample.txt" until open fails or MAX_OPENS fds are open,
   checking that the fds are 2, 3, 4, ...  Closes them all and returns
   how many there were. */
static int
open_all (void)
{
  int count = 0, fd, i;

  while (count < MAX_OPENS && (fd = open ("sample.txt")) >= 0)
    {
      if (fd != count + 2)
        fail ("open number %d gave fd %d, not %d", count, fd, count + 2);
      count++;
    }
  for (i = 0; i < count; i++)
    close (i + 2);
  return count;
}

void
test_main (void)
{
  int first = open_all (), round;

  CHECK (first >= 126, "round 1 opened at least 126 fds");
  for (round = 2; round <= 3; round++)
    {
      int count = open_all ();
      if (count != first)
        fail ("round %d opened %d fds, round 1 opened %d",
              round, count, first);
    }
  msg ("rounds 2 and 3 opened as many");
}

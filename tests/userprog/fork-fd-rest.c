/* Proves that a parent and its forked child that each read the rest of
   a file after fork read the same bytes: the child first, while the
   parent waits, and then the parent, from where it was at fork. */

#include <string.h>
#include <syscall.h>
#include "tests/lib.h"
#include "tests/userprog/sample.h"

/* Where the parent stands at fork. */
#define SPLIT 25

/* Reads FD to its end into BUF (of SIZE bytes); returns the bytes
   read. */
static int
read_rest (int fd, char *buf, int size)
{
  int total = 0, n;

  while (total < size && (n = read (fd, buf + total, 7)) > 0)
    total += n;
  return total;
}

void
test_main (void)
{
  static char buf[sizeof sample];
  int rest = (int) sizeof sample - 1 - SPLIT;
  int fd, status;
  pid_t pid;

  CHECK ((fd = open ("sample.txt")) >= 2, "open \"sample.txt\"");
  CHECK (read (fd, buf, SPLIT) == SPLIT, "the parent reads %d bytes",
         SPLIT);
  pid = fork ("rest-kid");
  if (pid == 0)
    {
      if (read_rest (fd, buf, sizeof buf) != rest
          || memcmp (buf, sample + SPLIT, rest))
        exit (1);
      exit (0);
    }
  status = wait (pid);
  CHECK (status == 0, "the child read the last %d bytes", rest);
  CHECK (read_rest (fd, buf, sizeof buf) == rest
         && !memcmp (buf, sample + SPLIT, rest),
         "the parent read the same %d bytes", rest);
}

/* Proves that dup2 chains work: a file reached through three numbers
   after its original is closed, the console saved, closed and restored,
   and fd 0 and 1 swapped around. */

#include <stdio.h>
#include <string.h>
#include <syscall.h>
#include "tests/lib.h"
#include "tests/userprog/sample.h"

void
test_main (void)
{
  char buf[4];
  int write_closed, read_console, open_fd, read_moved;

  CHECK (open ("sample.txt") == 2, "open gives fd 2");
  CHECK (dup2 (2, 5) == 5 && dup2 (5, 7) == 7 && dup2 (7, 40) == 40,
         "dup2 2 to 5, 5 to 7, 7 to 40");
  close (2);
  close (5);
  CHECK (read (7, buf, 2) == 2 && read (40, buf + 2, 2) == 2
         && !memcmp (buf, sample, 4), "fds 7 and 40 read on in turn");

  /* With the console out of fd 1 nothing can be printed, so the
     results are kept for later. */
  dup2 (STDOUT_FILENO, 9);
  close (STDOUT_FILENO);
  write_closed = write (STDOUT_FILENO, "lost\n", 5);
  open_fd = open ("sample.txt");
  dup2 (STDIN_FILENO, STDOUT_FILENO);
  read_console = write (STDOUT_FILENO, "lost\n", 5);
  dup2 (7, STDIN_FILENO);
  read_moved = read (STDIN_FILENO, buf, 4);
  dup2 (9, STDOUT_FILENO);
  CHECK (write_closed == -1, "write to a closed fd 1 failed");
  CHECK (open_fd == 2, "open with fd 1 closed gave fd 2, not 1");
  CHECK (read_console == -1, "write to the keyboard through fd 1 failed");
  CHECK (read_moved == 4 && !memcmp (buf, sample + 4, 4),
         "fd 0, made a copy of fd 7, read bytes 4-7");
  CHECK (write (9, "", 0) == 0, "fd 9 still reaches the console");
}

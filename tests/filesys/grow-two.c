/* Two files grown turn by turn, 300 bytes at a time, keep their own
   bytes: growth of one never lands in the other. */

#include "tests/filesys/tree-lib.h"

void
test_main (void)
{
  static char buf[300];
  int fd[2], i, k;

  CHECK (create ("p", 0) && create ("q", 0), "create p and q empty");
  fd[0] = open_or_fail ("p");
  fd[1] = open_or_fail ("q");
  for (i = 0; i < 50; i++)
    for (k = 0; k < 2; k++)
      {
        pattern_fill (buf, 300, 22 + k, i * 300);
        if (write (fd[k], buf, 300) != 300)
          fail ("write %d to file %d failed", i, k);
      }
  close (fd[0]);
  close (fd[1]);
  check_pattern_file ("p", 22, 15000);
  check_pattern_file ("q", 23, 15000);
  msg ("p and q read back right");
}

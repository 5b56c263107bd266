/* Two processes read a file while it grows: inside the size they see,
   every byte is already the one written, never a stale or zero byte. */

#include "tests/filesys/tree-lib.h"

void
test_main (void)
{
  static char buf[700];
  pid_t pids[2];
  size_t done = 0;
  int fd;

  CHECK (create ("growing", 0), "create growing");
  fd = open_or_fail ("growing");
  spawn_children ("grow-read", pids, 2);
  while (done < 20000)
    {
      size_t n = 20000 - done < sizeof buf ? 20000 - done : sizeof buf;

      pattern_fill (buf, n, 9, done);
      if (write (fd, buf, n) != (int) n)
        fail ("write at %zu failed", done);
      done += n;
    }
  close (fd);
  wait_children (pids, 2);
  msg ("the readers saw only written bytes");
}

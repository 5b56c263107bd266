/* Proves that exec passes a long command line (over a kilobyte, forty
   arguments) to the new program whole, and that the process keeps its
   name across exec. */

#include <stdio.h>
#include <string.h>
#include <syscall.h>
#include "tests/lib.h"

void
test_main (void)
{
  static char cmd[2048];
  size_t len;
  int i;

  strlcpy (cmd, "child-args", sizeof cmd);
  for (i = 0; i < 40; i++)
    {
      len = strlen (cmd);
      snprintf (cmd + len, sizeof cmd - len,
                " arg%02d-%s", i, "abcdefghijklmnopqrstuvwxy");
    }
  msg ("exec a command line of %zu bytes", strlen (cmd));
  exec (cmd);
  fail ("exec returned");
}

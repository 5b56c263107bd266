/* Proves that four processes writing interleaved stripes of one file at
   the same time, each through its own descriptor, leave every stripe as
   its writer wrote it. */

#include <stdio.h>
#include <syscall.h>
#include "tests/lib.h"

#define STRIPE 300
#define STRIPES 120
#define WRITERS 4
#define SIZE (STRIPE * STRIPES)

static char data[SIZE];

/* Writes stripes I, I + WRITERS, ... of DATA; exits 0 on success. */
static void
writer (int i)
{
  int fd = open ("striped"), s;

  if (fd < 0)
    exit (1);
  for (s = i; s < STRIPES; s += WRITERS)
    {
      seek (fd, s * STRIPE);
      if (write (fd, data + s * STRIPE, STRIPE) != STRIPE)
        exit (2);
    }
  exit (0);
}

void
test_main (void)
{
  pid_t pids[WRITERS];
  int i;

  random_fill (data, SIZE, 99);
  CHECK (create ("striped", SIZE), "create \"striped\"");
  for (i = 0; i < WRITERS; i++)
    {
      char name[16];

      snprintf (name, sizeof name, "striper-%d", i);
      pids[i] = fork (name);
      if (pids[i] == 0)
        writer (i);
      if (pids[i] < 0)
        fail ("fork writer %d", i);
    }
  for (i = 0; i < WRITERS; i++)
    if (wait (pids[i]) != 0)
      fail ("writer %d failed", i);
  msg ("all %d writers finished", WRITERS);
  check_file ("striped", data, SIZE);
}

/* The parallel-thrash benchmark that "make bench" runs (utils/bench-vm):

       bench-thrash PROCS PAGES TICKS

   forks PROCS children that, once all of them exist, each write their
   own PAGES pages of bss over and over, in order, for TICKS timer
   ticks, and exit with the number of pages they wrote.  The driver
   gives the machine fewer frames than the children touch together, so
   they page in and out all the time; it reads the kernel's power-off
   statistics.  A child checks on each pass what it wrote on the last.
   Prints one line:

       bench-thrash: PROCS procs, PAGES pages, T ticks, W pages written */

#include <kernel-counters.h>
#include <stdio.h>
#include <stdlib.h>
#include "tests/lib.h"
#include "tests/vm/vm-util.h"

#define MAX_PAGES 1024

const bool silent_program = true;

static char pages[MAX_PAGES][PAGE_SIZE];

static long long
ticks_now (void)
{
  struct kernel_counters c;

  if (get_kernel_counters (&c) != 0)
    fail ("get_kernel_counters failed");
  return c.ticks;
}

/* Writes the first PAGE_CNT pages in order, again and again, for
   TICK_CNT ticks (looking at the clock every 16 passes), checking each page holds what the last pass wrote.
   Returns the number of pages written. */
static int
thrash (int page_cnt, int tick_cnt)
{
  long long deadline = ticks_now () + tick_cnt;
  int round, i, written = 0;

  for (round = 0; round % 16 != 0 || ticks_now () < deadline; round++)
    for (i = 0; i < page_cnt; i++, written++)
      {
        if (round > 0 && pages[i][0] != (char) (round - 1 + i))
          fail ("page %d lost its contents in round %d", i, round);
        pages[i][0] = (char) (round + i);
      }
  return written;
}

void
test_main (void)
{
  pid_t pids[16];
  int procs, page_cnt, tick_cnt, i;
  long long start, written = 0;

  if (test_argc != 4)
    fail ("usage: %s PROCS PAGES TICKS", test_name);
  procs = atoi (test_argv[1]);
  page_cnt = atoi (test_argv[2]);
  tick_cnt = atoi (test_argv[3]);
  if (procs < 1 || procs > 16 || page_cnt < 1 || page_cnt > MAX_PAGES)
    fail ("PROCS must be 1 to 16 and PAGES 1 to %d", MAX_PAGES);

  start = ticks_now ();
  for (i = 0; i < procs; i++)
    {
      pids[i] = fork ("thrash");
      if (pids[i] == 0)
        {
          wait_for_file ("go");
          exit (thrash (page_cnt, tick_cnt));
        }
      if (pids[i] < 0)
        fail ("fork %d failed", i);
    }
  if (!create ("go", 0))
    fail ("create go failed");
  for (i = 0; i < procs; i++)
    {
      int status = wait (pids[i]);
      if (status < 0)
        fail ("child %d failed", i);
      written += status;
    }
  printf ("bench-thrash: %d procs, %d pages, %lld ticks, %lld pages "
          "written\n", procs, page_cnt, ticks_now () - start, written);
}

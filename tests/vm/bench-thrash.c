/* The parallel-thrash benchmark that "make bench" runs (utils/bench-vm):

       bench-thrash PROCS PAGES ROUNDS WORK

   forks PROCS children that each write their own PAGES pages of bss
   ROUNDS times over, in order, reading each page WORK times through
   after writing it (computing between faults), and exit.  The driver gives each child
   more pages than the whole user pool, so every write faults, however
   the children are scheduled: after the first pass the page is read
   back from swap, and another is written out.  A child checks that
   each page holds what its last pass wrote.  Prints one line:

       bench-thrash: PROCS procs, PAGES pages, ROUNDS rounds, T ticks

   T is the timer ticks from the first fork until the last child
   exited. */

#include <kernel-counters.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include "tests/lib.h"
#include "tests/vm/vm-util.h"

#define MAX_PAGES 1024

const bool silent_program = true;

static char pages[MAX_PAGES][PAGE_SIZE];

static int work;                /* Reads of each page after writing it. */
static volatile uint64_t sink;

/* Reads page I through WORK times. */
static void
compute (int i)
{
  const volatile uint64_t *words = (const uint64_t *) pages[i];
  uint64_t sum = 0;
  int w;
  size_t j;

  for (w = 0; w < work; w++)
    for (j = 0; j < PAGE_SIZE / sizeof *words; j++)
      sum += words[j];
  sink = sum;
}

/* Writes pass ROUND over the first PAGE_CNT pages, checking that each
   holds what pass ROUND - 1 wrote. */
static void
write_pass (int page_cnt, int round)
{
  int i;

  for (i = 0; i < page_cnt; i++)
    {
      if (round > 0 && pages[i][0] != (char) (round - 1 + i))
        fail ("page %d lost its contents in round %d", i, round);
      pages[i][0] = (char) (round + i);
      compute (i);
    }
}

/* A child: ROUND_CNT passes. */
static void
child (int page_cnt, int round_cnt)
{
  int round;

  for (round = 0; round < round_cnt; round++)
    write_pass (page_cnt, round);
  exit (0);
}

static long long
ticks_now (void)
{
  struct kernel_counters c;

  if (get_kernel_counters (&c) != 0)
    fail ("get_kernel_counters failed");
  return c.ticks;
}

void
test_main (void)
{
  pid_t pids[16];
  int procs, page_cnt, round_cnt, i;
  long long start;

  if (test_argc != 5)
    fail ("usage: %s PROCS PAGES ROUNDS WORK", test_name);
  procs = atoi (test_argv[1]);
  page_cnt = atoi (test_argv[2]);
  round_cnt = atoi (test_argv[3]);
  work = atoi (test_argv[4]);
  if (procs < 1 || procs > 16 || page_cnt < 1 || page_cnt > MAX_PAGES)
    fail ("PROCS must be 1 to 16 and PAGES 1 to %d", MAX_PAGES);

  start = ticks_now ();
  for (i = 0; i < procs; i++)
    {
      pids[i] = fork ("thrash");
      if (pids[i] == 0)
        child (page_cnt, round_cnt);
      if (pids[i] < 0)
        fail ("fork %d failed", i);
    }
  for (i = 0; i < procs; i++)
    if (wait (pids[i]) != 0)
      fail ("child %d failed", i);
  printf ("bench-thrash: %d procs, %d pages, %d rounds, %lld ticks\n",
          procs, page_cnt, round_cnt, ticks_now () - start);
}

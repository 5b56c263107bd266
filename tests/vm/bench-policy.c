/* The replacement-policy benchmark that "make bench" runs (utils/bench-vm):

       bench-policy WORKLOAD FRAMES

   touches pages of its bss in the pattern WORKLOAD names, sized for a
   machine with about FRAMES user frames, so that the kernel's page
   faults and evictions (read from the power-off statistics) show how
   well the replacement policy fits the pattern:

     scan     two passes over twice FRAMES pages in order;
     loop     eight passes over 1.1 times FRAMES pages in order;
     random   8 * FRAMES touches of pages drawn at random from twice
              FRAMES pages;
     shift    a working set of FRAMES / 2 pages touched four times in
              a row, then moved by a quarter of its size, eight times.

   Every touch is a write.  Prints "bench-policy: WORKLOAD done". */

#include <kernel-counters.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "tests/lib.h"
#include "tests/vm/vm-util.h"

#define MAX_PAGES 2048

const bool silent_program = true;

static char pages[MAX_PAGES][PAGE_SIZE];

/* Writes to page I. */
static void
touch (int i)
{
  pages[i][0]++;
}

/* Touches pages [FIRST, FIRST + CNT) in order, PASSES times. */
static void
sweep (int first, int cnt, int passes)
{
  int p, i;

  for (p = 0; p < passes; p++)
    for (i = 0; i < cnt; i++)
      touch (first + i);
}

static void
random_walk (int page_cnt, int touches)
{
  struct fast_random r;
  int i;

  fast_random_init (&r, 42);
  for (i = 0; i < touches; i++)
    touch ((int) fast_random_below (&r, page_cnt));
}

static void
shifting_set (int set)
{
  int phase;

  for (phase = 0; phase < 8; phase++)
    sweep (phase * (set / 4), set, 4);
}

void
test_main (void)
{
  const char *workload;
  int frames;

  if (test_argc != 3)
    fail ("usage: %s scan|loop|random|shift FRAMES", test_name);
  workload = test_argv[1];
  frames = atoi (test_argv[2]);
  if (frames < 16 || 2 * frames > MAX_PAGES)
    fail ("FRAMES must be 16 to %d", MAX_PAGES / 2);

  if (!strcmp (workload, "scan"))
    sweep (0, 2 * frames, 2);
  else if (!strcmp (workload, "loop"))
    sweep (0, frames + frames / 10, 8);
  else if (!strcmp (workload, "random"))
    random_walk (2 * frames, 8 * frames);
  else if (!strcmp (workload, "shift"))
    shifting_set (frames / 2);
  else
    fail ("unknown workload %s", workload);
  printf ("bench-policy: %s done\n", workload);
}

/* The fork benchmark that "make bench" runs (utils/bench-fork).  Each
   program bench-fork-M reserves exactly M megabytes of bss, so that
   untouched pages (which fork must also copy, as page records) do not
   weigh on the smaller sizes, and runs as

       bench-fork-M MB ITERATIONS

   touching MB megabytes (at most M) and then forking ITERATIONS times,
   each child writing one page and exiting at once, each fork followed
   by a wait.  It prints one line the driver reads:

       bench-fork: MB MB, N forks, T ticks, C frames copied, E evictions

   T is timer ticks (100 a second) over all the forks and waits; C is
   the frames copied over all of them, at fork (eager copying) plus by
   writes afterwards (copy-on-write); E the frames evicted meanwhile,
   which should be 0 (the machine has room for both copies).  Include
   this from exactly one file. */
#ifndef TESTS_COW_BENCH_FORK_H
#define TESTS_COW_BENCH_FORK_H

#include <stdio.h>
#include <stdlib.h>
#include "tests/cow/cow-util.h"

#define PAGES_PER_MB (1024 * 1024 / PAGE_SIZE)

/* No "begin" and "end" lines: the driver reads only the result. */
const bool silent_program = true;

/* Forks ITERATIONS children that each write a word of PAGE and exit,
   and waits for each in turn. */
static void
bench_fork_loop (uint64_t *page, int iterations)
{
  int i;

  for (i = 0; i < iterations; i++)
    {
      pid_t pid = fork ("bench-child");

      if (pid == 0)
        {
          page[1] = i;
          exit (0);
        }
      if (pid < 0 || wait (pid) != 0)
        fail ("fork %d", i);
    }
}

/* Runs the benchmark over PAGES, MAX_MB megabytes of bss, with the
   arguments of the command line. */
static void
bench_fork_run (uint64_t (*pages)[PAGE_WORDS], int max_mb)
{
  struct kernel_counters before, after;
  int mb, iterations;
  size_t page_cnt, i;

  if (test_argc != 3)
    fail ("usage: %s MB ITERATIONS", test_name);
  mb = atoi (test_argv[1]);
  iterations = atoi (test_argv[2]);
  if (mb < 0 || mb > max_mb || iterations <= 0)
    fail ("MB must be 0 to %d and ITERATIONS positive", max_mb);

  page_cnt = (size_t) mb * PAGES_PER_MB;
  for (i = 0; i < page_cnt; i++)
    pattern_fill (pages[i], PAGE_WORDS, i);

  counters_read (&before);
  bench_fork_loop (pages[0], iterations);
  counters_read (&after);
  printf ("bench-fork: %d MB, %d forks, %lld ticks, %lld frames copied, "
          "%lld evictions\n", mb, iterations, after.ticks - before.ticks,
          (after.fork_copies - before.fork_copies)
          + (after.cow_copies - before.cow_copies),
          after.evictions - before.evictions);
}

#endif /* tests/cow/bench-fork.h */

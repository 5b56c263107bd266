/* The fork benchmark for a process of up to 1 MB: see bench-fork.h. */

#include "tests/cow/bench-fork.h"

static uint64_t pages[1 * PAGES_PER_MB][PAGE_WORDS]
  __attribute__ ((aligned (4096)));

void
test_main (void)
{
  bench_fork_run (pages, 1);
}

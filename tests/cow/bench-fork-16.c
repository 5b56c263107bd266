/* The fork benchmark for a process of up to 16 MB: see bench-fork.h. */

#include "tests/cow/bench-fork.h"

static uint64_t pages[16 * PAGES_PER_MB][PAGE_WORDS]
  __attribute__ ((aligned (4096)));

void
test_main (void)
{
  bench_fork_run (pages, 16);
}

/* Proves that the kernel survives eviction with swap full while the
   victims' owners fault on the pages being evicted: four processes each
   write 160 pages and then keep rereading and rewriting them in a
   scattered order, together more than the 64 user frames and 256 swap
   slots hold.  Each ends with 0 or is killed (-1), the parent's own data
   comes back intact, a new process runs, and every frame and swap slot
   comes back. */

#include <stdio.h>
#include <string.h>
#include "tests/lib.h"
#include "tests/exhaust/exhaust-util.h"

#define PAGE 4096
#define MINE_PAGES 16
#define HOG_CNT 4

static unsigned char mine[MINE_PAGES * PAGE];

/* Four hogs at once; the parent's data and a new process survive. */
static void
scenario (void)
{
  pid_t pids[HOG_CNT];
  size_t i;
  int h, status, bad = 0, wrong = 0;

  for (h = 0; h < HOG_CNT; h++)
    {
      pids[h] = hog_start ("race", h);
      if (pids[h] < 0)
        fail ("fork of hog %d failed", h);
    }
  for (h = 0; h < HOG_CNT; h++)
    {
      status = wait (pids[h]);
      wrong += status != 0 && status != -1;
    }
  CHECK (wrong == 0, "every hog finished or was killed");
  for (i = 0; i < sizeof mine; i++)
    bad += mine[i] != 0x6d;
  CHECK (bad == 0, "the parent's %d pages are intact", MINE_PAGES);
  status = run_small_child ();
  CHECK (status == 0, "a new process runs");
}

void
test_main (void)
{
  struct kernel_counters before, after;

  memset (mine, 0x6d, sizeof mine);
  exhaust_measure (scenario, &before, &after);
}

/* Proves that the kernel survives eviction with swap full while the
   victims' owners fault on the pages being evicted: four processes each
   write 160 pages and then keep rereading and rewriting them in a
   scattered order, together more than the 64 user frames and 256 swap
   slots hold.  Each ends with 0 or is killed (-1), the parent's own data
   comes back intact, a new process runs, and every frame and swap slot
   comes back. */

#include <string.h>
#include "tests/lib.h"
#include "tests/exhaust/exhaust-util.h"

#define PAGE 4096
#define MINE_PAGES 16
#define HOG_PAGES 160
#define HOG_CNT 4
#define ROUNDS 2000

static unsigned char mine[MINE_PAGES * PAGE];
static unsigned char hog_area[HOG_PAGES * PAGE];

/* Fills the hog area, then touches its pages in a scattered order;
   exits 0 if every page held what was last written there. */
static void
hog (int id)
{
  unsigned long x = 12345 + id;
  int i, bad = 0;

  for (i = 0; i < HOG_PAGES; i++)
    hog_area[i * PAGE] = (unsigned char) i;
  for (i = 0; i < ROUNDS; i++)
    {
      int p;

      x = x * 6364136223846793005UL + 1442695040888963407UL;
      p = (x >> 33) % HOG_PAGES;
      bad += hog_area[p * PAGE] != (unsigned char) (p + hog_area[p * PAGE + 1]);
      hog_area[p * PAGE + 1]++;
      hog_area[p * PAGE] = (unsigned char) (p + hog_area[p * PAGE + 1]);
    }
  exit (bad == 0 ? 0 : 1);
}

void
test_main (void)
{
  struct kernel_counters before, after;
  pid_t pids[HOG_CNT];
  size_t i;
  int h, status, bad = 0, wrong = 0;

  memset (mine, 0x6d, sizeof mine);
  counters_read (&before);
  for (h = 0; h < HOG_CNT; h++)
    {
      pids[h] = fork ("hog");
      if (pids[h] == 0)
        hog (h);
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
  counters_read (&after);
  counters_check (&before, &after);
}

/* Proves that the kernel survives running out of frames and swap: two
   processes each touch more memory than the user pool and the swap disk
   hold together.  They must be killed (exit -1) while the parent, whose
   own data was pushed out meanwhile, gets it back intact; a new process
   runs afterwards; and every frame and swap slot comes back. */

#include <stdio.h>
#include <string.h>
#include "tests/lib.h"
#include "tests/exhaust/exhaust-util.h"

#define PAGE 4096
#define MINE_PAGES 32
#define HOG_CNT 2

static unsigned char mine[MINE_PAGES * PAGE];

static unsigned char
mine_byte (size_t i)
{
  return (unsigned char) (i * 7 + i / PAGE);
}

/* Two hogs at once; the parent's data and a new process survive. */
static void
scenario (void)
{
  pid_t pids[HOG_CNT];
  int status[HOG_CNT];
  size_t i;
  int h, bad = 0;

  for (h = 0; h < HOG_CNT; h++)
    {
      pids[h] = hog_start ("fill", h);
      if (pids[h] < 0)
        fail ("fork of hog %d failed", h);
    }
  for (h = 0; h < HOG_CNT; h++)
    status[h] = wait (pids[h]);
  for (h = 0; h < HOG_CNT; h++)
    CHECK (status[h] == -1, "hog %d was killed", h);

  for (i = 0; i < sizeof mine; i++)
    bad += mine[i] != mine_byte (i);
  CHECK (bad == 0, "the parent's %d pages are intact", MINE_PAGES);
  status[0] = run_small_child ();
  CHECK (status[0] == 0, "a new process runs");
}

void
test_main (void)
{
  struct kernel_counters before, after;
  size_t i;

  for (i = 0; i < sizeof mine; i++)
    mine[i] = mine_byte (i);
  exhaust_measure (scenario, &before, &after);
  CHECK (after.evictions > before.evictions, "pages were evicted");
}

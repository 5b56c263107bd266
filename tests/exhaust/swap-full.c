/* Proves that the kernel survives running out of frames and swap: two
   processes each touch more memory than the user pool and the swap disk
   hold together.  They must be killed (exit -1) while the parent, whose
   own data was pushed out meanwhile, gets it back intact; a new process
   runs afterwards; and every frame and swap slot comes back. */

#include <string.h>
#include "tests/lib.h"
#include "tests/exhaust/exhaust-util.h"

#define PAGE 4096
#define MINE_PAGES 32
#define HOG_PAGES 2048          /* 8 MiB: more than pool + swap here. */
#define HOG_CNT 2

static unsigned char mine[MINE_PAGES * PAGE];
static unsigned char hog_area[HOG_PAGES * PAGE];

/* Writes every page of the hog area until the kernel stops us. */
static void
hog (int id)
{
  size_t i;

  for (i = 0; i < HOG_PAGES; i++)
    memset (hog_area + i * PAGE, id + i, 64);
  exit (0);
}

static unsigned char
mine_byte (size_t i)
{
  return (unsigned char) (i * 7 + i / PAGE);
}

void
test_main (void)
{
  struct kernel_counters before, after;
  pid_t pids[HOG_CNT];
  int status[HOG_CNT];
  size_t i;
  int h, bad = 0;

  for (i = 0; i < sizeof mine; i++)
    mine[i] = mine_byte (i);
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
    status[h] = wait (pids[h]);
  for (h = 0; h < HOG_CNT; h++)
    CHECK (status[h] == -1, "hog %d was killed", h);

  for (i = 0; i < sizeof mine; i++)
    bad += mine[i] != mine_byte (i);
  CHECK (bad == 0, "the parent's %d pages are intact", MINE_PAGES);
  status[0] = run_small_child ();
  CHECK (status[0] == 0, "a new process runs");

  counters_read (&after);
  CHECK (after.evictions > before.evictions, "pages were evicted");
  counters_check (&before, &after);
}

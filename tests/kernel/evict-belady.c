/* Proves that the fifo replacement policy (vm/evict.c) is first in,
   first out, by showing Belady's anomaly: on the reference string
   1 2 3 4 1 2 5 1 2 3 4 5, FIFO takes 9 page faults with 3 frames and
   10 with 4.  The policy's own code chooses every victim; the frames
   are stand-ins that hold a page number instead of a page.  No user
   process runs, so nothing else uses the policy meanwhile (the callers'
   FRAME_LOCK is not needed). */

#include <list.h>
#include <stdio.h>
#include <string.h>
#include "tests/threads/tests.h"
#include "vm/evict.h"
#include "vm/frame.h"

#define MAX_FRAMES 4

static const int reference[] = { 1, 2, 3, 4, 1, 2, 5, 1, 2, 3, 4, 5 };

/* Runs the reference string on FRAME_CNT frames under the policy in
   force; returns the page faults. */
static int
count_faults (int frame_cnt)
{
  struct frame frames[MAX_FRAMES];
  int holds[MAX_FRAMES];        /* Page number in each frame. */
  int used = 0, faults = 0;
  size_t r;
  int i;

  for (r = 0; r < sizeof reference / sizeof *reference; r++)
    {
      struct frame *f;

      for (i = 0; i < used; i++)
        if (holds[i] == reference[r])
          break;
      if (i < used)
        continue;
      faults++;
      if (used < frame_cnt)
        {
          f = &frames[used++];
          memset (f, 0, sizeof *f);
          list_init (&f->pages);
          f->page_cnt = 1;      /* Holds a page: evictable. */
        }
      else
        {
          f = evict_choose ();
          if (f == NULL)
            fail ("the policy chose nothing");
          evict_remove (f);
        }
      holds[f - frames] = reference[r];
      evict_add (f);
    }
  for (i = 0; i < used; i++)
    evict_remove (&frames[i]);
  return faults;
}

void
test_evict_belady (void)
{
  int three, four;

  if (!evict_select ("fifo"))
    fail ("no fifo policy");
  three = count_faults (3);
  four = count_faults (4);
  msg ("fifo, 3 frames: %d page faults", three);
  msg ("fifo, 4 frames: %d page faults", four);
  if (four <= three)
    fail ("no anomaly: more frames did not cost more faults");
  evict_select ("clock");
}

/* Proves that a thread blocked on a semaphore gains no recent_cpu while
   it waits, only the once-a-second decay, and that it gets the CPU back
   ahead of a busy thread: a blocker and a spinner share the CPU for 10
   seconds, then the blocker waits 5 seconds on a semaphore while the
   spinner goes on.  The checker replays the decay of the blocker's
   recent_cpu over the updates it slept through. */

#include <stdio.h>
#include "tests/threads/mlfqs.h"
#include "tests/threads/tests.h"
#include "threads/interrupt.h"
#include "threads/synch.h"
#include "threads/thread.h"
#include "devices/timer.h"

#define BLOCK_SECONDS 10
#define WAKE_SECONDS 15
#define STOP_SECONDS 20

static int64_t start;
static struct semaphore gate, finished;

/* Set by the main thread once it has opened the gate, and by the blocker
   once it runs again; the spinner notes if it ran in between. */
static volatile bool gate_open, blocker_back, spinner_cut_in;

/* Tick and recent_cpu (times 100) when the blocker blocked and woke. */
static int64_t block_tick, wake_tick;
static int block_recent, wake_recent;

static void
blocker (void *aux UNUSED)
{
  enum intr_level old_level;

  mlfqs_sleep_until (start);
  while (timer_ticks () < start + BLOCK_SECONDS * TIMER_FREQ)
    continue;

  /* With interrupts off from the reading until we block and from the
     waking until the reading, no tick can fall in between. */
  old_level = intr_disable ();
  block_tick = timer_ticks ();
  block_recent = thread_get_recent_cpu ();
  sema_down (&gate);
  wake_tick = timer_ticks ();
  wake_recent = thread_get_recent_cpu ();
  blocker_back = true;
  intr_set_level (old_level);
  sema_up (&finished);
}

static void
spinner (void *aux UNUSED)
{
  mlfqs_sleep_until (start);
  while (timer_ticks () < start + STOP_SECONDS * TIMER_FREQ)
    if (gate_open && !blocker_back)
      spinner_cut_in = true;
  sema_up (&finished);
}

void
test_mlfqs_block (void)
{
  char before[16], after[16];

  start = mlfqs_start () + TIMER_FREQ;
  sema_init (&gate, 0);
  sema_init (&finished, 0);
  if (thread_create ("blocker", PRI_DEFAULT, blocker, NULL) == TID_ERROR
      || thread_create ("spinner", PRI_DEFAULT, spinner, NULL) == TID_ERROR)
    fail ("thread_create failed");

  mlfqs_sleep_until (start + WAKE_SECONDS * TIMER_FREQ);
  gate_open = true;
  sema_up (&gate);
  sema_down (&finished);
  sema_down (&finished);

  msg ("Blocker blocked at tick +%d with recent_cpu=%s.",
       (int) (block_tick - start),
       mlfqs_format (before, sizeof before, block_recent));
  msg ("Blocker woke at tick +%d with recent_cpu=%s.",
       (int) (wake_tick - start),
       mlfqs_format (after, sizeof after, wake_recent));
  msg ("Spinner ran between the sema_up and the blocker's return: %s.",
       spinner_cut_in ? "yes" : "no");
}

/* Measures how the 4.4BSD scheduler shares the CPU among spinning
   threads: each thread counts the ticks it saw while running, and the
   checker compares the counts with a tick-by-tick model of the
   scheduler.  mlfqs-fair-2 and mlfqs-fair-20 run 2 and 20 threads at
   nice 0, which must get equal shares; mlfqs-nice-2 runs nice 0 and 5,
   mlfqs-nice-10 nice 0 to 9, whose shares must fall with nice as the
   model says. */

#include <stdio.h>
#include "tests/threads/mlfqs.h"
#include "tests/threads/tests.h"
#include "threads/malloc.h"
#include "threads/synch.h"
#include "threads/thread.h"
#include "devices/timer.h"

/* One spinning thread and what it measured. */
struct spinner
  {
    int nice;
    int ticks;                  /* Ticks seen while running. */
  };

static int64_t start, stop;
static struct semaphore finished;

/* Spins from START to STOP, counting each new tick it sees. */
static void
spin (void *spinner_)
{
  struct spinner *s = spinner_;
  int64_t last = -1;

  thread_set_nice (s->nice);
  mlfqs_sleep_until (start);
  for (;;)
    {
      int64_t now = timer_ticks ();

      if (now >= stop)
        break;
      if (now != last)
        {
          s->ticks++;
          last = now;
        }
    }
  sema_up (&finished);
}

/* Runs CNT spinners for SECONDS seconds, spinner I at nice I * STEP, and
   prints the ticks each one got. */
static void
share_cpu (int cnt, int step, int seconds)
{
  struct spinner *spinners = calloc (cnt, sizeof *spinners);
  int i;

  if (spinners == NULL)
    fail ("out of memory");
  start = mlfqs_start () + TIMER_FREQ;
  stop = start + seconds * TIMER_FREQ;
  sema_init (&finished, 0);
  for (i = 0; i < cnt; i++)
    {
      char name[16];

      spinners[i].nice = i * step;
      snprintf (name, sizeof name, "spinner %d", i);
      if (thread_create (name, PRI_DEFAULT, spin, &spinners[i]) == TID_ERROR)
        fail ("thread_create failed");
    }
  for (i = 0; i < cnt; i++)
    sema_down (&finished);

  msg ("%d threads ran for %d seconds.", cnt, seconds);
  for (i = 0; i < cnt; i++)
    msg ("Thread %d (nice %d) ran %d ticks.", i, spinners[i].nice,
         spinners[i].ticks);
  free (spinners);
}

void
test_mlfqs_fair_2 (void)
{
  share_cpu (2, 0, 20);
}

void
test_mlfqs_fair_20 (void)
{
  share_cpu (20, 0, 20);
}

void
test_mlfqs_nice_2 (void)
{
  share_cpu (2, 5, 20);
}

void
test_mlfqs_nice_10 (void)
{
  share_cpu (10, 1, 25);
}

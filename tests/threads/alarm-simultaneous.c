/* Proves that threads sleeping until the same tick all wake on that tick:
   five threads sleep to a common tick, five rounds over, and the first of
   them to run after each wake-up finds every other one already woken
   rather than still blocked in the timer. */

#include <stdio.h>
#include "tests/threads/tests.h"
#include "threads/interrupt.h"
#include "threads/synch.h"
#include "threads/thread.h"
#include "devices/timer.h"

#define SLEEPER_CNT 5
#define ROUNDS 5
#define PERIOD 10

static int64_t start;
static struct thread *sleepers[SLEEPER_CNT];
static int phase[SLEEPER_CNT];          /* Round each sleeper sleeps in. */
static int left_behind[ROUNDS + 1];     /* Sleepers found still asleep. */
static int woke[ROUNDS + 1];            /* Sleepers woken per round. */
static struct semaphore done;

/* Counts the sleepers other than SELF that still sleep in ROUND.
   Interrupts off. */
static int
count_still_asleep (int self, int round)
{
  int j, cnt = 0;

  for (j = 0; j < SLEEPER_CNT; j++)
    if (j != self && phase[j] == round
        && sleepers[j]->status == THREAD_BLOCKED)
      cnt++;
  return cnt;
}

static void
sleeper (void *id_)
{
  int id = (int) (long) id_;
  int round;

  sleepers[id] = thread_current ();
  for (round = 1; round <= ROUNDS; round++)
    {
      enum intr_level old_level;

      phase[id] = round;
      timer_sleep (start + round * PERIOD - timer_ticks ());

      old_level = intr_disable ();
      left_behind[round] += count_still_asleep (id, round);
      woke[round]++;
      intr_set_level (old_level);
    }
  sema_up (&done);
}

void
test_alarm_simultaneous (void)
{
  int i, round;

  sema_init (&done, 0);
  start = timer_ticks () + PERIOD;
  for (i = 0; i < SLEEPER_CNT; i++)
    {
      char name[16];

      snprintf (name, sizeof name, "sleeper %d", i);
      if (thread_create (name, PRI_DEFAULT, sleeper, (void *) (long) i)
          == TID_ERROR)
        fail ("thread_create failed");
    }
  for (i = 0; i < SLEEPER_CNT; i++)
    sema_down (&done);

  for (round = 1; round <= ROUNDS; round++)
    msg ("round %d: %d sleepers woke, %d found others still asleep",
         round, woke[round], left_behind[round]);
}

/* Proves that timer_sleep wakes each sleeper no earlier than asked and in
   order of wake-up time: five threads sleep for different periods, once
   (alarm-single) or seven times (alarm-multiple), and the order in which
   they wake must follow the planned wake-up times. */

#include <stdio.h>
#include "tests/threads/tests.h"
#include "threads/interrupt.h"
#include "threads/malloc.h"
#include "threads/synch.h"
#include "threads/thread.h"
#include "devices/timer.h"

#define SLEEPER_CNT 5

/* One wake-up: which thread woke, and the offset from the common start
   at which it had planned to wake. */
struct wake
  {
    int thread;
    int planned;
  };

/* State shared by the sleepers and the main thread. */
struct alarm_run
  {
    int64_t start;              /* Tick from which every plan counts. */
    int rounds;                 /* Wake-ups per sleeper. */
    struct wake *log;           /* Wake-ups in the order they happened. */
    int log_cnt;                /* Entries used in LOG; interrupts off. */
    int early_cnt;              /* Wake-ups before the planned tick. */
    struct semaphore done;      /* Upped by each sleeper when finished. */
  };

struct sleeper
  {
    struct alarm_run *run;
    int id;                     /* Sleeps (ID + 1) * 10 ticks a round. */
  };

static void
sleeper (void *sleeper_)
{
  struct sleeper *s = sleeper_;
  struct alarm_run *run = s->run;
  int period = (s->id + 1) * 10;
  int round;

  for (round = 1; round <= run->rounds; round++)
    {
      int64_t target = run->start + round * period;
      enum intr_level old_level;

      timer_sleep (target - timer_ticks ());

      old_level = intr_disable ();
      if (timer_ticks () < target)
        run->early_cnt++;
      run->log[run->log_cnt].thread = s->id;
      run->log[run->log_cnt].planned = round * period;
      run->log_cnt++;
      intr_set_level (old_level);
    }
  sema_up (&run->done);
}

/* Runs SLEEPER_CNT sleepers for ROUNDS rounds each and prints the order
   in which they woke. */
static void
run_sleepers (int rounds)
{
  struct alarm_run run;
  struct sleeper sleepers[SLEEPER_CNT];
  int i;

  run.rounds = rounds;
  run.log = malloc (sizeof *run.log * SLEEPER_CNT * rounds);
  if (run.log == NULL)
    fail ("out of memory");
  run.log_cnt = 0;
  run.early_cnt = 0;
  sema_init (&run.done, 0);
  run.start = timer_ticks () + 5;

  for (i = 0; i < SLEEPER_CNT; i++)
    {
      char name[16];

      sleepers[i].run = &run;
      sleepers[i].id = i;
      snprintf (name, sizeof name, "sleeper %d", i);
      if (thread_create (name, PRI_DEFAULT, sleeper, &sleepers[i])
          == TID_ERROR)
        fail ("thread_create failed");
    }
  for (i = 0; i < SLEEPER_CNT; i++)
    sema_down (&run.done);

  if (run.early_cnt != 0)
    fail ("%d wake-ups came before their planned tick", run.early_cnt);
  for (i = 0; i < run.log_cnt; i++)
    msg ("sleeper %d woke, planned at +%d ticks",
         run.log[i].thread, run.log[i].planned);
  free (run.log);
}

void
test_alarm_single (void)
{
  run_sleepers (1);
}

void
test_alarm_multiple (void)
{
  run_sleepers (7);
}

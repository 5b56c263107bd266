/* Proves that threads woken on the same tick run in priority order: ten
   threads of different priorities, created in a scrambled order, sleep
   until one common tick, and each notes its priority as it starts to
   run again. */

#include <stdio.h>
#include "tests/threads/tests.h"
#include "threads/interrupt.h"
#include "threads/synch.h"
#include "threads/thread.h"
#include "devices/timer.h"

#define SLEEPER_CNT 10

static int64_t wake_tick;
static int order[SLEEPER_CNT];          /* Priorities in order of waking. */
static int order_cnt;
static int late_cnt;                    /* Sleepers that missed the tick. */
static struct semaphore done;

static void
sleeper (void *aux UNUSED)
{
  enum intr_level old_level;
  int64_t left = wake_tick - timer_ticks ();

  if (left <= 0)
    late_cnt++;
  timer_sleep (left);

  old_level = intr_disable ();
  order[order_cnt++] = thread_get_priority ();
  intr_set_level (old_level);
  sema_up (&done);
}

void
test_alarm_priority (void)
{
  int i;

  sema_init (&done, 0);
  wake_tick = timer_ticks () + 20;

  /* All sleepers rank below us, so they start once we block. */
  for (i = 0; i < SLEEPER_CNT; i++)
    {
      int priority = PRI_DEFAULT - 1 - (i * 7) % SLEEPER_CNT;
      char name[16];

      snprintf (name, sizeof name, "priority %d", priority);
      if (thread_create (name, priority, sleeper, NULL) == TID_ERROR)
        fail ("thread_create failed");
    }
  for (i = 0; i < SLEEPER_CNT; i++)
    sema_down (&done);

  if (late_cnt != 0)
    fail ("%d sleepers started after the common wake-up tick", late_cnt);
  for (i = 0; i < order_cnt; i++)
    msg ("woke: priority %d", order[i]);
}

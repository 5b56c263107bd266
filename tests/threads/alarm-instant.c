/* Proves that timer_sleep with a zero (alarm-zero) or negative
   (alarm-negative) length returns at once without giving up the CPU: a
   lower-priority witness thread, which would run if the caller blocked
   even briefly, must not have run when the call returns. */

#include "tests/threads/tests.h"
#include "threads/synch.h"
#include "threads/thread.h"
#include "devices/timer.h"

static volatile bool witness_ran;
static struct semaphore witness_done;

static void
witness (void *aux UNUSED)
{
  witness_ran = true;
  sema_up (&witness_done);
}

/* Sleeps for TICKS (zero or less) three times and checks that no
   lower-priority thread got the CPU meanwhile. */
static void
sleep_instantly (int64_t ticks)
{
  int i;

  witness_ran = false;
  sema_init (&witness_done, 0);
  if (thread_create ("witness", PRI_DEFAULT - 1, witness, NULL)
      == TID_ERROR)
    fail ("thread_create failed");

  for (i = 0; i < 3; i++)
    timer_sleep (ticks);
  msg ("timer_sleep (%lld) returned, witness %s", (long long) ticks,
       witness_ran ? "ran first" : "has not run");

  sema_down (&witness_done);
  msg ("witness ran once we blocked");
}

void
test_alarm_zero (void)
{
  sleep_instantly (0);
}

void
test_alarm_negative (void)
{
  sleep_instantly (-100);
}

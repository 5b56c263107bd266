/* Measures the load average while many threads spin: in mlfqs-load-60,
   60 threads spin together for 20 seconds; in mlfqs-load-avg, 15 threads
   join one a second and all stop at second 20.  The main thread reports
   the load average every second for 30 seconds and the checker compares
   it with the 4.4BSD model.  Spinners run at nice 20 so that the main
   thread, which mostly sleeps, always gets the CPU at once to report. */

#include <stdio.h>
#include "tests/threads/mlfqs.h"
#include "tests/threads/tests.h"
#include "threads/synch.h"
#include "threads/thread.h"
#include "devices/timer.h"

#define STOP_SECONDS 20
#define REPORT_SECONDS 30

static int64_t start;
static struct semaphore finished;

/* Spins from second DELAY of the test until second STOP_SECONDS. */
static void
spinner (void *delay_)
{
  int delay = (int) (long) delay_;

  thread_set_nice (NICE_MAX);
  mlfqs_sleep_until (start + delay * TIMER_FREQ);
  while (timer_ticks () < start + STOP_SECONDS * TIMER_FREQ)
    continue;
  sema_up (&finished);
}

/* Starts CNT spinners, spinner I joining at second I * STAGGER, and
   reports the load average each second. */
static void
run_spinners (int cnt, int stagger)
{
  int i, sec;

  start = mlfqs_start () + TIMER_FREQ;
  sema_init (&finished, 0);
  for (i = 0; i < cnt; i++)
    {
      char name[16];

      snprintf (name, sizeof name, "spinner %d", i);
      if (thread_create (name, PRI_DEFAULT, spinner, (void *) (long) (i * stagger))
          == TID_ERROR)
        fail ("thread_create failed");
    }
  for (sec = 1; sec <= REPORT_SECONDS; sec++)
    {
      mlfqs_sleep_until (start + sec * TIMER_FREQ);
      mlfqs_report_load (start);
    }
  for (i = 0; i < cnt; i++)
    sema_down (&finished);
}

void
test_mlfqs_load_60 (void)
{
  run_spinners (60, 0);
}

void
test_mlfqs_load_avg (void)
{
  run_spinners (15, 1);
}

/* Wakes exactly on a whole second, keeps the CPU busy for 3 seconds,
   then sleeps from whole second to whole second 3 times, printing the
   load average each second.  The thread that wakes on a second must not
   count in that second's load average. */

#include "tests/threads/tests.h"
#include "threads/thread.h"
#include "devices/timer.h"

static void
report (int seconds)
{
  int load = thread_get_load_avg ();

  msg ("After %d seconds, load average=%d.%02d.", seconds, load / 100,
       load % 100);
}

void
test_mlfqs_wake_edge (void)
{
  int64_t now = timer_ticks ();
  int64_t start = DIV_ROUND_UP (now + 1, TIMER_FREQ) * TIMER_FREQ
                  + TIMER_FREQ;
  int i;

  ASSERT (thread_mlfqs);
  timer_sleep (start - now);
  report (0);
  for (i = 1; i <= 3; i++)
    {
      while (timer_elapsed (start) < i * TIMER_FREQ)
        continue;
      report (i);
    }
  for (; i <= 6; i++)
    {
      timer_sleep (start + i * TIMER_FREQ - timer_ticks ());
      report (i);
    }
}

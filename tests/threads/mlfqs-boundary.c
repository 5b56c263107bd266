/* Proves that the once-a-second update runs before the sleepers due on
   the same tick wake: the test starts by waking exactly on a whole
   second, keeps the CPU busy for 5 seconds, then sleeps from one whole
   second to the next 5 times.  Each second it prints recent_cpu and the
   load average with the tick they were read at; a thread that wakes on
   a whole second must not count in that second's load average, so the
   load decays during the sleeps as if nothing were ready. */

#include "tests/threads/mlfqs.h"
#include <stdio.h>
#include "tests/threads/tests.h"
#include "threads/interrupt.h"
#include "threads/thread.h"
#include "devices/timer.h"

#define BUSY_SECONDS 5
#define SLEEP_SECONDS 5

/* Reads recent_cpu, the load average and the tick together and prints
   them under LABEL, the tick counted from START. */
static void
report (const char *label, int64_t start)
{
  char recent[16], load[16];
  enum intr_level old_level = intr_disable ();
  int64_t now = timer_ticks ();
  int recent_cpu = thread_get_recent_cpu ();
  int load_avg = thread_get_load_avg ();

  intr_set_level (old_level);
  msg ("%s (tick +%d), recent_cpu=%s, load average=%s.", label,
       (int) (now - start),
       mlfqs_format (recent, sizeof recent, recent_cpu),
       mlfqs_format (load, sizeof load, load_avg));
}

void
test_mlfqs_boundary (void)
{
  int64_t now = timer_ticks ();
  int64_t start = now - now % TIMER_FREQ + 2 * TIMER_FREQ;
  char label[32];
  int sec;

  ASSERT (thread_mlfqs);
  mlfqs_sleep_until (start);
  report ("Start", start);
  for (sec = 1; sec <= BUSY_SECONDS; sec++)
    {
      while (timer_ticks () < start + sec * TIMER_FREQ)
        continue;
      snprintf (label, sizeof label, "After %d seconds", sec);
      report (label, start);
    }
  for (; sec <= BUSY_SECONDS + SLEEP_SECONDS; sec++)
    {
      mlfqs_sleep_until (start + sec * TIMER_FREQ);
      snprintf (label, sizeof label, "After %d seconds", sec);
      report (label, start);
    }
}

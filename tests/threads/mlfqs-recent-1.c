/* Measures recent_cpu of one thread that keeps the CPU busy for 25
   seconds and then sleeps for 5: each second it prints its recent_cpu
   and the load average with the tick they were read at, and the checker
   replays the 4.4BSD formulas up to that tick. */

#include "tests/threads/mlfqs.h"
#include "tests/threads/tests.h"
#include "threads/interrupt.h"
#include "threads/thread.h"
#include "devices/timer.h"

#define BUSY_SECONDS 25
#define IDLE_SECONDS 5

/* Reads recent_cpu, the load average and the tick together and prints
   them, the tick counted from START. */
static void
report (int sec, int64_t start)
{
  char recent[16], load[16];
  enum intr_level old_level = intr_disable ();
  int64_t now = timer_ticks ();
  int recent_cpu = thread_get_recent_cpu ();
  int load_avg = thread_get_load_avg ();

  intr_set_level (old_level);
  msg ("After %d seconds (tick +%d), recent_cpu=%s, load average=%s.",
       sec, (int) (now - start),
       mlfqs_format (recent, sizeof recent, recent_cpu),
       mlfqs_format (load, sizeof load, load_avg));
}

void
test_mlfqs_recent_1 (void)
{
  int64_t start = mlfqs_start () + TIMER_FREQ;
  int sec;

  mlfqs_sleep_until (start);
  for (sec = 1; sec <= BUSY_SECONDS; sec++)
    {
      while (timer_ticks () < start + sec * TIMER_FREQ)
        continue;
      report (sec, start);
    }
  for (; sec <= BUSY_SECONDS + IDLE_SECONDS; sec++)
    {
      mlfqs_sleep_until (start + sec * TIMER_FREQ);
      report (sec, start);
    }
}

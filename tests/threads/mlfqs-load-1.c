/* Measures the load average while one thread keeps the CPU busy for 20
   seconds and then sleeps for 10; the checker compares each second with
   the 4.4BSD model, which rises like 1 - (59/60)^t and then decays. */

#include "tests/threads/mlfqs.h"
#include "tests/threads/tests.h"
#include "threads/thread.h"
#include "devices/timer.h"

#define BUSY_SECONDS 20
#define IDLE_SECONDS 10

void
test_mlfqs_load_1 (void)
{
  int64_t start = mlfqs_start () + TIMER_FREQ;
  int sec;

  mlfqs_sleep_until (start);
  for (sec = 1; sec <= BUSY_SECONDS; sec++)
    {
      while (timer_ticks () < start + sec * TIMER_FREQ)
        continue;
      mlfqs_report_load (start);
    }
  for (; sec <= BUSY_SECONDS + IDLE_SECONDS; sec++)
    {
      mlfqs_sleep_until (start + sec * TIMER_FREQ);
      mlfqs_report_load (start);
    }
}

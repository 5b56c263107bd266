/* Sleeps to the next whole second, computed with DIV_ROUND_UP from
   devices/timer.h, and checks that it woke on exactly that tick. */

#include "tests/threads/tests.h"
#include "threads/thread.h"
#include "devices/timer.h"

void
test_alarm_round (void)
{
  int64_t start = timer_ticks ();
  int64_t target = DIV_ROUND_UP (start + 1, TIMER_FREQ) * TIMER_FREQ;
  int64_t woke;

  timer_sleep (target - start);
  woke = timer_ticks ();
  if (woke != target)
    fail ("woke at tick %lld, expected %lld", (long long) woke,
          (long long) target);
  msg ("woke on the whole second it slept to");
  pass ();
}

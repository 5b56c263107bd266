/* Helpers shared by the 4.4BSD scheduler tests: a common starting point
   in time and the printing of values kept as hundredths. */

#include "tests/threads/mlfqs.h"
#include <stdio.h>
#include <stdlib.h>
#include "tests/threads/tests.h"
#include "threads/interrupt.h"
#include "threads/thread.h"
#include "devices/timer.h"

/* Sleeps through at least one once-a-second update and wakes MLFQS_PHASE
   ticks after the next one; prints the load average and recent_cpu found
   there and returns the tick.  The test's own time 0 is one second
   later, so the checker's model starts after one more update during
   which only sleeping threads exist.  Returns the planned tick, not the
   one we happened to wake on. */
int64_t
mlfqs_start (void)
{
  char load[16], recent[16];
  int64_t now = timer_ticks ();
  int64_t start = now - now % TIMER_FREQ + TIMER_FREQ + MLFQS_PHASE;

  ASSERT (thread_mlfqs);
  mlfqs_sleep_until (start);
  msg ("start: load average=%s, recent_cpu=%s.",
       mlfqs_format (load, sizeof load, thread_get_load_avg ()),
       mlfqs_format (recent, sizeof recent, thread_get_recent_cpu ()));
  return start;
}

/* Prints the load average, labelled with the number of once-a-second
   updates since time START (an update falls MLFQS_PHASE ticks after each
   whole second of the test).  The label comes from the tick at which the
   value was read, so a late reader still labels it right. */
void
mlfqs_report_load (int64_t start)
{
  char load[16];
  enum intr_level old_level = intr_disable ();
  int64_t now = timer_ticks ();
  int hundredths = thread_get_load_avg ();

  intr_set_level (old_level);
  msg ("After %d seconds, load average=%s.",
       (int) ((now - start + MLFQS_PHASE) / TIMER_FREQ),
       mlfqs_format (load, sizeof load, hundredths));
}

/* Sleeps until timer tick TICK, if it is still to come. */
void
mlfqs_sleep_until (int64_t tick)
{
  int64_t left = tick - timer_ticks ();

  if (left > 0)
    timer_sleep (left);
}

/* Writes HUNDREDTHS, a value times 100, as a decimal number with two
   places into BUFFER of SIZE bytes and returns BUFFER. */
const char *
mlfqs_format (char *buffer, size_t size, int hundredths)
{
  int magnitude = abs (hundredths);

  snprintf (buffer, size, "%s%d.%02d", hundredths < 0 ? "-" : "",
            magnitude / 100, magnitude % 100);
  return buffer;
}

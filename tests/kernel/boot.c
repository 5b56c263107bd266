/* Proves the kernel came up: interrupts are on, the timer ticks, and
   both page pools have memory. */

#include <stdio.h>
#include "tests/threads/tests.h"
#include "devices/timer.h"
#include "threads/interrupt.h"
#include "threads/palloc.h"
#include "threads/thread.h"

void
test_boot (void)
{
  int64_t start;

  if (intr_get_level () != INTR_ON)
    fail ("interrupts are off in a test");
  if (thread_get_priority () != PRI_DEFAULT)
    fail ("main thread has priority %d", thread_get_priority ());

  start = timer_ticks ();
  while (timer_elapsed (start) < 2)
    continue;
  msg ("timer ticks");

  if (palloc_free_count (0) == 0 || palloc_free_count (PAL_USER) == 0)
    fail ("a page pool is empty");
  msg ("both page pools have free pages");
}

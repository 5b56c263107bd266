/* Proves that creating a thread of higher priority runs it at once: the
   new thread runs to its end, yielding on the way, before thread_create
   returns to its lower-priority creator. */

#include "tests/threads/tests.h"
#include "threads/thread.h"

#define STEPS 4

static void
urgent (void *aux UNUSED)
{
  int i;

  for (i = 1; i <= STEPS; i++)
    {
      msg ("urgent thread, step %d of %d", i, STEPS);
      thread_yield ();
    }
}

void
test_priority_preempt (void)
{
  ASSERT (!thread_mlfqs);

  msg ("main creates a thread at priority %d", PRI_DEFAULT + 10);
  if (thread_create ("urgent", PRI_DEFAULT + 10, urgent, NULL)
      == TID_ERROR)
    fail ("thread_create failed");
  msg ("thread_create returned to main");
}

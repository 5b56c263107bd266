/* Proves that a thread lowering its own priority below that of a ready
   thread gives up the CPU at once, and gets it back only when the other
   thread lowers itself in turn. */

#include "tests/threads/tests.h"
#include "threads/thread.h"

static void
climber (void *aux UNUSED)
{
  msg ("climber runs at priority %d", thread_get_priority ());
  thread_set_priority (PRI_DEFAULT - 1);
  msg ("climber is back, now at priority %d", thread_get_priority ());
}

void
test_priority_change (void)
{
  ASSERT (!thread_mlfqs);

  msg ("creating climber at priority %d", PRI_DEFAULT + 1);
  if (thread_create ("climber", PRI_DEFAULT + 1, climber, NULL)
      == TID_ERROR)
    fail ("thread_create failed");
  msg ("main runs again at priority %d", thread_get_priority ());
  thread_set_priority (PRI_DEFAULT - 2);
  msg ("main is back, now at priority %d", thread_get_priority ());
}

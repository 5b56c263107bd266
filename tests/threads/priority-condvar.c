/* Proves that cond_signal wakes the waiter of highest priority: ten
   threads of distinct priorities, all above the main thread, wait on one
   condition in a scrambled order; each signal must wake the highest of
   those still waiting. */

#include <stdio.h>
#include "tests/threads/tests.h"
#include "threads/synch.h"
#include "threads/thread.h"

#define WAITER_CNT 10

static struct lock lock;
static struct condition cond;

static void
waiter (void *aux UNUSED)
{
  lock_acquire (&lock);
  cond_wait (&cond, &lock);
  msg ("waiter of priority %d was signalled", thread_get_priority ());
  lock_release (&lock);
}

void
test_priority_condvar (void)
{
  int i;

  ASSERT (!thread_mlfqs);
  lock_init (&lock);
  cond_init (&cond);

  for (i = 0; i < WAITER_CNT; i++)
    {
      int priority = PRI_DEFAULT + 1 + (i * 7) % WAITER_CNT;
      char name[16];

      snprintf (name, sizeof name, "waiter %d", priority);
      if (thread_create (name, priority, waiter, NULL) == TID_ERROR)
        fail ("thread_create failed");
    }
  for (i = 0; i < WAITER_CNT; i++)
    {
      lock_acquire (&lock);
      cond_signal (&cond, &lock);
      lock_release (&lock);
    }
  msg ("main signalled %d times", WAITER_CNT);
}

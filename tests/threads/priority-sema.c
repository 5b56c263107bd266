/* Proves that sema_up wakes the waiter of highest priority: ten threads
   of distinct priorities, all above the main thread, block on one
   semaphore in a scrambled order; each sema_up must wake the highest of
   those still waiting, which then runs at once. */

#include <stdio.h>
#include "tests/threads/tests.h"
#include "threads/synch.h"
#include "threads/thread.h"

#define WAITER_CNT 10

static struct semaphore gate;

static void
waiter (void *aux UNUSED)
{
  sema_down (&gate);
  msg ("waiter of priority %d passed the semaphore", thread_get_priority ());
}

void
test_priority_sema (void)
{
  int i;

  ASSERT (!thread_mlfqs);
  sema_init (&gate, 0);

  /* Each waiter outranks us, so it runs and blocks at once. */
  for (i = 0; i < WAITER_CNT; i++)
    {
      int priority = PRI_DEFAULT + 1 + (i * 3) % WAITER_CNT;
      char name[16];

      snprintf (name, sizeof name, "waiter %d", priority);
      if (thread_create (name, priority, waiter, NULL) == TID_ERROR)
        fail ("thread_create failed");
    }
  for (i = 0; i < WAITER_CNT; i++)
    {
      sema_up (&gate);
      msg ("main is back after sema_up %d", i + 1);
    }
}

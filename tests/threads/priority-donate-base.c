/* Proves that thread_set_priority during a donation changes only the base
   priority: lowering it (priority-donate-lower) leaves the donated
   priority in force until the lock is released, and raising it above the
   donation (priority-donate-raise) takes effect at once and keeps the
   waiter from running when it gets the lock. */

#include "tests/threads/tests.h"
#include "threads/synch.h"
#include "threads/thread.h"

static struct lock lock;

static void
waiter (void *aux UNUSED)
{
  lock_acquire (&lock);
  msg ("waiter has the lock");
  lock_release (&lock);
}

/* Holds the lock while a waiter of priority PRI_DEFAULT + 10 donates,
   sets our own priority to NEW_PRIORITY, then releases. */
static void
change_base_while_donated (int new_priority)
{
  ASSERT (!thread_mlfqs);
  lock_init (&lock);
  lock_acquire (&lock);

  if (thread_create ("waiter", PRI_DEFAULT + 10, waiter, NULL) == TID_ERROR)
    fail ("thread_create failed");
  msg ("waiter donates: priority %d", thread_get_priority ());
  thread_set_priority (new_priority);
  msg ("base set to %d: priority %d", new_priority, thread_get_priority ());
  lock_release (&lock);
  msg ("released: priority %d", thread_get_priority ());
  thread_set_priority (PRI_DEFAULT);
  msg ("base set back: priority %d", thread_get_priority ());
}

void
test_priority_donate_lower (void)
{
  change_base_while_donated (PRI_DEFAULT - 10);
}

void
test_priority_donate_raise (void)
{
  change_base_while_donated (PRI_DEFAULT + 20);
}

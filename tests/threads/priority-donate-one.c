/* Proves that a thread waiting for a lock lends its priority to the
   holder, that a second, higher waiter raises it further, and that on
   release the lock goes to the higher waiter and the holder's priority
   falls back to its own. */

#include "tests/threads/tests.h"
#include "threads/synch.h"
#include "threads/thread.h"

static struct lock lock;

static void
borrower (void *aux UNUSED)
{
  lock_acquire (&lock);
  msg ("%s has the lock", thread_name ());
  lock_release (&lock);
  msg ("%s released the lock", thread_name ());
}

void
test_priority_donate_one (void)
{
  ASSERT (!thread_mlfqs);
  lock_init (&lock);

  lock_acquire (&lock);
  if (thread_create ("lower", PRI_DEFAULT + 1, borrower, NULL) == TID_ERROR
      || thread_create ("upper", PRI_DEFAULT + 2, borrower, NULL) == TID_ERROR)
    fail ("thread_create failed");
  msg ("main holds the lock at priority %d", thread_get_priority ());
  lock_release (&lock);
  msg ("main released the lock, priority %d", thread_get_priority ());
}

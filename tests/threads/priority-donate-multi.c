/* Proves that a thread holding two locks takes the highest donation of
   their waiters, and that releasing one lock leaves the donation through
   the other in place.  priority-donate-multiple releases the lock of the
   higher donor first; priority-donate-multiple2 releases the lower
   donor's lock first, with a ready bystander between the main thread's
   own priority and the donations that must not run too early. */

#include "tests/threads/tests.h"
#include "threads/synch.h"
#include "threads/thread.h"

static struct lock lock_a, lock_b;

static void
donor (void *lock_)
{
  struct lock *lock = lock_;

  lock_acquire (lock);
  msg ("%s has its lock", thread_name ());
  lock_release (lock);
  msg ("%s finished", thread_name ());
}

static void
bystander (void *aux UNUSED)
{
  msg ("bystander finished");
}

/* Takes both locks and lets "donor a" wait for A at PRIORITY_A and
   "donor b" for B at PRIORITY_B. */
static void
start_donors (int priority_a, int priority_b)
{
  ASSERT (!thread_mlfqs);
  lock_init (&lock_a);
  lock_init (&lock_b);
  lock_acquire (&lock_a);
  lock_acquire (&lock_b);

  if (thread_create ("donor a", priority_a, donor, &lock_a) == TID_ERROR)
    fail ("thread_create failed");
  msg ("after donor a waits: priority %d", thread_get_priority ());
  if (thread_create ("donor b", priority_b, donor, &lock_b) == TID_ERROR)
    fail ("thread_create failed");
  msg ("after donor b waits: priority %d", thread_get_priority ());
}

void
test_priority_donate_multiple (void)
{
  start_donors (PRI_DEFAULT + 1, PRI_DEFAULT + 2);
  lock_release (&lock_b);
  msg ("released b: priority %d", thread_get_priority ());
  lock_release (&lock_a);
  msg ("released a: priority %d", thread_get_priority ());
}

void
test_priority_donate_multiple2 (void)
{
  start_donors (PRI_DEFAULT + 3, PRI_DEFAULT + 5);
  if (thread_create ("bystander", PRI_DEFAULT + 1, bystander, NULL)
      == TID_ERROR)
    fail ("thread_create failed");
  msg ("bystander is ready: priority %d", thread_get_priority ());
  lock_release (&lock_a);
  msg ("released a: priority %d", thread_get_priority ());
  lock_release (&lock_b);
  msg ("released b: priority %d", thread_get_priority ());
}

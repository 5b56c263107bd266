/* Proves that a donated priority counts when a semaphore picks whom to
   wake: a low thread holding a lock waits on a semaphore beside a medium
   thread, a high thread waits for the low thread's lock, and sema_up
   must wake the low thread, now carrying the high priority. */

#include "tests/threads/tests.h"
#include "threads/synch.h"
#include "threads/thread.h"

static struct lock lock;
static struct semaphore sema;

static void
low (void *aux UNUSED)
{
  lock_acquire (&lock);
  sema_down (&sema);
  msg ("low woke at priority %d", thread_get_priority ());
  lock_release (&lock);
  msg ("low finished at priority %d", thread_get_priority ());
}

static void
medium (void *aux UNUSED)
{
  sema_down (&sema);
  msg ("medium woke at priority %d", thread_get_priority ());
}

static void
high (void *aux UNUSED)
{
  lock_acquire (&lock);
  msg ("high has the lock");
  lock_release (&lock);
}

void
test_priority_donate_sema (void)
{
  ASSERT (!thread_mlfqs);
  lock_init (&lock);
  sema_init (&sema, 0);

  if (thread_create ("low", PRI_DEFAULT + 1, low, NULL) == TID_ERROR
      || thread_create ("medium", PRI_DEFAULT + 3, medium, NULL) == TID_ERROR
      || thread_create ("high", PRI_DEFAULT + 5, high, NULL) == TID_ERROR)
    fail ("thread_create failed");
  msg ("all three wait");
  sema_up (&sema);
  msg ("main after the first sema_up");
  sema_up (&sema);
  msg ("main after the second sema_up");
}

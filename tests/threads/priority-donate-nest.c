/* Proves that donation passes through a chain of two locks: a middle
   thread holding one lock waits for the main thread's lock, a high thread
   waits for the middle thread's lock, and the main thread must end up
   with the high thread's priority; releases hand everything back. */

#include "tests/threads/tests.h"
#include "threads/synch.h"
#include "threads/thread.h"

static struct lock outer, inner;

static void
middle (void *aux UNUSED)
{
  lock_acquire (&inner);
  lock_acquire (&outer);
  msg ("middle has both locks at priority %d", thread_get_priority ());
  lock_release (&outer);
  lock_release (&inner);
  msg ("middle finished at priority %d", thread_get_priority ());
}

static void
high (void *aux UNUSED)
{
  lock_acquire (&inner);
  msg ("high has the inner lock at priority %d", thread_get_priority ());
  lock_release (&inner);
  msg ("high finished");
}

void
test_priority_donate_nest (void)
{
  ASSERT (!thread_mlfqs);
  lock_init (&outer);
  lock_init (&inner);
  lock_acquire (&outer);

  if (thread_create ("middle", PRI_DEFAULT + 2, middle, NULL) == TID_ERROR)
    fail ("thread_create failed");
  msg ("middle waits: main at priority %d", thread_get_priority ());
  if (thread_create ("high", PRI_DEFAULT + 4, high, NULL) == TID_ERROR)
    fail ("thread_create failed");
  msg ("high waits: main at priority %d", thread_get_priority ());

  lock_release (&outer);
  msg ("main released the outer lock, priority %d", thread_get_priority ());
}

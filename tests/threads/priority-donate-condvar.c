/* Proves that a donated priority counts when cond_signal picks whom to
   wake: a low thread holding a second lock waits on the condition beside
   a medium thread, a high thread waits for the low thread's lock, and
   the first signal must wake the low thread. */

#include "tests/threads/tests.h"
#include "threads/synch.h"
#include "threads/thread.h"

static struct lock monitor, held;
static struct condition cond;

static void
low (void *aux UNUSED)
{
  lock_acquire (&held);
  lock_acquire (&monitor);
  cond_wait (&cond, &monitor);
  msg ("low was signalled at priority %d", thread_get_priority ());
  lock_release (&monitor);
  lock_release (&held);
  msg ("low finished at priority %d", thread_get_priority ());
}

static void
medium (void *aux UNUSED)
{
  lock_acquire (&monitor);
  cond_wait (&cond, &monitor);
  msg ("medium was signalled at priority %d", thread_get_priority ());
  lock_release (&monitor);
}

static void
high (void *aux UNUSED)
{
  lock_acquire (&held);
  msg ("high has the lock");
  lock_release (&held);
}

/* Signals COND once, holding the monitor lock as Mesa style requires. */
static void
signal_once (void)
{
  lock_acquire (&monitor);
  cond_signal (&cond, &monitor);
  lock_release (&monitor);
}

void
test_priority_donate_condvar (void)
{
  ASSERT (!thread_mlfqs);
  lock_init (&monitor);
  lock_init (&held);
  cond_init (&cond);

  if (thread_create ("low", PRI_DEFAULT + 1, low, NULL) == TID_ERROR
      || thread_create ("medium", PRI_DEFAULT + 3, medium, NULL) == TID_ERROR
      || thread_create ("high", PRI_DEFAULT + 5, high, NULL) == TID_ERROR)
    fail ("thread_create failed");
  msg ("all three wait");
  signal_once ();
  msg ("main after the first signal");
  signal_once ();
  msg ("main after the second signal");
}

/* A lock handed off to a waiter that has not run yet must still receive
   donations from threads that then wait for it. */
#include "tests/threads/tests.h"
#include "threads/synch.h"
#include "threads/thread.h"
#include "devices/timer.h"

static struct lock lock;
static volatile bool h_done;

static void
w_thread (void *aux UNUSED)
{
  lock_acquire (&lock);
  msg ("W has the lock at priority %d", thread_get_priority ());
  lock_release (&lock);
}

static void
h_thread (void *aux UNUSED)
{
  timer_sleep (5);
  lock_acquire (&lock);
  msg ("H has the lock");
  h_done = true;
  lock_release (&lock);
}

static void
m_thread (void *aux UNUSED)
{
  int64_t start = timer_ticks ();
  while (!h_done && timer_elapsed (start) < 50)
    continue;
  msg (h_done ? "M: H already done" : "M: spun 50 ticks while H (40) waited");
}

void
test_priority_handoff (void)
{
  lock_init (&lock);
  lock_acquire (&lock);
  thread_create ("W", PRI_DEFAULT - 1, w_thread, NULL);
  timer_sleep (1);              /* W runs and blocks on the lock. */
  lock_release (&lock);         /* Handed to W, which has not run. */
  thread_create ("H", PRI_DEFAULT + 9, h_thread, NULL);  /* Sleeps 5 ticks. */
  thread_create ("M", PRI_DEFAULT + 4, m_thread, NULL);  /* Spins. */
  msg ("main done");
}

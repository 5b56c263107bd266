/* Proves that donation follows a long chain: nine links deep, each thread
   holds one lock and waits for the lock of the thread below it, down to
   the main thread.  The top priority must reach the main thread and every
   thread along the way, and each must fall back to its own priority once
   it hands its lock on. */

#include <stdio.h>
#include "tests/threads/tests.h"
#include "threads/synch.h"
#include "threads/thread.h"

#define LINK_CNT 9

/* locks[K] is held by link K, or by the main thread for K = 0. */
static struct lock locks[LINK_CNT];

static int
link_priority (int k)
{
  return PRI_DEFAULT + 3 * k;
}

/* Link K (1..LINK_CNT) holds lock K, if there is one, and waits for
   lock K - 1. */
static void
link (void *k_)
{
  int k = (int) (long) k_;
  bool holds_own = k < LINK_CNT;

  if (holds_own)
    lock_acquire (&locks[k]);
  lock_acquire (&locks[k - 1]);
  msg ("link %d has lock %d at priority %d", k, k - 1,
       thread_get_priority ());
  lock_release (&locks[k - 1]);
  if (holds_own)
    lock_release (&locks[k]);
  msg ("link %d finished at priority %d", k, thread_get_priority ());
}

void
test_priority_donate_chain (void)
{
  int k;

  ASSERT (!thread_mlfqs);
  ASSERT (link_priority (LINK_CNT) <= PRI_MAX);
  for (k = 0; k < LINK_CNT; k++)
    lock_init (&locks[k]);
  lock_acquire (&locks[0]);

  for (k = 1; k <= LINK_CNT; k++)
    {
      char name[16];

      snprintf (name, sizeof name, "link %d", k);
      if (thread_create (name, link_priority (k), link, (void *) (long) k)
          == TID_ERROR)
        fail ("thread_create failed");
      msg ("link %d waits: main at priority %d", k, thread_get_priority ());
    }
  lock_release (&locks[0]);
  msg ("main released lock 0, priority %d", thread_get_priority ());
}

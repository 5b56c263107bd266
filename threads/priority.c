/* Priorities under the priority scheduler: a thread's effective
   priority is the maximum of its own (base) priority and the priorities
   of the threads waiting for locks it holds, passed along chains of
   lock holders (donation; synch.c calls in here as locks are taken and
   released).  A change of priority moves a ready thread between ready
   queues, and a thread that is outranked yields.  With -mlfqs the
   4.4BSD formulas (mlfqs.c) set every priority and donation is off.
   Part of the thread module: these functions are declared in
   threads/thread.h with the rest of it. */

#include "threads/thread.h"
#include <debug.h>
#include <list.h>
#include "threads/interrupt.h"
#include "threads/ready.h"
#include "threads/synch.h"

/* Yields the CPU if a ready thread has a higher priority than the
   running one; from an interrupt handler, on return from it. */
void
thread_yield_if_outranked (void)
{
  enum intr_level old_level = intr_disable ();
  bool outranked = ready_max_priority () > thread_current ()->priority;

  intr_set_level (old_level);
  if (!outranked)
    return;
  if (intr_context ())
    intr_yield_on_return ();
  else
    thread_yield ();
}

/* Sets T's effective priority to PRIORITY, moving it between ready
   queues if it is ready (READY means queued, so a thread in no queue is
   never taken out of one).  Once it runs, the idle thread's priority
   never changes: it holds no lock, so nothing donates to it, and the
   4.4BSD updates skip it.  Interrupts off. */
void
thread_change_priority (struct thread *t, int priority)
{
  ASSERT (intr_get_level () == INTR_OFF);
  ASSERT (!thread_is_idle (t));

  if (t->priority == priority)
    return;
  if (t->status == THREAD_READY)
    {
      ready_remove (t);
      t->priority = priority;
      ready_push (t);
    }
  else
    t->priority = priority;
}

/* Recomputes T's effective priority from its base priority and the
   waiters of the locks it holds.  Interrupts off. */
void
thread_refresh_priority (struct thread *t)
{
  int priority = t->base_priority;
  struct list_elem *e, *w;

  for (e = list_begin (&t->held_locks); e != list_end (&t->held_locks);
       e = list_next (e))
    {
      struct lock *lock = list_entry (e, struct lock, elem);
      struct list *waiters = &lock->semaphore.waiters;

      for (w = list_begin (waiters); w != list_end (waiters);
           w = list_next (w))
        {
          struct thread *waiter = list_entry (w, struct thread, elem);
          if (waiter->priority > priority)
            priority = waiter->priority;
        }
    }
  thread_change_priority (t, priority);
}

/* DONOR is about to wait for DONOR->waiting_lock: raises the holder of
   that lock, and the holder of the lock that holder waits for, and so
   on, to at least DONOR's priority.  Stops where a holder already has
   it, which also bounds the walk.  Interrupts off. */
void
thread_donate_priority (struct thread *donor)
{
  struct lock *lock = donor->waiting_lock;

  ASSERT (intr_get_level () == INTR_OFF);
  while (lock != NULL && lock->holder != NULL
         && lock->holder->priority < donor->priority)
    {
      thread_change_priority (lock->holder, donor->priority);
      lock = lock->holder->waiting_lock;
    }
}

int
thread_get_priority (void)
{
  return thread_current ()->priority;
}

/* Sets the running thread's base priority.  Donations keep the
   effective priority up until they end.  Ignored with -mlfqs. */
void
thread_set_priority (int new_priority)
{
  struct thread *cur = thread_current ();
  enum intr_level old_level;

  ASSERT (new_priority >= PRI_MIN && new_priority <= PRI_MAX);
  if (thread_mlfqs)
    return;

  old_level = intr_disable ();
  cur->base_priority = new_priority;
  thread_refresh_priority (cur);
  intr_set_level (old_level);
  thread_yield_if_outranked ();
}

/* Semaphores, locks and condition variables.  All three block and wake
   threads through the scheduler; the bookkeeping runs with interrupts
   off, which is what makes it atomic on one CPU. */

#include "threads/synch.h"
#include <stdio.h>
#include <string.h>
#include "threads/interrupt.h"
#include "threads/thread.h"

/* Removes and returns the highest-priority thread in WAITERS (the first
   of equals, so waiting is FIFO within a priority). */
static struct thread *
pop_highest_waiter (struct list *waiters)
{
  struct list_elem *e, *best = list_begin (waiters);

  for (e = list_next (best); e != list_end (waiters); e = list_next (e))
    if (list_entry (e, struct thread, elem)->priority
        > list_entry (best, struct thread, elem)->priority)
      best = e;
  list_remove (best);
  return list_entry (best, struct thread, elem);
}

/* Initializes SEMA to VALUE. */
void
sema_init (struct semaphore *sema, unsigned value)
{
  ASSERT (sema != NULL);

  sema->value = value;
  list_init (&sema->waiters);
}

/* Waits until SEMA is positive, then decrements it.  May sleep, so it
   must not be called from an interrupt handler; it may be called with
   interrupts off, and if it sleeps the next thread turns them back on.

   Units are handed off: an up with waiters gives its unit to the
   highest-priority waiter instead of raising the value, so a thread that
   ups and at once downs again cannot take the unit back before the
   waiter runs.  Locks built on this are therefore fair among equal
   priorities: a released lock goes to its longest waiter. */
void
sema_down (struct semaphore *sema)
{
  enum intr_level old_level;

  ASSERT (sema != NULL);
  ASSERT (!intr_context ());

  old_level = intr_disable ();
  if (sema->value > 0)
    sema->value--;
  else
    {
      /* sema_up hands the unit straight to us: when we wake, it is
         ours, and no thread that ran meanwhile can have taken it. */
      list_push_back (&sema->waiters, &thread_current ()->elem);
      thread_block ();
    }
  intr_set_level (old_level);
}

/* Decrements SEMA if it is positive, without waiting.  Returns true if
   it did.  Safe in interrupt handlers. */
bool
sema_try_down (struct semaphore *sema)
{
  enum intr_level old_level;
  bool success = false;

  ASSERT (sema != NULL);

  old_level = intr_disable ();
  if (sema->value > 0)
    {
      sema->value--;
      success = true;
    }
  intr_set_level (old_level);
  return success;
}

/* Ups SEMA: hands the unit to its highest-priority waiter, which runs at
   once if it outranks the caller (after the handler, in an interrupt),
   or increments the value if none waits.  Safe in interrupt handlers. */
void
sema_up (struct semaphore *sema)
{
  enum intr_level old_level;

  ASSERT (sema != NULL);

  old_level = intr_disable ();
  if (!list_empty (&sema->waiters))
    thread_unblock (pop_highest_waiter (&sema->waiters));
  else
    sema->value++;
  intr_set_level (old_level);
  thread_yield_if_outranked ();
}

/* Initializes LOCK, free. */
void
lock_init (struct lock *lock)
{
  ASSERT (lock != NULL);

  lock->holder = NULL;
  sema_init (&lock->semaphore, 1);
}

/* Acquires LOCK, sleeping until it is free.  While we wait, our priority
   is donated to the holder and down the chain of holders it waits for.
   Must not be called from an interrupt handler nor by the holder, nor
   by the idle thread, which must never hold a lock (thread.c). */
void
lock_acquire (struct lock *lock)
{
  struct thread *cur = thread_current ();
  enum intr_level old_level;

  ASSERT (lock != NULL);
  ASSERT (!intr_context ());
  ASSERT (!thread_is_idle (cur));
  ASSERT (!lock_held_by_current_thread (lock));

  old_level = intr_disable ();
  if (lock->holder != NULL)
    {
      cur->waiting_lock = lock;
      if (!thread_mlfqs)
        thread_donate_priority (cur);
    }
  sema_down (&lock->semaphore);

  /* If we waited, lock_release made us the holder before waking us;
     otherwise the lock was free. */
  cur->waiting_lock = NULL;
  if (lock->holder != cur)
    {
      lock->holder = cur;
      list_push_back (&cur->held_locks, &lock->elem);
    }
  intr_set_level (old_level);
}

/* Acquires LOCK if it is free.  Returns true if it did.  Not for the
   idle thread, nor interrupt handlers. */
bool
lock_try_acquire (struct lock *lock)
{
  enum intr_level old_level;
  bool success;

  ASSERT (lock != NULL);
  ASSERT (!intr_context ());
  ASSERT (!thread_is_idle (thread_current ()));
  ASSERT (!lock_held_by_current_thread (lock));

  old_level = intr_disable ();
  success = sema_try_down (&lock->semaphore);
  if (success)
    {
      lock->holder = thread_current ();
      list_push_back (&lock->holder->held_locks, &lock->elem);
    }
  intr_set_level (old_level);
  return success;
}

/* Releases LOCK, held by the running thread.  The donations that came
   through LOCK end; those through other held locks remain.  If threads
   wait for LOCK, the highest-priority one becomes its holder at once
   (and inherits the donations of the others still waiting), then runs
   if it outranks us. */
void
lock_release (struct lock *lock)
{
  struct thread *cur = thread_current ();
  enum intr_level old_level;

  ASSERT (lock != NULL);
  ASSERT (lock_held_by_current_thread (lock));

  old_level = intr_disable ();
  list_remove (&lock->elem);
  if (list_empty (&lock->semaphore.waiters))
    {
      lock->holder = NULL;
      lock->semaphore.value++;
    }
  else
    {
      /* Hand the lock over now, so that from this instant it has a
         holder for later waiters to donate to. */
      struct thread *next = pop_highest_waiter (&lock->semaphore.waiters);

      lock->holder = next;
      list_push_back (&next->held_locks, &lock->elem);
      next->waiting_lock = NULL;
      thread_unblock (next);
      if (!thread_mlfqs)
        thread_refresh_priority (next);
    }
  if (!thread_mlfqs)
    thread_refresh_priority (cur);
  intr_set_level (old_level);
  thread_yield_if_outranked ();
}

bool
lock_held_by_current_thread (const struct lock *lock)
{
  ASSERT (lock != NULL);

  return lock->holder == thread_current ();
}

/* Returns true if some thread is waiting to acquire LOCK.  While the
   caller holds LOCK a true answer stays true (waiters leave only when
   LOCK is released); a false one may turn true at any moment. */
bool
lock_has_waiters (struct lock *lock)
{
  ASSERT (lock != NULL);

  return !list_empty (&lock->semaphore.waiters);
}

/* Returns true if the running thread holds a lock. */
bool
lock_any_held (void)
{
  return !list_empty (&thread_current ()->held_locks);
}

/* One thread waiting on a condition variable. */
struct cond_waiter
  {
    struct list_elem elem;              /* In the condition's waiters. */
    struct semaphore semaphore;         /* Upped to wake the waiter. */
    struct thread *thread;              /* The waiter. */
  };

void
cond_init (struct condition *cond)
{
  ASSERT (cond != NULL);

  list_init (&cond->waiters);
}

/* Atomically releases LOCK and waits for COND to be signalled, then
   re-acquires LOCK before returning.  LOCK must be held. */
void
cond_wait (struct condition *cond, struct lock *lock)
{
  struct cond_waiter waiter;

  ASSERT (cond != NULL);
  ASSERT (lock != NULL);
  ASSERT (!intr_context ());
  ASSERT (lock_held_by_current_thread (lock));

  sema_init (&waiter.semaphore, 0);
  waiter.thread = thread_current ();
  list_push_back (&cond->waiters, &waiter.elem);
  lock_release (lock);
  sema_down (&waiter.semaphore);
  lock_acquire (lock);
}

/* Wakes the highest-priority thread waiting on COND, if any.  LOCK must
   be held. */
void
cond_signal (struct condition *cond, struct lock *lock)
{
  struct list_elem *e, *best;

  ASSERT (cond != NULL);
  ASSERT (lock != NULL);
  ASSERT (!intr_context ());
  ASSERT (lock_held_by_current_thread (lock));

  if (list_empty (&cond->waiters))
    return;
  best = list_begin (&cond->waiters);
  for (e = list_next (best); e != list_end (&cond->waiters); e = list_next (e))
    if (list_entry (e, struct cond_waiter, elem)->thread->priority
        > list_entry (best, struct cond_waiter, elem)->thread->priority)
      best = e;
  list_remove (best);
  sema_up (&list_entry (best, struct cond_waiter, elem)->semaphore);
}

/* Wakes every thread waiting on COND.  LOCK must be held. */
void
cond_broadcast (struct condition *cond, struct lock *lock)
{
  ASSERT (cond != NULL);
  ASSERT (lock != NULL);

  while (!list_empty (&cond->waiters))
    cond_signal (cond, lock);
}

/* Semaphores, locks with priority donation, and condition variables.
   Every wake-up picks the highest-priority waiter; among equals, the one
   that waited longest. */
#ifndef THREADS_SYNCH_H
#define THREADS_SYNCH_H

#include <list.h>
#include <stdbool.h>

/* A counting semaphore.  VALUE and WAITERS change only with interrupts
   off. */
struct semaphore
  {
    unsigned value;             /* Current value. */
    struct list waiters;        /* Blocked threads (struct thread elem). */
  };

void sema_init (struct semaphore *sema, unsigned value);
void sema_down (struct semaphore *sema);
bool sema_try_down (struct semaphore *sema);
void sema_up (struct semaphore *sema);

/* A lock: a binary semaphore with an owner.  The owner's effective
   priority is at least that of every thread waiting for the lock.
   HOLDER and ELEM change only with interrupts off. */
struct lock
  {
    struct thread *holder;      /* Owner, or NULL. */
    struct semaphore semaphore; /* Binary semaphore controlling access. */
    struct list_elem elem;      /* In the holder's held_locks. */
  };

void lock_init (struct lock *lock);
void lock_acquire (struct lock *lock);
bool lock_try_acquire (struct lock *lock);
void lock_release (struct lock *lock);
bool lock_held_by_current_thread (const struct lock *lock);
bool lock_has_waiters (struct lock *lock);
bool lock_any_held (void);

/* A condition variable (Mesa style: a signalled waiter re-checks its
   condition after it gets the lock back). */
struct condition
  {
    struct list waiters;        /* struct cond_waiter elems. */
  };

void cond_init (struct condition *cond);
void cond_wait (struct condition *cond, struct lock *lock);
void cond_signal (struct condition *cond, struct lock *lock);
void cond_broadcast (struct condition *cond, struct lock *lock);

/* An optimization barrier: the compiler does not move memory accesses
   across it. */
#define barrier() asm volatile ("" : : : "memory")

#endif /* threads/synch.h */

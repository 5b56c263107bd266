/* The ready queues: 64 FIFO queues, one per priority, and a 64-bit mask
   of the non-empty ones, so that finding the best ready thread is one
   count-leading-zeros and never a scan.  A thread is READY exactly when
   it is in one of these queues; the running thread and the idle thread
   never are.

   Locking: interrupts off, for every function here (the timer interrupt
   and thread_unblock from interrupt handlers use the queues too). */

#include "threads/ready.h"
#include <debug.h>
#include <list.h>
#include <stdint.h>
#include "threads/interrupt.h"
#include "threads/thread.h"

static struct list ready_queues[PRI_MAX + 1];
static uint64_t ready_mask;     /* Bit P set iff ready_queues[P] holds one. */
static int ready_cnt;           /* Threads in all the queues. */

/* Makes every queue empty.  Called once, by thread_init. */
void
ready_init (void)
{
  int p;

  for (p = PRI_MIN; p <= PRI_MAX; p++)
    list_init (&ready_queues[p]);
  ready_mask = 0;
  ready_cnt = 0;
}

/* Appends T, which is in no ready queue, to the queue of its priority;
   the caller makes T READY if it is not already. */
void
ready_push (struct thread *t)
{
  ASSERT (intr_get_level () == INTR_OFF);
  ASSERT (t->priority >= PRI_MIN && t->priority <= PRI_MAX);
  list_push_back (&ready_queues[t->priority], &t->elem);
  ready_mask |= 1ull << t->priority;
  ready_cnt++;
}

/* Takes T, which is READY and so queued, out of its ready queue. */
void
ready_remove (struct thread *t)
{
  ASSERT (intr_get_level () == INTR_OFF);
  ASSERT (t->status == THREAD_READY);
  ASSERT (ready_cnt > 0 && (ready_mask & (1ull << t->priority)) != 0);
  list_remove (&t->elem);
  if (list_empty (&ready_queues[t->priority]))
    ready_mask &= ~(1ull << t->priority);
  ready_cnt--;
}

/* Priority of the best ready thread, or -1 if none is ready. */
int
ready_max_priority (void)
{
  return ready_mask != 0 ? 63 - __builtin_clzll (ready_mask) : -1;
}

/* Takes the front thread of the highest non-empty queue out of it and
   returns it, or returns NULL if no thread is ready. */
struct thread *
ready_pop_best (void)
{
  int p = ready_max_priority ();
  struct thread *t;

  if (p < 0)
    return NULL;
  t = list_entry (list_front (&ready_queues[p]), struct thread, elem);
  ready_remove (t);
  return t;
}

/* The number of ready threads. */
int
ready_count (void)
{
  return ready_cnt;
}

/* In debug builds (DEBUG_CHECKS, lib/debug.h), walks every queue and
   panics unless: each queue's bit in READY_MASK is set exactly when the
   queue is non-empty, every queued thread is a READY thread of that
   queue's priority other than IDLE, and READY_CNT counts them.  The
   scheduler calls it at each switch. */
void
ready_check (const struct thread *idle)
{
  int p, cnt = 0;

  if (!DEBUG_CHECKS)
    return;
  for (p = PRI_MIN; p <= PRI_MAX; p++)
    {
      struct list_elem *e;
      bool empty = list_empty (&ready_queues[p]);

      if (empty != ((ready_mask & (1ull << p)) == 0))
        PANIC ("ready queue %d: mask bit disagrees with the queue", p);
      for (e = list_begin (&ready_queues[p]); e != list_end (&ready_queues[p]);
           e = list_next (e))
        {
          struct thread *t = list_entry (e, struct thread, elem);

          if (t == idle || t->status != THREAD_READY || t->priority != p)
            PANIC ("ready queue %d holds a thread that does not belong", p);
          cnt++;
        }
    }
  if (cnt != ready_cnt)
    PANIC ("ready count is %d, the queues hold %d", ready_cnt, cnt);
}

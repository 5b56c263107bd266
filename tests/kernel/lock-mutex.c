/* Proves that a lock gives mutual exclusion under preemption: four
   threads keep adding 1 to a shared counter, with a slow, interruptible
   read-spin-write inside the critical section, for at least 20 timer
   ticks, so the timer preempts them inside it and they contend for the
   lock.  A preemption can land outside the critical section, so while
   no thread has yet found the lock taken they go on, up to 500 ticks.  Without the lock, updates would be lost; with it, the counter
   equals the sum of every thread's own count.  The test also checks that
   the lock reports its holder. */

#include <stdio.h>
#include "tests/threads/tests.h"
#include "threads/synch.h"
#include "threads/thread.h"
#include "devices/timer.h"

#define THREAD_CNT 4
#define MIN_ITERATIONS 2000
#define MIN_TICKS 20
#define MAX_TICKS 500

static struct lock counter_lock;
static struct semaphore done;
static volatile long counter;
static volatile int inside;
static int overlap_cnt;
static long own_counts[THREAD_CNT];
static int contended_cnt;
static int64_t start;

static void
adder (void *id_)
{
  long *own = &own_counts[(int) (long) id_];

  while (*own < MIN_ITERATIONS || timer_elapsed (start) < MIN_TICKS
         || (contended_cnt == 0 && timer_elapsed (start) < MAX_TICKS))
    {
      long value;
      int spin;

      if (!lock_try_acquire (&counter_lock))
        {
          contended_cnt++;
          lock_acquire (&counter_lock);
        }
      if (inside++ != 0)
        overlap_cnt++;
      value = counter;
      for (spin = 0; spin < 200; spin++)
        barrier ();
      counter = value + 1;
      ++*own;
      inside--;
      lock_release (&counter_lock);
    }
  sema_up (&done);
}

void
test_lock_mutex (void)
{
  long total = 0;
  int i;

  lock_init (&counter_lock);
  sema_init (&done, 0);

  lock_acquire (&counter_lock);
  if (!lock_held_by_current_thread (&counter_lock))
    fail ("lock not held by its holder");
  lock_release (&counter_lock);
  if (lock_held_by_current_thread (&counter_lock))
    fail ("lock still held after release");

  start = timer_ticks ();
  for (i = 0; i < THREAD_CNT; i++)
    thread_create ("adder", PRI_DEFAULT, adder, (void *) (long) i);
  for (i = 0; i < THREAD_CNT; i++)
    sema_down (&done);

  if (overlap_cnt != 0)
    fail ("%d times two threads were inside the lock", overlap_cnt);
  for (i = 0; i < THREAD_CNT; i++)
    total += own_counts[i];
  if (counter != total)
    fail ("counter is %ld, but the threads added %ld", counter, total);
  msg ("counter equals the sum of the threads' increments");
  if (contended_cnt == 0)
    fail ("the lock was never contended; preemption was not exercised");
  msg ("the lock was contended and never shared");
}

/* Proves that cond_broadcast wakes every waiter and cond_signal exactly
   one: six threads wait for a "go" flag; one signal releases one of
   them, then a broadcast releases the other five, each of which
   re-checks the flag with the lock held. */

#include <stdio.h>
#include "tests/threads/tests.h"
#include "threads/synch.h"
#include "threads/thread.h"
#include "devices/timer.h"

#define WAITER_CNT 6

static struct lock lock;
static struct condition cond;
static int go_tickets;          /* Waiters allowed to leave. */
static int waiting;             /* Waiters inside cond_wait. */
static int woken;               /* Waiters that left. */
static struct semaphore done;

static void
waiter (void *aux UNUSED)
{
  lock_acquire (&lock);
  waiting++;
  while (go_tickets == 0)
    cond_wait (&cond, &lock);
  go_tickets--;
  waiting--;
  woken++;
  lock_release (&lock);
  sema_up (&done);
}

void
test_cond_broadcast (void)
{
  int i;

  lock_init (&lock);
  cond_init (&cond);
  sema_init (&done, 0);

  for (i = 0; i < WAITER_CNT; i++)
    thread_create ("waiter", PRI_DEFAULT, waiter, NULL);
  while (waiting < WAITER_CNT)
    timer_sleep (1);
  msg ("%d threads waiting", waiting);

  lock_acquire (&lock);
  go_tickets = 1;
  cond_signal (&cond, &lock);
  lock_release (&lock);
  sema_down (&done);
  timer_sleep (2);
  lock_acquire (&lock);
  msg ("signal woke %d, %d still waiting", woken, waiting);
  go_tickets = WAITER_CNT - 1;
  cond_broadcast (&cond, &lock);
  lock_release (&lock);

  for (i = 1; i < WAITER_CNT; i++)
    sema_down (&done);
  msg ("broadcast woke the rest: %d woken, %d waiting", woken, waiting);
}

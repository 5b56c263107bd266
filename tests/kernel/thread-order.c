/* Proves that threads of equal priority run in the order they were
   created and take turns when they yield, and that a thread that exits
   is gone for good: five threads each record their id three times,
   yielding in between, and the record must be round-robin. */

#include <stdio.h>
#include "tests/threads/tests.h"
#include "threads/synch.h"
#include "threads/thread.h"

#define THREAD_CNT 5
#define ROUNDS 3

static int record[THREAD_CNT * ROUNDS];
static int record_cnt;
static struct semaphore done;

static void
worker (void *id_)
{
  int id = (int) (long) id_;
  int i;

  for (i = 0; i < ROUNDS; i++)
    {
      record[record_cnt++] = id;
      thread_yield ();
    }
  sema_up (&done);
}

void
test_thread_order (void)
{
  int i;

  sema_init (&done, 0);

  /* The workers have a lower priority than ours, so none runs until we
     block; then they only yield to each other. */
  for (i = 0; i < THREAD_CNT; i++)
    {
      char name[16];
      snprintf (name, sizeof name, "worker %d", i);
      if (thread_create (name, PRI_DEFAULT - 1, worker, (void *) (long) i)
          == TID_ERROR)
        fail ("thread_create failed");
    }
  for (i = 0; i < THREAD_CNT; i++)
    sema_down (&done);

  if (record_cnt != THREAD_CNT * ROUNDS)
    fail ("%d records, expected %d", record_cnt, THREAD_CNT * ROUNDS);
  for (i = 0; i < record_cnt; i++)
    if (record[i] != i % THREAD_CNT)
      fail ("record %d is thread %d, expected thread %d",
            i, record[i], i % THREAD_CNT);
  msg ("%d threads took %d turns each in creation order",
       THREAD_CNT, ROUNDS);
}

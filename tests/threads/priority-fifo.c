/* Proves that threads of equal priority take turns in a fixed round-robin
   order: ten threads, all above the main thread, each note their id and
   yield, sixteen times over, and every round must list them in the order
   they were created.  Noting and yielding happen with interrupts off, so
   an expiring time slice cannot reorder them. */

#include <stdio.h>
#include <string.h>
#include "tests/threads/tests.h"
#include "threads/interrupt.h"
#include "threads/synch.h"
#include "threads/thread.h"

#define THREAD_CNT 10
#define ROUNDS 16

static int record[THREAD_CNT * ROUNDS];
static int record_cnt;
static struct semaphore done;

static void
turn_taker (void *id_)
{
  int id = (int) (long) id_;
  int i;

  for (i = 0; i < ROUNDS; i++)
    {
      enum intr_level old_level = intr_disable ();

      record[record_cnt++] = id;
      thread_yield ();
      intr_set_level (old_level);
    }
  sema_up (&done);
}

/* Prints round ROUND of the record as a list of ids. */
static void
print_round (int round)
{
  char line[64];
  size_t len = 0;
  int i;

  line[0] = '\0';
  for (i = 0; i < THREAD_CNT; i++)
    len += snprintf (line + len, sizeof line - len, " %d",
                     record[round * THREAD_CNT + i]);
  msg ("round %2d:%s", round + 1, line);
}

void
test_priority_fifo (void)
{
  int i;

  ASSERT (!thread_mlfqs);
  sema_init (&done, 0);

  /* Stay above the new threads until all of them exist. */
  thread_set_priority (PRI_DEFAULT + 2);
  for (i = 0; i < THREAD_CNT; i++)
    {
      char name[16];

      snprintf (name, sizeof name, "taker %d", i);
      if (thread_create (name, PRI_DEFAULT + 1, turn_taker, (void *) (long) i)
          == TID_ERROR)
        fail ("thread_create failed");
    }
  thread_set_priority (PRI_DEFAULT);

  for (i = 0; i < THREAD_CNT; i++)
    sema_down (&done);
  if (record_cnt != THREAD_CNT * ROUNDS)
    fail ("%d turns noted, expected %d", record_cnt, THREAD_CNT * ROUNDS);
  for (i = 0; i < ROUNDS; i++)
    print_round (i);
}

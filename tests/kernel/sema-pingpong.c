/* Proves that two semaphores hand control back and forth exactly: two
   threads alternate 100 times, each waiting for the other's up, and
   the shared sequence number they bump must stay in lock step. */

#include <stdio.h>
#include "tests/threads/tests.h"
#include "threads/synch.h"
#include "threads/thread.h"

#define ROUNDS 100

static struct semaphore ping, pong, done;
static int sequence;
static int errors;

static void
ponger (void *aux UNUSED)
{
  int i;

  for (i = 0; i < ROUNDS; i++)
    {
      sema_down (&ping);
      if (sequence != 2 * i + 1)
        errors++;
      sequence++;
      sema_up (&pong);
    }
  sema_up (&done);
}

void
test_sema_pingpong (void)
{
  int i;

  sema_init (&ping, 0);
  sema_init (&pong, 0);
  sema_init (&done, 0);
  thread_create ("ponger", PRI_DEFAULT, ponger, NULL);

  for (i = 0; i < ROUNDS; i++)
    {
      if (sequence != 2 * i)
        errors++;
      sequence++;
      sema_up (&ping);
      sema_down (&pong);
    }
  sema_down (&done);

  if (errors != 0 || sequence != 2 * ROUNDS)
    fail ("%d out-of-turn steps, sequence %d", errors, sequence);
  msg ("%d round trips in turn", ROUNDS);
  if (sema_try_down (&ping) || sema_try_down (&pong))
    fail ("a semaphore was left up");
  msg ("both semaphores back at zero");
}

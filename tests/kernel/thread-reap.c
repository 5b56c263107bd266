/* Proves that dead threads are freed without the idle thread taking a
   lock: rounds of low-priority threads exit while the main thread
   sleeps, so the idle thread runs each time with dead threads waiting
   to be freed (a kernel whose idle thread freed them would take the
   kernel-stack and heap locks there, and lock_acquire asserts that the
   idle thread never does); afterwards thread_settle frees every one, so
   the kernel pool and the heap are back where they were. */

#include <stdio.h>
#include "tests/threads/tests.h"
#include "threads/malloc.h"
#include "threads/palloc.h"
#include "threads/thread.h"
#include "devices/timer.h"

#define THREADS 30
#define ROUNDS 20

static void
exit_at_once (void *aux UNUSED)
{
}

/* Creates THREADS threads below our priority, which exit as soon as we
   sleep, and sleeps a tick while they do and the idle thread runs. */
static void
exit_round (void)
{
  int i;

  for (i = 0; i < THREADS; i++)
    if (thread_create ("reaped", PRI_DEFAULT - 1, exit_at_once, NULL)
        == TID_ERROR)
      fail ("thread_create failed");
  timer_sleep (2);
}

void
test_thread_reap (void)
{
  size_t pages, blocks;
  int round;

  /* A first round, so the heap's spare slabs exist before counting. */
  exit_round ();
  thread_settle ();
  pages = palloc_free_count (0);
  blocks = malloc_live_blocks ();

  for (round = 0; round < ROUNDS; round++)
    exit_round ();
  msg ("%d threads exited in %d rounds, the idle thread running between",
       THREADS * ROUNDS, ROUNDS);
  thread_settle ();
  if (palloc_free_count (0) != pages || malloc_live_blocks () != blocks)
    fail ("after thread_settle: %zu free kernel pages (%zu before), "
          "%zu heap blocks (%zu before)", palloc_free_count (0), pages,
          malloc_live_blocks (), blocks);
  msg ("thread_settle freed every dead thread");
}

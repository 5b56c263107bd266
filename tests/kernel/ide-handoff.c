/* Proves that a thread finishing a disk request hands the channel to a
   thread waiting for it before it goes on.

   In each round the test thread reads 256 sectors of hdd while a thread
   of the same priority, the waiter, waits for the channel to read one
   sector.  The channel is in PIO mode, so the test thread's request
   sleeps for an interrupt once per block of sectors, and the waiter
   gets the CPU during one of those sleeps and queues for the channel.
   When the test thread's read returns, the waiter must already have
   taken the channel: the count of requests that have had the channel
   must have grown by two, the reader's and the waiter's.  Were the
   channel's lock merely released, the waiter would still be in the
   ready queue then, and the count would have grown by one.

   Two kinds of round prove nothing and are skipped: one in which the
   test thread's read never slept while the waiter could run (the host
   completing every block at once), and one that lasted a time slice or
   more, in which the waiter could have been preempted before it waited
   or before it took the channel (a loaded host can stall the machine
   and deliver timer ticks in a burst).  Rounds run until three have
   proved something, or MAX_ROUNDS have run.  The test fails if any
   round shows the reader going on first, or if none proved anything. */

#include <stdio.h>
#include "tests/threads/tests.h"
#include "devices/block.h"
#include "devices/ide.h"
#include "devices/timer.h"
#include "threads/malloc.h"
#include "threads/synch.h"
#include "threads/thread.h"

#define WANTED 3                /* Rounds that must prove something. */
#define MAX_ROUNDS 200
#define SLICE_TICKS 4           /* TIME_SLICE in threads/thread.c. */
#define HDD_CHANNEL 1           /* hdd is the slave of channel 1. */
#define RUN 256                 /* Sectors of the test thread's read. */
#define WAITER_SECTOR 300       /* The sector the waiter reads. */

static struct block *hdd;
static struct semaphore done;
static volatile bool waiter_started;

static void
waiter (void *aux UNUSED)
{
  uint8_t sector[BLOCK_SECTOR_SIZE];

  waiter_started = true;
  block_read (hdd, WAITER_SECTOR, sector);
  sema_up (&done);
}

/* How a round came out. */
enum outcome
  {
    HANDED_OVER,                /* The waiter took the channel first. */
    SKIPPED,                    /* The waiter was not waiting yet, or
                                   the round took a time slice. */
    NOT_HANDED_OVER,            /* The reader went on first. */
    OUTCOME_CNT
  };

/* One round, reading into BUFFER. */
static enum outcome
run_round (uint8_t *buffer)
{
  int64_t start = timer_ticks ();
  uint64_t before, after;
  bool waited;

  waiter_started = false;
  before = ide_request_count (HDD_CHANNEL);
  thread_create ("waiter", PRI_DEFAULT, waiter, NULL);
  block_read_multiple (hdd, 0, RUN, buffer);
  after = ide_request_count (HDD_CHANNEL);
  waited = waiter_started;
  sema_down (&done);
  if (!waited || timer_elapsed (start) >= SLICE_TICKS)
    return SKIPPED;
  return after - before == 2 ? HANDED_OVER : NOT_HANDED_OVER;
}

void
test_ide_handoff (void)
{
  uint8_t *buffer = malloc (RUN * BLOCK_SECTOR_SIZE);
  int outcomes[OUTCOME_CNT] = { 0 };
  bool dma;
  int round;

  hdd = block_get_by_name ("hdd");
  if (hdd == NULL || buffer == NULL)
    fail ("no disk hdd, or no memory");
  sema_init (&done, 0);
  dma = ide_set_dma (false);
  for (round = 0; round < MAX_ROUNDS && outcomes[HANDED_OVER] < WANTED
                  && outcomes[NOT_HANDED_OVER] == 0; round++)
    outcomes[run_round (buffer)]++;
  ide_set_dma (dma);
  free (buffer);

  if (outcomes[NOT_HANDED_OVER] > 0 || outcomes[HANDED_OVER] == 0)
    fail ("of %d rounds, %d handed the channel on, %d did not, and in %d "
          "the round proved nothing", round, outcomes[HANDED_OVER],
          outcomes[NOT_HANDED_OVER], outcomes[SKIPPED]);
  msg ("the waiting thread took the channel before the reader went on");
}

/* Proves that a thread finishing a disk request lets a thread waiting
   for the channel send its own request before it goes on.

   In each round the test thread reads from hdd while a thread of the
   same priority, the waiter, waits for the channel to read one sector
   into its own buffer.  When the test thread's read returns, it makes a
   third thread ready, the witness, which only records that it ran, and
   then spins without blocking, watching the waiter's buffer.  The disk
   fills that buffer by DMA as soon as the waiter's request reaches it,
   without the waiter running again.  So the buffer fills before the
   witness runs only if the waiter sent its request between the end of
   the test thread's read and the spin.  Were the channel's lock merely
   released, the waiter would sit ready until a time slice ran out, and
   the witness, ready behind it, would run before the buffer could
   fill.

   A round in which the test thread's read never blocked (so the waiter
   was not yet waiting), or in which the host held up the disk past a
   time slice, proves nothing either way; the test fails only if no
   round of several shows the hand-over. */

#include <stdio.h>
#include <string.h>
#include "tests/threads/tests.h"
#include "devices/block.h"
#include "devices/ide.h"
#include "threads/synch.h"
#include "threads/thread.h"

#define ROUNDS 5
#define MARKED_SECTOR 100       /* The sector the waiter reads. */
#define MARK 0x5a
#define RUN 8                   /* Sectors of the test thread's read. */

static struct block *hdd;
static struct semaphore done;

/* The waiter's buffer, filled by DMA.  In the kernel image, so that the
   disk reaches it directly, not through a bounce page. */
static uint8_t waiter_buffer[BLOCK_SECTOR_SIZE] __attribute__ ((aligned (16)));
static volatile bool waiter_started;
static volatile bool witness_ran;

static void
waiter (void *aux UNUSED)
{
  waiter_started = true;
  block_read (hdd, MARKED_SECTOR, waiter_buffer);
  sema_up (&done);
}

static void
witness (void *aux UNUSED)
{
  witness_ran = true;
  sema_up (&done);
}

/* True once the disk has put the marked sector into the waiter's
   buffer. */
static bool
waiter_buffer_filled (void)
{
  return ((volatile uint8_t *) waiter_buffer)[BLOCK_SECTOR_SIZE - 1] == MARK;
}

/* How a round came out. */
enum outcome
  {
    HANDED_OVER,                /* The buffer filled before the witness ran. */
    NOT_WAITING,                /* The waiter was not waiting yet. */
    WITNESS_FIRST,              /* The witness ran first. */
    OUTCOME_CNT
  };

static enum outcome
run_round (void)
{
  static uint8_t run[RUN * BLOCK_SECTOR_SIZE];
  enum outcome outcome;

  memset (waiter_buffer, 0, sizeof waiter_buffer);
  waiter_started = witness_ran = false;
  thread_create ("waiter", PRI_DEFAULT, waiter, NULL);
  block_read_multiple (hdd, 0, RUN, run);
  if (!waiter_started)
    {
      sema_down (&done);
      return NOT_WAITING;
    }
  thread_create ("witness", PRI_DEFAULT, witness, NULL);
  while (!waiter_buffer_filled () && !witness_ran)
    continue;
  outcome = waiter_buffer_filled () && !witness_ran ? HANDED_OVER
                                                     : WITNESS_FIRST;
  sema_down (&done);
  sema_down (&done);
  return outcome;
}

void
test_ide_handoff (void)
{
  uint8_t sector[BLOCK_SECTOR_SIZE];
  int outcomes[OUTCOME_CNT] = { 0 };
  int round;

  hdd = block_get_by_name ("hdd");
  if (hdd == NULL)
    fail ("no disk hdd");
  if (!ide_set_dma (true))
    fail ("hdd's channel does no DMA, so its reads cannot be watched");
  memset (sector, MARK, sizeof sector);
  block_write (hdd, MARKED_SECTOR, sector);

  sema_init (&done, 0);
  for (round = 0; round < ROUNDS; round++)
    outcomes[run_round ()]++;
  if (outcomes[HANDED_OVER] == 0)
    fail ("no round of %d handed the channel on: in %d the waiter was not "
          "waiting yet, in %d the witness ran first", ROUNDS,
          outcomes[NOT_WAITING], outcomes[WITNESS_FIRST]);
  msg ("the waiting thread sent its request before the reader went on");
}

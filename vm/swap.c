/* The swap disk in page-sized slots of 8 sectors.

   Each slot has a reference count: normally 0 (free) or 1, more when
   fork leaves several processes with the same swapped-out contents, or
   a frame shared copy-on-write is evicted; the sharers keep the slot
   until each has read it back.  A whole page
   moves in one disk request. */

#include "vm/swap.h"
#include <debug.h>
#include <stdint.h>
#include <string.h>
#include "devices/block.h"
#include "threads/interrupt.h"
#include "threads/malloc.h"
#include "threads/synch.h"
#include "threads/thread.h"
#include "threads/vaddr.h"

#define SECTORS_PER_SLOT (PGSIZE / BLOCK_SECTOR_SIZE)

static struct block *swap_disk;
static size_t slot_cnt;
static unsigned *refs;          /* Per-slot reference counts. */
static size_t used_cnt;
static size_t next_hint;        /* Where the next search starts. */
static struct lock swap_lock;   /* Guards REFS, USED_CNT, NEXT_HINT. */

/* For the statistics: transfers in flight, the idle-tick count when the
   disk last became busy, and the idle ticks spent while it was busy.
   Guarded by turning interrupts off (the timer updates idle ticks). */
static int io_cnt;
static long long io_idle_start;
static long long io_idle_ticks;

/* Finds the swap disk; without one, every allocation fails. */
void
swap_init (void)
{
  lock_init (&swap_lock);
  swap_disk = block_get_role (BLOCK_SWAP);
  if (swap_disk == NULL)
    return;
  slot_cnt = block_size (swap_disk) / SECTORS_PER_SLOT;
  refs = calloc (slot_cnt > 0 ? slot_cnt : 1, sizeof *refs);
  if (refs == NULL)
    PANIC ("swap_init: no memory for %zu slot counts", slot_cnt);
}

/* Allocates a free slot with one reference.  Returns SIZE_MAX when swap
   is full or absent. */
size_t
swap_slot_alloc (void)
{
  size_t i, slot = SIZE_MAX;

  lock_acquire (&swap_lock);
  for (i = 0; i < slot_cnt; i++)
    {
      size_t s = (next_hint + i) % slot_cnt;
      if (refs[s] == 0)
        {
          refs[s] = 1;
          used_cnt++;
          next_hint = s + 1;
          slot = s;
          break;
        }
    }
  lock_release (&swap_lock);
  return slot;
}

/* Adds a reference to SLOT, which is in use.  Each reference is held
   by a page, so the count cannot come near overflowing. */
void
swap_slot_share (size_t slot)
{
  lock_acquire (&swap_lock);
  ASSERT (slot < slot_cnt && refs[slot] > 0 && refs[slot] < UINT32_MAX);
  refs[slot]++;
  lock_release (&swap_lock);
}

/* Drops a reference to SLOT, freeing it with the last. */
void
swap_slot_free (size_t slot)
{
  lock_acquire (&swap_lock);
  ASSERT (slot < slot_cnt && refs[slot] > 0);
  if (--refs[slot] == 0)
    used_cnt--;
  lock_release (&swap_lock);
}

/* Counts a transfer in (DELTA 1) or out (DELTA -1) of flight, adding
   the idle ticks of each busy spell to IO_IDLE_TICKS. */
static void
io_account (int delta)
{
  enum intr_level old = intr_disable ();

  if (delta > 0 && io_cnt++ == 0)
    io_idle_start = thread_idle_ticks ();
  else if (delta < 0 && --io_cnt == 0)
    io_idle_ticks += thread_idle_ticks () - io_idle_start;
  intr_set_level (old);
}

/* Writes the page at KVA to SLOT. */
void
swap_slot_write (size_t slot, const void *kva)
{
  ASSERT (slot < slot_cnt);
  io_account (1);
  block_write_multiple (swap_disk, slot * SECTORS_PER_SLOT,
                        SECTORS_PER_SLOT, kva);
  io_account (-1);
}

/* Reads SLOT into the page at KVA. */
void
swap_slot_read (size_t slot, void *kva)
{
  ASSERT (slot < slot_cnt);
  io_account (1);
  block_read_multiple (swap_disk, slot * SECTORS_PER_SLOT,
                       SECTORS_PER_SLOT, kva);
  io_account (-1);
}

/* Idle ticks spent while at least one swap transfer was in flight. */
long long
swap_idle_ticks (void)
{
  return io_idle_ticks;
}

size_t
swap_slots_used (void)
{
  return used_cnt;
}

size_t
swap_slots_total (void)
{
  return slot_cnt;
}

/* The buffer cache: a fixed array of sector buffers with clock
   replacement, write-behind and read-ahead.  See cache.h for the
   contract.

   An entry is found by its (device, sector) identity under CACHE_LOCK
   and "pinned" while a thread uses it; only unpinned entries are
   evicted.  Its contents are guarded by its own lock, which a thread
   takes only while it holds a pin, so the contents of different sectors
   are read and written in parallel.  A new identity is given to an
   entry under CACHE_LOCK before its data is read, so a second reader of
   the same sector finds the entry and waits on its lock instead of
   reading the disk too. */

#include "filesys/cache.h"
#include <debug.h>
#include <stdio.h>
#include <string.h>
#include "devices/timer.h"
#include "threads/synch.h"
#include "threads/thread.h"

/* Seconds between two runs of the write-behind thread. */
#define WRITE_BEHIND_SECONDS 3

/* Read-ahead requests that may wait at once; more are dropped. */
#define READ_AHEAD_SLOTS 16

/* One cached sector.

   Locking:
     [C]  CACHE_LOCK.
     [E]  the entry's LOCK, held only by a thread that has pinned it.
   An unpinned entry's LOCK is free, so [E] fields of unpinned entries
   may also be read under CACHE_LOCK. */
struct cache_entry
  {
    struct block *dev;                  /* [C] Device, NULL if unused. */
    block_sector_t sector;              /* [C] Sector on DEV. */
    int pins;                           /* [C] Users; evictable at 0. */
    bool accessed;                      /* [C] Clock's second chance. */
    struct lock lock;                   /* Guards the [E] fields. */
    bool valid;                         /* [E] DATA holds the sector. */
    bool dirty;                         /* [E] DATA newer than the disk. */
    uint8_t data[BLOCK_SECTOR_SIZE];    /* [E] The sector's bytes. */
  };

bool cache_enabled = true;

/* Set by cache_init; without it (no file system) there is nothing to
   report. */
static bool cache_ready;

/* The cache.  CACHE_LOCK guards the [C] fields, HAND and the counters;
   UNPINNED is signalled when an entry's pin count falls to 0. */
static struct cache_entry entries[CACHE_SECTORS];
static struct lock cache_lock;
static struct condition unpinned;
static size_t hand;
static unsigned long long hit_cnt, miss_cnt, write_back_cnt, ahead_cnt;

/* Read-ahead requests, a ring guarded by AHEAD_LOCK; AHEAD_READY counts
   the requests waiting. */
struct ahead_request
  {
    struct block *dev;
    block_sector_t sector;
  };
static struct ahead_request ahead_ring[READ_AHEAD_SLOTS];
static size_t ahead_head, ahead_cnt_waiting;
static struct lock ahead_lock;
static struct semaphore ahead_ready;

static void write_behind_thread (void *aux);
static void read_ahead_thread (void *aux);

/* Sets up the cache and starts its threads.  Needs the scheduler. */
void
cache_init (void)
{
  size_t i;

  lock_init (&cache_lock);
  cond_init (&unpinned);
  lock_init (&ahead_lock);
  sema_init (&ahead_ready, 0);
  for (i = 0; i < CACHE_SECTORS; i++)
    lock_init (&entries[i].lock);
  cache_ready = true;
  if (!cache_enabled)
    return;
  thread_create ("write-behind", PRI_DEFAULT, write_behind_thread, NULL);
  thread_create ("read-ahead", PRI_DEFAULT, read_ahead_thread, NULL);
}

/* Returns the entry that holds SECTOR of DEV, or NULL.  Caller holds
   CACHE_LOCK. */
static struct cache_entry *
find (struct block *dev, block_sector_t sector)
{
  size_t i;

  for (i = 0; i < CACHE_SECTORS; i++)
    if (entries[i].dev == dev && entries[i].sector == sector)
      return &entries[i];
  return NULL;
}

/* Advances the clock hand to an unpinned entry without a second chance
   and returns it, or NULL if every entry is pinned.  Caller holds
   CACHE_LOCK. */
static struct cache_entry *
clock_victim (void)
{
  size_t step;

  for (step = 0; step < 2 * CACHE_SECTORS + 1; step++)
    {
      struct cache_entry *e = &entries[hand];

      hand = (hand + 1) % CACHE_SECTORS;
      if (e->pins > 0)
        continue;
      if (e->dev == NULL || !e->accessed)
        return e;
      e->accessed = false;
    }
  return NULL;
}

/* Writes E's data to disk if it is dirty; returns whether it did.
   Caller holds E's lock. */
static bool
write_back (struct cache_entry *e)
{
  ASSERT (lock_held_by_current_thread (&e->lock));
  if (!e->valid || !e->dirty)
    return false;
  block_write (e->dev, e->sector, e->data);
  e->dirty = false;
  return true;
}

/* Unpins E, whose lock the caller holds, and lets it go.  WROTE says
   that the caller wrote E back, for the statistics. */
static void
release_counting (struct cache_entry *e, bool wrote)
{
  lock_release (&e->lock);
  lock_acquire (&cache_lock);
  ASSERT (e->pins > 0);
  write_back_cnt += wrote;
  if (--e->pins == 0)
    cond_broadcast (&unpinned, &cache_lock);
  lock_release (&cache_lock);
}

/* Unpins E, whose lock the caller holds, and lets it go. */
static void
release (struct cache_entry *e)
{
  release_counting (e, false);
}

/* Writes back a dirty, unpinned victim E.  Caller holds CACHE_LOCK,
   which is released meanwhile and held again on return. */
static void
clean_victim (struct cache_entry *e)
{
  e->pins++;
  lock_release (&cache_lock);
  lock_acquire (&e->lock);
  release_counting (e, write_back (e));
  lock_acquire (&cache_lock);
}

/* Gives the unpinned, clean entry E the identity SECTOR of DEV and
   returns it pinned and locked, its data not yet read.  Caller holds
   CACHE_LOCK.  E is unpinned, so its lock is free and taking it cannot
   block. */
static struct cache_entry *
claim (struct cache_entry *e, struct block *dev, block_sector_t sector,
       bool ahead)
{
  ASSERT (e->pins == 0);
  lock_acquire (&e->lock);
  e->dev = dev;
  e->sector = sector;
  e->pins = 1;
  e->accessed = true;
  e->valid = false;
  if (ahead)
    ahead_cnt++;
  else
    miss_cnt++;
  return e;
}

/* Returns the entry for SECTOR of DEV, pinned and locked, with its data
   loaded from disk unless LOAD is false (the caller overwrites all of
   it).  AHEAD says the call is a read-ahead, for the statistics. */
static struct cache_entry *
acquire (struct block *dev, block_sector_t sector, bool load, bool ahead)
{
  struct cache_entry *e;

  lock_acquire (&cache_lock);
  for (;;)
    {
      e = find (dev, sector);
      if (e != NULL)
        {
          e->pins++;
          e->accessed = true;
          hit_cnt += !ahead;
          lock_release (&cache_lock);
          lock_acquire (&e->lock);
          break;
        }
      e = clock_victim ();
      if (e == NULL)
        cond_wait (&unpinned, &cache_lock);
      else if (e->dev != NULL && e->dirty)
        clean_victim (e);
      else
        {
          claim (e, dev, sector, ahead);
          lock_release (&cache_lock);
          break;
        }
    }
  if (!e->valid && load)
    {
      block_read (dev, sector, e->data);
      e->valid = true;
    }
  return e;
}

/* Copies SIZE bytes at OFS within SECTOR of DEV into BUFFER. */
void
cache_read_at (struct block *dev, block_sector_t sector, void *buffer,
               size_t ofs, size_t size)
{
  struct cache_entry *e;

  ASSERT (ofs + size <= BLOCK_SECTOR_SIZE);
  if (!cache_enabled)
    {
      uint8_t bounce[BLOCK_SECTOR_SIZE];

      block_read (dev, sector, bounce);
      memcpy (buffer, bounce + ofs, size);
      return;
    }
  e = acquire (dev, sector, true, false);
  memcpy (buffer, e->data + ofs, size);
  release (e);
}

/* Copies SIZE bytes from BUFFER to OFS within SECTOR of DEV.  The disk
   is written later (at once without the cache). */
void
cache_write_at (struct block *dev, block_sector_t sector,
                const void *buffer, size_t ofs, size_t size)
{
  bool whole = ofs == 0 && size == BLOCK_SECTOR_SIZE;
  struct cache_entry *e;

  ASSERT (ofs + size <= BLOCK_SECTOR_SIZE);
  if (!cache_enabled)
    {
      uint8_t bounce[BLOCK_SECTOR_SIZE];

      if (whole)
        {
          block_write (dev, sector, buffer);
          return;
        }
      block_read (dev, sector, bounce);
      memcpy (bounce + ofs, buffer, size);
      block_write (dev, sector, bounce);
      return;
    }
  e = acquire (dev, sector, !whole, false);
  memcpy (e->data + ofs, buffer, size);
  e->valid = true;
  e->dirty = true;
  release (e);
}

void
cache_read (struct block *dev, block_sector_t sector, void *buffer)
{
  cache_read_at (dev, sector, buffer, 0, BLOCK_SECTOR_SIZE);
}

void
cache_write (struct block *dev, block_sector_t sector, const void *buffer)
{
  cache_write_at (dev, sector, buffer, 0, BLOCK_SECTOR_SIZE);
}

/* Makes SECTOR of DEV all zeros. */
void
cache_zero (struct block *dev, block_sector_t sector)
{
  static const uint8_t zeros[BLOCK_SECTOR_SIZE];

  cache_write (dev, sector, zeros);
}

/* Asks for SECTOR of DEV to be brought into the cache in the
   background, if it is not there already.  Never waits for the disk. */
void
cache_read_ahead (struct block *dev, block_sector_t sector)
{
  if (!cache_enabled)
    return;
  lock_acquire (&ahead_lock);
  if (ahead_cnt_waiting < READ_AHEAD_SLOTS)
    {
      size_t slot = (ahead_head + ahead_cnt_waiting) % READ_AHEAD_SLOTS;

      ahead_ring[slot] = (struct ahead_request) { dev, sector };
      ahead_cnt_waiting++;
      sema_up (&ahead_ready);
    }
  lock_release (&ahead_lock);
}

/* Serves read-ahead requests: loads each requested sector that is not
   cached yet. */
static void
read_ahead_thread (void *aux UNUSED)
{
  for (;;)
    {
      struct ahead_request r;
      bool cached;

      sema_down (&ahead_ready);
      lock_acquire (&ahead_lock);
      r = ahead_ring[ahead_head];
      ahead_head = (ahead_head + 1) % READ_AHEAD_SLOTS;
      ahead_cnt_waiting--;
      lock_release (&ahead_lock);

      lock_acquire (&cache_lock);
      cached = find (r.dev, r.sector) != NULL;
      lock_release (&cache_lock);
      if (!cached)
        release (acquire (r.dev, r.sector, true, true));
    }
}

/* Writes every dirty cached sector of DEV (of every device if DEV is
   NULL) to disk. */
void
cache_flush (struct block *dev)
{
  size_t i;

  if (!cache_enabled)
    return;
  for (i = 0; i < CACHE_SECTORS; i++)
    {
      struct cache_entry *e = &entries[i];

      lock_acquire (&cache_lock);
      if (e->dev == NULL || (dev != NULL && e->dev != dev))
        {
          lock_release (&cache_lock);
          continue;
        }
      e->pins++;
      lock_release (&cache_lock);
      lock_acquire (&e->lock);
      release_counting (e, write_back (e));
    }
}

/* Writes back and drops every cached sector of DEV, which is no longer
   used by anyone (it is being unmounted). */
void
cache_forget (struct block *dev)
{
  size_t i;

  cache_flush (dev);
  lock_acquire (&cache_lock);
  for (i = 0; i < CACHE_SECTORS; i++)
    if (entries[i].dev == dev && entries[i].pins == 0)
      {
        entries[i].dev = NULL;
        entries[i].valid = false;
      }
  lock_release (&cache_lock);
}

/* Writes dirty sectors back every WRITE_BEHIND_SECONDS. */
static void
write_behind_thread (void *aux UNUSED)
{
  for (;;)
    {
      timer_sleep (WRITE_BEHIND_SECONDS * TIMER_FREQ);
      cache_flush (NULL);
    }
}

/* Prints the cache's counters, at power-off. */
void
cache_print_stats (void)
{
  if (!cache_ready)
    return;
  if (!cache_enabled)
    {
      printf ("Cache: off\n");
      return;
    }
  printf ("Cache: %llu hits, %llu misses, %llu read-ahead, "
          "%llu write-backs\n", hit_cnt, miss_cnt, ahead_cnt,
          write_back_cnt);
}

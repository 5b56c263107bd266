/* The free map: which sectors of the file-system disk are in use.

   The map is a plain bit array, bit N for sector N (byte N / 8, bit
   N % 8), stored in MAP_SECTORS consecutive sectors from MAP_START.  The
   whole array stays in memory; each allocation or release writes the
   map sectors it changed before returning, so the disk never lags behind
   a finished call.  Bits past the end of the disk are kept set, so they
   are never handed out. */

#include "filesys/free-map.h"
#include <debug.h>
#include <stdint.h>
#include <string.h>
#include "filesys/filesys.h"
#include "threads/malloc.h"
#include "threads/synch.h"

/* Free-map state.  LOCK guards every field below it once
   free_map_init has returned. */
static struct lock lock;
static uint8_t *bits;                   /* MAP_SECTORS sectors of bits. */
static bool *dirty;                     /* Map sectors changed, unwritten. */
static block_sector_t map_start;        /* First sector of the map. */
static block_sector_t map_sectors;      /* Sectors the map occupies. */
static block_sector_t disk_sectors;     /* Sectors on the disk. */
static size_t free_cnt;                 /* Clear bits below DISK_SECTORS. */
static block_sector_t cursor;           /* Where the next search starts. */

static bool
bit_test (block_sector_t sector)
{
  return (bits[sector / 8] >> (sector % 8)) & 1;
}

/* Sets SECTOR's bit to USED and marks its map sector dirty. */
static void
bit_set (block_sector_t sector, bool used)
{
  uint8_t mask = 1 << (sector % 8);

  if (used)
    bits[sector / 8] |= mask;
  else
    bits[sector / 8] &= ~mask;
  dirty[sector / FREE_MAP_BITS_PER_SECTOR] = true;
}

/* Writes every dirty map sector to disk.  Caller holds LOCK. */
static void
flush_dirty (void)
{
  block_sector_t i;

  ASSERT (lock_held_by_current_thread (&lock));
  for (i = 0; i < map_sectors; i++)
    if (dirty[i])
      {
        block_write (fs_device, map_start + i,
                     bits + i * BLOCK_SECTOR_SIZE);
        dirty[i] = false;
      }
}

/* Counts the clear bits of the disk's sectors. */
static size_t
count_free (void)
{
  size_t cnt = 0;
  block_sector_t s;

  for (s = 0; s < disk_sectors; s++)
    if (!bit_test (s))
      cnt++;
  return cnt;
}

/* Loads the free map of a disk of DISK_SECTOR_CNT sectors, stored in the
   MAP_SECTOR_CNT sectors from MAP_FIRST.  Panics if memory runs out. */
void
free_map_init (block_sector_t map_first, block_sector_t map_sector_cnt,
               block_sector_t disk_sector_cnt)
{
  block_sector_t s;

  ASSERT ((size_t) map_sector_cnt * FREE_MAP_BITS_PER_SECTOR
          >= disk_sector_cnt);
  lock_init (&lock);
  map_start = map_first;
  map_sectors = map_sector_cnt;
  disk_sectors = disk_sector_cnt;
  bits = malloc ((size_t) map_sectors * BLOCK_SECTOR_SIZE);
  dirty = calloc (map_sectors, sizeof *dirty);
  if (bits == NULL || dirty == NULL)
    PANIC ("free_map_init: out of memory for the free map");
  block_read_multiple (fs_device, map_start, map_sectors, bits);
  for (s = disk_sectors; s < map_sectors * FREE_MAP_BITS_PER_SECTOR; s++)
    bit_set (s, true);
  free_cnt = count_free ();
  cursor = 0;
}

/* Makes a fresh map in which only sectors below FIRST_FREE are in use,
   and writes it out. */
void
free_map_format (block_sector_t first_free)
{
  block_sector_t s;

  ASSERT (first_free <= disk_sectors);
  lock_acquire (&lock);
  memset (bits, 0, (size_t) map_sectors * BLOCK_SECTOR_SIZE);
  for (s = 0; s < first_free; s++)
    bit_set (s, true);
  for (s = disk_sectors; s < map_sectors * FREE_MAP_BITS_PER_SECTOR; s++)
    bit_set (s, true);
  memset (dirty, true, map_sectors * sizeof *dirty);
  free_cnt = disk_sectors - first_free;
  cursor = first_free;
  flush_dirty ();
  lock_release (&lock);
}

/* Writes anything still unwritten and frees the in-memory map. */
void
free_map_done (void)
{
  lock_acquire (&lock);
  flush_dirty ();
  free (bits);
  free (dirty);
  bits = NULL;
  dirty = NULL;
  lock_release (&lock);
}

/* Allocates CNT sectors, not necessarily consecutive (but consecutive
   when the disk allows, searching onward from the last allocation), and
   stores their numbers in SECTORS[0..CNT-1].  All or nothing: returns
   false, changing nothing, if fewer than CNT sectors are free. */
bool
free_map_allocate (size_t cnt, block_sector_t *sectors)
{
  size_t found = 0;
  block_sector_t s;

  lock_acquire (&lock);
  if (cnt > free_cnt)
    {
      lock_release (&lock);
      return false;
    }
  for (s = cursor; found < cnt; s = s + 1 < disk_sectors ? s + 1 : 0)
    {
      if (bits[s / 8] == 0xff)
        {
          /* Skip a full byte at once; the loop's step adds the last 1. */
          s |= 7;
          if (s >= disk_sectors)
            s = disk_sectors - 1;
          continue;
        }
      if (!bit_test (s))
        {
          bit_set (s, true);
          sectors[found++] = s;
        }
    }
  free_cnt -= cnt;
  cursor = s;
  flush_dirty ();
  lock_release (&lock);
  return true;
}

/* Returns the CNT sectors in SECTORS to the map.  Zero entries (never
   allocated) are skipped.  Releasing a free sector is a bug. */
void
free_map_release (const block_sector_t *sectors, size_t cnt)
{
  size_t i;

  lock_acquire (&lock);
  for (i = 0; i < cnt; i++)
    if (sectors[i] != 0)
      {
        ASSERT (sectors[i] < disk_sectors);
        ASSERT (bit_test (sectors[i]));
        bit_set (sectors[i], false);
        free_cnt++;
      }
  flush_dirty ();
  lock_release (&lock);
}

/* Returns the number of free sectors. */
size_t
free_map_free_count (void)
{
  size_t cnt;

  lock_acquire (&lock);
  cnt = free_cnt;
  lock_release (&lock);
  return cnt;
}

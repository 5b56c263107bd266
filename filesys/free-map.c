/* The free map: which sectors of the file-system disk are in use.

   The map is a plain bit array, bit N for sector N (byte N / 8, bit
   N % 8), stored in MAP_SECTORS consecutive sectors from MAP_START.  The
   whole array stays in memory; each allocation or release writes the
   map sectors it changed into the buffer cache before returning.  Bits
   past the end of the disk are kept set, so they are never handed out.
   Each mounted disk has a map of its own. */

#include "filesys/free-map.h"
#include <debug.h>
#include <stdint.h>
#include <string.h>
#include "filesys/cache.h"
#include "threads/malloc.h"
#include "threads/synch.h"

/* A disk's free map.  LOCK guards every field below it once
   free_map_open has returned. */
struct free_map
  {
    struct block *dev;                  /* [const] The disk. */
    struct lock lock;
    uint8_t *bits;                      /* MAP_SECTORS sectors of bits. */
    bool *dirty;                        /* Map sectors changed, unwritten. */
    block_sector_t map_start;           /* First sector of the map. */
    block_sector_t map_sectors;         /* Sectors the map occupies. */
    block_sector_t disk_sectors;        /* Sectors on the disk. */
    size_t free_cnt;                    /* Clear bits below DISK_SECTORS. */
    block_sector_t cursor;              /* Where the next search starts. */
  };

static bool
bit_test (const struct free_map *m, block_sector_t sector)
{
  return (m->bits[sector / 8] >> (sector % 8)) & 1;
}

/* Sets SECTOR's bit to USED and marks its map sector dirty. */
static void
bit_set (struct free_map *m, block_sector_t sector, bool used)
{
  uint8_t mask = 1 << (sector % 8);

  if (used)
    m->bits[sector / 8] |= mask;
  else
    m->bits[sector / 8] &= ~mask;
  m->dirty[sector / FREE_MAP_BITS_PER_SECTOR] = true;
}

/* Writes every dirty map sector of M to the cache.  Caller holds M's
   lock. */
static void
flush_dirty (struct free_map *m)
{
  block_sector_t i;

  ASSERT (lock_held_by_current_thread (&m->lock));
  for (i = 0; i < m->map_sectors; i++)
    if (m->dirty[i])
      {
        cache_write (m->dev, m->map_start + i,
                     m->bits + i * BLOCK_SECTOR_SIZE);
        m->dirty[i] = false;
      }
}

/* Counts the clear bits of M's disk's sectors. */
static size_t
count_free (const struct free_map *m)
{
  size_t cnt = 0;
  block_sector_t s;

  for (s = 0; s < m->disk_sectors; s++)
    if (!bit_test (m, s))
      cnt++;
  return cnt;
}

/* Sets the bits of the sectors past the end of the disk. */
static void
set_tail (struct free_map *m)
{
  block_sector_t s;

  for (s = m->disk_sectors; s < m->map_sectors * FREE_MAP_BITS_PER_SECTOR;
       s++)
    bit_set (m, s, true);
}

/* Sets the bits of sector 0 through the map's last sector, which a
   damaged map might show free, so that they are never handed out. */
static void
set_head (struct free_map *m)
{
  block_sector_t s;

  for (s = 0; s < m->map_start + m->map_sectors; s++)
    if (!bit_test (m, s))
      bit_set (m, s, true);
}

/* Loads the free map of DEV, a file system of DISK_SECTOR_CNT sectors
   whose map is stored in the MAP_SECTOR_CNT sectors from MAP_FIRST.
   The map read from disk is untrusted: the superblock's and the map's
   own sectors are marked in use whatever it says.  Returns NULL if
   memory runs out. */
struct free_map *
free_map_open (struct block *dev, block_sector_t map_first,
               block_sector_t map_sector_cnt, block_sector_t disk_sector_cnt)
{
  struct free_map *m = calloc (1, sizeof *m);
  block_sector_t i;

  ASSERT ((size_t) map_sector_cnt * FREE_MAP_BITS_PER_SECTOR
          >= disk_sector_cnt);
  if (m == NULL)
    return NULL;
  m->dev = dev;
  lock_init (&m->lock);
  m->map_start = map_first;
  m->map_sectors = map_sector_cnt;
  m->disk_sectors = disk_sector_cnt;
  m->bits = malloc ((size_t) map_sector_cnt * BLOCK_SECTOR_SIZE);
  m->dirty = calloc (map_sector_cnt, sizeof *m->dirty);
  if (m->bits == NULL || m->dirty == NULL)
    {
      free (m->bits);
      free (m->dirty);
      free (m);
      return NULL;
    }
  for (i = 0; i < map_sector_cnt; i++)
    cache_read (dev, map_first + i, m->bits + i * BLOCK_SECTOR_SIZE);
  set_tail (m);
  set_head (m);
  m->free_cnt = count_free (m);
  return m;
}

/* Makes M a fresh map in which only sectors below FIRST_FREE are in
   use, and writes it out. */
void
free_map_format (struct free_map *m, block_sector_t first_free)
{
  block_sector_t s;

  ASSERT (first_free <= m->disk_sectors);
  lock_acquire (&m->lock);
  memset (m->bits, 0, (size_t) m->map_sectors * BLOCK_SECTOR_SIZE);
  for (s = 0; s < first_free; s++)
    bit_set (m, s, true);
  set_tail (m);
  memset (m->dirty, true, m->map_sectors * sizeof *m->dirty);
  m->free_cnt = m->disk_sectors - first_free;
  m->cursor = first_free;
  flush_dirty (m);
  lock_release (&m->lock);
}

/* Writes anything still unwritten to the cache and frees M. */
void
free_map_close (struct free_map *m)
{
  if (m == NULL)
    return;
  lock_acquire (&m->lock);
  flush_dirty (m);
  lock_release (&m->lock);
  free (m->bits);
  free (m->dirty);
  free (m);
}

/* Allocates CNT sectors of M, not necessarily consecutive (but
   consecutive when the disk allows, searching onward from the last
   allocation), and stores their numbers in SECTORS[0..CNT-1].  All or
   nothing: returns false, changing nothing, if fewer than CNT sectors
   are free. */
bool
free_map_allocate (struct free_map *m, size_t cnt, block_sector_t *sectors)
{
  size_t found = 0;
  block_sector_t s;

  lock_acquire (&m->lock);
  if (cnt > m->free_cnt)
    {
      lock_release (&m->lock);
      return false;
    }
  for (s = m->cursor; found < cnt;
       s = s + 1 < m->disk_sectors ? s + 1 : 0)
    {
      if (m->bits[s / 8] == 0xff)
        {
          /* Skip a full byte at once; the loop's step adds the last 1. */
          s |= 7;
          if (s >= m->disk_sectors)
            s = m->disk_sectors - 1;
          continue;
        }
      if (!bit_test (m, s))
        {
          bit_set (m, s, true);
          sectors[found++] = s;
        }
    }
  m->free_cnt -= cnt;
  m->cursor = s;
  flush_dirty (m);
  lock_release (&m->lock);
  return true;
}

/* Returns the CNT sectors in SECTORS to M.  Zero entries (never
   allocated) are skipped, and so are the superblock's and the map's
   sectors, sectors outside the disk, and sectors already free: on a
   damaged disk two inodes may name one sector, and the second release
   must not panic or count it twice. */
void
free_map_release (struct free_map *m, const block_sector_t *sectors,
                  size_t cnt)
{
  size_t i;

  lock_acquire (&m->lock);
  for (i = 0; i < cnt; i++)
    if (sectors[i] >= m->map_start + m->map_sectors
        && sectors[i] < m->disk_sectors && bit_test (m, sectors[i]))
      {
        bit_set (m, sectors[i], false);
        m->free_cnt++;
      }
  flush_dirty (m);
  lock_release (&m->lock);
}

/* Returns the number of free sectors in M. */
size_t
free_map_count_free (struct free_map *m)
{
  size_t cnt;

  lock_acquire (&m->lock);
  cnt = m->free_cnt;
  lock_release (&m->lock);
  return cnt;
}

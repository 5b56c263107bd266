/* The tree of sector pointers behind each inode: looking a data sector
   up, and growing or shrinking the set of allocated data sectors.

   The tree is handled as arrays of pointers at some LEVEL: a pointer at
   level 0 names a data sector, one at level 1 an index block of level-0
   pointers, one at level 2 an index block of level-1 pointers.  The
   inode's direct pointers are a level-0 array based at data sector 0,
   its indirect pointer a level-1 array of one based at 122, and its
   doubly-indirect pointer a level-2 array of one based at 250. */

#include "filesys/inode-index.h"
#include <debug.h>
#include <round.h>
#include <string.h>
#include "filesys/filesys.h"
#include "filesys/free-map.h"
#include "threads/malloc.h"

#define PTRS INDEX_PTRS_PER_SECTOR

/* Sectors of zeros, the source for clearing new data sectors. */
#define ZERO_SECTORS 8
static const uint8_t zeros[ZERO_SECTORS * BLOCK_SECTOR_SIZE];

/* The data sectors one pointer at LEVEL covers. */
static size_t
span_of (int level)
{
  return level == 0 ? 1 : level == 1 ? PTRS : PTRS * PTRS;
}

/* One of the inode's three top-level pointer arrays. */
struct top_array
  {
    block_sector_t *ptrs;
    size_t cnt;
    int level;
    size_t base;                /* First data sector the array covers. */
  };

/* Fills TOPS with DISK's three top-level arrays. */
static void
get_tops (struct inode_disk *disk, struct top_array tops[3])
{
  tops[0] = (struct top_array) { disk->direct, INODE_DIRECT_CNT, 0, 0 };
  tops[1] = (struct top_array) { &disk->indirect, 1, 1, INODE_DIRECT_CNT };
  tops[2] = (struct top_array) { &disk->doubly_indirect, 1, 2,
                                 INODE_DIRECT_CNT + PTRS };
}

void
index_cursor_init (struct index_cursor *cursor)
{
  cursor->outer_sector = 0;
  cursor->inner_sector = 0;
}

/* Returns entry I of index block SECTOR, reading the block into CACHE
   unless *CACHED_SECTOR says it is already there. */
static block_sector_t
cached_entry (block_sector_t sector, size_t i, block_sector_t *cached_sector,
              block_sector_t cache[PTRS])
{
  if (sector == 0)
    return 0;
  if (*cached_sector != sector)
    {
      block_read (fs_device, sector, cache);
      *cached_sector = sector;
    }
  return cache[i];
}

/* Returns the disk sector holding data sector IDX of the inode DISK, or
   0 if it is not allocated.  CURSOR keeps the index blocks read, for the
   next call; it is only valid while the tree does not change. */
block_sector_t
index_lookup (const struct inode_disk *disk, size_t idx,
              struct index_cursor *cursor)
{
  if (idx < INODE_DIRECT_CNT)
    return disk->direct[idx];
  idx -= INODE_DIRECT_CNT;
  if (idx < PTRS)
    return cached_entry (disk->indirect, idx, &cursor->inner_sector,
                         cursor->inner);
  idx -= PTRS;
  if (idx < PTRS * PTRS)
    {
      block_sector_t inner = cached_entry (disk->doubly_indirect, idx / PTRS,
                                           &cursor->outer_sector,
                                           cursor->outer);
      return cached_entry (inner, idx % PTRS, &cursor->inner_sector,
                           cursor->inner);
    }
  return 0;
}

/* Writes zeros to the CNT data sectors in SECTORS, in as few requests
   as their adjacency allows. */
static void
zero_sectors (const block_sector_t *sectors, size_t cnt)
{
  size_t i = 0;

  while (i < cnt)
    {
      size_t run = 1;

      while (i + run < cnt && run < ZERO_SECTORS
             && sectors[i + run] == sectors[i] + run)
        run++;
      block_write_multiple (fs_device, sectors[i], run, zeros);
      i += run;
    }
}

/* Range [*LO, *HI) of elements of an array of CNT pointers at LEVEL,
   based at data sector BASE, that cover data sectors in [FROM, TO). */
static void
clip (size_t cnt, int level, size_t base, size_t from, size_t to,
      size_t *lo, size_t *hi)
{
  size_t span = span_of (level);

  *lo = from > base ? (from - base) / span : 0;
  *hi = to > base ? DIV_ROUND_UP (to - base, span) : 0;
  if (*hi > cnt)
    *hi = cnt;
  if (*lo > *hi)
    *lo = *hi;
}

static bool grow_array (block_sector_t *ptrs, size_t cnt, int level,
                        size_t base, size_t from, size_t to);

/* Makes sure index block *SECTOR, at LEVEL >= 1 and based at BASE, and
   the data sectors in [FROM, TO) under it exist, allocating the block if
   *SECTOR is 0.  What it allocated is recorded on disk even when it
   fails, so index_shrink can undo it. */
static bool
grow_block (block_sector_t *sector, int level, size_t base, size_t from,
            size_t to)
{
  block_sector_t *block = malloc (BLOCK_SECTOR_SIZE);
  bool ok;

  if (block == NULL)
    return false;
  if (*sector == 0)
    {
      if (!free_map_allocate (1, sector))
        {
          free (block);
          return false;
        }
      memset (block, 0, BLOCK_SECTOR_SIZE);
    }
  else
    block_read (fs_device, *sector, block);
  ok = grow_array (block, PTRS, level - 1, base, from, to);
  block_write (fs_device, *sector, block);
  free (block);
  return ok;
}

/* Makes sure every data sector in [FROM, TO) under the array PTRS of CNT
   pointers at LEVEL, based at BASE, is allocated.  Data sectors are
   allocated in one batch per array and cleared to zeros. */
static bool
grow_array (block_sector_t *ptrs, size_t cnt, int level, size_t base,
            size_t from, size_t to)
{
  size_t lo, hi, i;

  clip (cnt, level, base, from, to, &lo, &hi);
  if (level == 0)
    {
      for (i = lo; i < hi; i++)
        ASSERT (ptrs[i] == 0);
      if (lo == hi || !free_map_allocate (hi - lo, ptrs + lo))
        return lo == hi;
      zero_sectors (ptrs + lo, hi - lo);
      return true;
    }
  for (i = lo; i < hi; i++)
    if (!grow_block (&ptrs[i], level, base + i * span_of (level), from, to))
      return false;
  return true;
}

static void shrink_array (block_sector_t *ptrs, size_t cnt, int level,
                          size_t base, size_t keep, size_t to);

/* Frees the data sectors in [KEEP, TO) under index block *SECTOR at
   LEVEL >= 1, based at BASE, and the block itself if nothing below KEEP
   is under it. */
static void
shrink_block (block_sector_t *sector, int level, size_t base, size_t keep,
              size_t to)
{
  block_sector_t *block = malloc (BLOCK_SECTOR_SIZE);

  if (block == NULL)
    PANIC ("index_shrink: out of memory");
  block_read (fs_device, *sector, block);
  shrink_array (block, PTRS, level - 1, base, keep, to);
  if (base >= keep)
    {
      free_map_release (sector, 1);
      *sector = 0;
    }
  else
    block_write (fs_device, *sector, block);
  free (block);
}

/* Frees the data sectors in [KEEP, TO) under the array PTRS of CNT
   pointers at LEVEL, based at BASE, and the index blocks left empty.
   Pointers that are 0 are skipped, so a partly grown tree is fine. */
static void
shrink_array (block_sector_t *ptrs, size_t cnt, int level, size_t base,
              size_t keep, size_t to)
{
  size_t lo, hi, i;

  clip (cnt, level, base, keep, to, &lo, &hi);
  if (level == 0)
    {
      free_map_release (ptrs + lo, hi - lo);
      for (i = lo; i < hi; i++)
        ptrs[i] = 0;
      return;
    }
  for (i = lo; i < hi; i++)
    if (ptrs[i] != 0)
      shrink_block (&ptrs[i], level, base + i * span_of (level), keep, to);
}

/* Allocates data sectors OLD_CNT to NEW_CNT - 1 of DISK, cleared to
   zeros, with the index blocks they need; DISK has exactly OLD_CNT data
   sectors.  Updates DISK's pointers in memory (the caller writes DISK)
   and the index blocks on disk.  On failure (disk full, out of memory)
   frees whatever it allocated, leaving DISK and the free map as they
   were, and returns false. */
bool
index_grow (struct inode_disk *disk, size_t old_cnt, size_t new_cnt)
{
  struct top_array tops[3];
  int t;

  if (new_cnt > INODE_MAX_SECTORS)
    return false;
  get_tops (disk, tops);
  for (t = 0; t < 3; t++)
    if (!grow_array (tops[t].ptrs, tops[t].cnt, tops[t].level, tops[t].base,
                     old_cnt, new_cnt))
      {
        index_shrink (disk, old_cnt, new_cnt);
        return false;
      }
  return true;
}

/* Frees data sectors KEEP_CNT to OLD_CNT - 1 of DISK and the index
   blocks that no longer cover anything.  Updates DISK's pointers in
   memory; the caller writes DISK if it lives on. */
void
index_shrink (struct inode_disk *disk, size_t keep_cnt, size_t old_cnt)
{
  struct top_array tops[3];
  int t;

  get_tops (disk, tops);
  for (t = 0; t < 3; t++)
    shrink_array (tops[t].ptrs, tops[t].cnt, tops[t].level, tops[t].base,
                  keep_cnt, old_cnt);
}

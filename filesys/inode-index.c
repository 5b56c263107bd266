/* The tree of sector pointers behind each inode: looking a data sector
   up, and growing or shrinking the set of allocated data sectors.

   The tree is handled as arrays of pointers at some LEVEL: a pointer at
   level 0 names a data sector, one at level 1 an index block of level-0
   pointers, one at level 2 an index block of level-1 pointers.  The
   inode's direct pointers are a level-0 array based at data sector 0,
   its indirect pointer a level-1 array of one based at 122, and its
   doubly-indirect pointer a level-2 array of one based at 250.

   The disk is untrusted.  index_header_ok checks an inode's own
   pointers when it is read; every entry of an index block is checked
   when it is used (volume_sector_ok), so a damaged pointer makes a
   lookup or a growth fail and is skipped when the tree is freed, but is
   never read or written through. */

#include "filesys/inode-index.h"
#include <debug.h>
#include <round.h>
#include <string.h>
#include "filesys/cache.h"
#include "filesys/free-map.h"
#include "filesys/volume.h"
#include "threads/malloc.h"

#define PTRS INDEX_PTRS_PER_SECTOR

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

/* Tells whether POINTER, read from VOL's disk, is 0 or names a sector
   in VOL's data area. */
static bool
pointer_ok (const struct volume *vol, block_sector_t pointer)
{
  return pointer == 0 || volume_sector_ok (vol, pointer);
}

/* Stores entry I of index block SECTOR in *ENTRY (0 if SECTOR is 0),
   reading the block into CACHE unless *CACHED_SECTOR says it is already
   there.  Returns false if the entry names a sector outside VOL's data
   area.  SECTOR itself has been checked. */
static bool
cached_entry (struct volume *vol, block_sector_t sector, size_t i,
              block_sector_t *cached_sector, block_sector_t cache[PTRS],
              block_sector_t *entry)
{
  *entry = 0;
  if (sector == 0)
    return true;
  if (*cached_sector != sector)
    {
      cache_read (vol->dev, sector, cache);
      *cached_sector = sector;
    }
  *entry = cache[i];
  return pointer_ok (vol, *entry);
}

/* Stores in *SECTOR the disk sector holding data sector IDX of the inode
   DISK on VOL, or 0 if it is not allocated (a hole).  Returns false,
   with *SECTOR 0, if a pointer on the way is damaged (names a sector
   outside the data area).  CURSOR keeps the index blocks read, for the
   next call; it is only valid while the tree does not change. */
bool
index_lookup (struct volume *vol, const struct inode_disk *disk, size_t idx,
              struct index_cursor *cursor, block_sector_t *sector)
{
  block_sector_t inner;

  *sector = 0;
  if (idx < INODE_DIRECT_CNT)
    {
      *sector = disk->direct[idx];
      return pointer_ok (vol, *sector);
    }
  idx -= INODE_DIRECT_CNT;
  if (idx < PTRS)
    return cached_entry (vol, disk->indirect, idx, &cursor->inner_sector,
                         cursor->inner, sector);
  idx -= PTRS;
  if (idx >= PTRS * PTRS)
    return true;
  if (!cached_entry (vol, disk->doubly_indirect, idx / PTRS,
                     &cursor->outer_sector, cursor->outer, &inner))
    return false;
  return cached_entry (vol, inner, idx % PTRS, &cursor->inner_sector,
                       cursor->inner, sector);
}

/* Tells whether the pointers in the header DISK, just read from VOL's
   disk, are sound for a length of CNT data sectors: each is 0 or names
   a sector in the data area, and none covers a data sector at or past
   CNT.  Checks only the header, so it costs no disk read; the entries
   of index blocks are checked as they are used. */
bool
index_header_ok (const struct volume *vol, const struct inode_disk *disk,
                 size_t cnt)
{
  size_t i;

  for (i = 0; i < INODE_DIRECT_CNT; i++)
    if (!pointer_ok (vol, disk->direct[i])
        || (i >= cnt && disk->direct[i] != 0))
      return false;
  if (!pointer_ok (vol, disk->indirect)
      || !pointer_ok (vol, disk->doubly_indirect))
    return false;
  return (cnt > INODE_DIRECT_CNT || disk->indirect == 0)
         && (cnt > INODE_DIRECT_CNT + PTRS || disk->doubly_indirect == 0);
}

/* Clears the CNT data sectors in SECTORS of VOL to zeros. */
static void
zero_sectors (struct volume *vol, const block_sector_t *sectors, size_t cnt)
{
  size_t i;

  for (i = 0; i < cnt; i++)
    cache_zero (vol->dev, sectors[i]);
}

/* Allocates CNT data sectors of VOL, clears them, and only then stores
   their numbers in PTRS, so that a reader racing through PTRS never
   reaches a sector that still holds a former file's bytes.  Returns
   false, changing nothing, if the disk is full or memory runs out. */
static bool
grow_data (struct volume *vol, block_sector_t *ptrs, size_t cnt)
{
  block_sector_t *fresh = malloc (cnt * sizeof *fresh);
  bool ok = fresh != NULL && free_map_allocate (vol->map, cnt, fresh);

  if (ok)
    {
      size_t i;

      zero_sectors (vol, fresh, cnt);
      /* One whole-word store per pointer (volatile, so the compiler
         cannot turn the loop into a byte copy): a reader racing through
         PTRS sees the old 0 or the new sector, never half of one. */
      for (i = 0; i < cnt; i++)
        ((volatile block_sector_t *) ptrs)[i] = fresh[i];
    }
  free (fresh);
  return ok;
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

static bool grow_array (struct volume *vol, block_sector_t *ptrs,
                        size_t cnt, int level, size_t base, size_t from,
                        size_t to);

/* Makes sure index block *SECTOR, at LEVEL >= 1 and based at BASE, and
   the data sectors in [FROM, TO) under it exist, allocating the block if
   *SECTOR is 0.  What it allocated is recorded in the block even when
   it fails, so index_shrink can undo it.  *SECTOR is set only once the
   block is written, for readers that walk the tree without a lock. */
static bool
grow_block (struct volume *vol, block_sector_t *sector, int level,
            size_t base, size_t from, size_t to)
{
  block_sector_t *block = malloc (BLOCK_SECTOR_SIZE);
  bool ok;
  block_sector_t new_sector = *sector;

  if (block == NULL)
    return false;
  if (!pointer_ok (vol, new_sector))
    {
      /* A damaged entry of the index block above. */
      free (block);
      return false;
    }
  if (new_sector == 0)
    {
      if (!free_map_allocate (vol->map, 1, &new_sector))
        {
          free (block);
          return false;
        }
      memset (block, 0, BLOCK_SECTOR_SIZE);
    }
  else
    cache_read (vol->dev, new_sector, block);
  ok = grow_array (vol, block, PTRS, level - 1, base, from, to);
  cache_write (vol->dev, new_sector, block);
  *sector = new_sector;
  free (block);
  return ok;
}

/* Makes sure every data sector in [FROM, TO) under the array PTRS of CNT
   pointers at LEVEL, based at BASE, is allocated.  Data sectors are
   allocated in one batch per array and cleared to zeros.  Each of them
   is a hole; a pointer that is not 0 there can only come from a
   damaged disk, and makes the growth fail. */
static bool
grow_array (struct volume *vol, block_sector_t *ptrs, size_t cnt, int level,
            size_t base, size_t from, size_t to)
{
  size_t lo, hi, i;

  clip (cnt, level, base, from, to, &lo, &hi);
  if (level == 0)
    {
      for (i = lo; i < hi; i++)
        if (ptrs[i] != 0)
          return false;
      return lo == hi || grow_data (vol, ptrs + lo, hi - lo);
    }
  for (i = lo; i < hi; i++)
    if (!grow_block (vol, &ptrs[i], level, base + i * span_of (level),
                     from, to))
      return false;
  return true;
}

static void shrink_array (struct volume *vol, block_sector_t *ptrs,
                          size_t cnt, int level, size_t base, size_t keep,
                          size_t to);

/* Tells whether the CNT pointers at PTRS are all null. */
static bool
all_null (const block_sector_t *ptrs, size_t cnt)
{
  size_t i;

  for (i = 0; i < cnt; i++)
    if (ptrs[i] != 0)
      return false;
  return true;
}

/* Pointers of an index block that shrink_block handles at a time, in an
   array on the kernel stack: freeing sectors never needs memory, so the
   last close of a removed file cannot fail for want of it. */
#define SHRINK_CHUNK 16

/* Frees the data sectors in [KEEP, TO) under index block *SECTOR at
   LEVEL >= 1, based at BASE, and the block itself if nothing under it
   remains allocated.  Works through the block SHRINK_CHUNK pointers at
   a time and allocates nothing. */
static void
shrink_block (struct volume *vol, block_sector_t *sector, int level,
              size_t base, size_t keep, size_t to)
{
  block_sector_t chunk[SHRINK_CHUNK], before[SHRINK_CHUNK];
  size_t first, ofs;
  bool empty = true;

  for (first = 0; first < PTRS; first += SHRINK_CHUNK)
    {
      ofs = first * sizeof *chunk;
      cache_read_at (vol->dev, *sector, chunk, ofs, sizeof chunk);
      memcpy (before, chunk, sizeof chunk);
      shrink_array (vol, chunk, SHRINK_CHUNK, level - 1,
                    base + first * span_of (level - 1), keep, to);
      if (memcmp (before, chunk, sizeof chunk))
        cache_write_at (vol->dev, *sector, chunk, ofs, sizeof chunk);
      empty = empty && all_null (chunk, SHRINK_CHUNK);
    }
  if (empty)
    {
      free_map_release (vol->map, sector, 1);
      *sector = 0;
    }
}

/* Frees the data sectors in [KEEP, TO) under the array PTRS of CNT
   pointers at LEVEL, based at BASE, and the index blocks left empty.
   Pointers that are 0 are skipped, so a partly grown tree is fine; an
   index-block pointer outside the data area (a damaged disk) is
   dropped without being followed, and free_map_release skips such data
   pointers. */
static void
shrink_array (struct volume *vol, block_sector_t *ptrs, size_t cnt,
              int level, size_t base, size_t keep, size_t to)
{
  size_t lo, hi, i;

  clip (cnt, level, base, keep, to, &lo, &hi);
  if (level == 0)
    {
      free_map_release (vol->map, ptrs + lo, hi - lo);
      for (i = lo; i < hi; i++)
        ptrs[i] = 0;
      return;
    }
  for (i = lo; i < hi; i++)
    if (!pointer_ok (vol, ptrs[i]))
      ptrs[i] = 0;
    else if (ptrs[i] != 0)
      shrink_block (vol, &ptrs[i], level, base + i * span_of (level), keep,
                    to);
}

/* Allocates data sectors OLD_CNT to NEW_CNT - 1 of DISK on VOL, cleared
   to zeros, with the index blocks they need; every one of those data
   sectors is a hole now.  Updates DISK's pointers in memory (the caller
   writes DISK) and the index blocks in the cache.  On failure (disk
   full, out of memory) frees whatever it allocated, leaving DISK and the
   free map as they were, and returns false. */
bool
index_grow (struct volume *vol, struct inode_disk *disk, size_t old_cnt,
            size_t new_cnt)
{
  struct top_array tops[3];
  int t;

  if (new_cnt > INODE_MAX_SECTORS)
    return false;
  get_tops (disk, tops);
  for (t = 0; t < 3; t++)
    if (!grow_array (vol, tops[t].ptrs, tops[t].cnt, tops[t].level,
                     tops[t].base, old_cnt, new_cnt))
      {
        index_shrink (vol, disk, old_cnt, new_cnt);
        return false;
      }
  return true;
}

/* Frees the allocated data sectors among KEEP_CNT to OLD_CNT - 1 of DISK
   on VOL and the index blocks left with nothing under them.  Updates
   DISK's pointers in memory; the caller writes DISK if it lives on. */
void
index_shrink (struct volume *vol, struct inode_disk *disk, size_t keep_cnt,
              size_t old_cnt)
{
  struct top_array tops[3];
  int t;

  get_tops (disk, tops);
  for (t = 0; t < 3; t++)
    shrink_array (vol, tops[t].ptrs, tops[t].cnt, tops[t].level,
                  tops[t].base, keep_cnt, old_cnt);
}

/* Volumes: reading a disk's superblock and free map, formatting a disk,
   and letting a volume go at unmount.

   Disk layout (docs/filesys.md has it to the byte):
     sector 0                      superblock
     sectors 1 .. M                free map (M = ceil (sectors / 4096))
     sector M + 1                  root directory's inode (at format)
     the rest                      inodes, index blocks and data, anywhere
   The superblock records where each piece is, so a later format may
   place them differently. */

#include "filesys/volume.h"
#include <debug.h>
#include <round.h>
#include <stdio.h>
#include <stdint.h>
#include <string.h>
#include "filesys/cache.h"
#include "filesys/directory.h"
#include "filesys/free-map.h"
#include "threads/malloc.h"

#define SUPERBLOCK_SECTOR 0
#define SUPERBLOCK_MAGIC 0x31534650     /* "PFS1" */

/* Entries the root directory has room for at format; it grows later. */
#define ROOT_ENTRY_CNT 64

/* The superblock, as stored on disk: exactly one sector. */
struct superblock
  {
    uint32_t magic;                     /* SUPERBLOCK_MAGIC. */
    block_sector_t sector_cnt;          /* Size of the file system. */
    block_sector_t map_start;           /* First sector of the free map. */
    block_sector_t map_sectors;         /* Sectors in the free map. */
    block_sector_t root_sector;         /* Root directory's inode. */
    uint8_t unused[BLOCK_SECTOR_SIZE - 5 * 4];
  };

/* Formats VOL's disk, described by SB, which this fills in: a fresh
   free map and an empty root directory, then the superblock.  Returns
   false if the disk is too small or memory runs out. */
static bool
format (struct volume *vol, struct superblock *sb)
{
  block_sector_t sector_cnt = block_size (vol->dev);

  printf ("Formatting file system...");
  memset (sb, 0, sizeof *sb);
  sb->magic = SUPERBLOCK_MAGIC;
  sb->sector_cnt = sector_cnt;
  sb->map_start = SUPERBLOCK_SECTOR + 1;
  sb->map_sectors = DIV_ROUND_UP (sector_cnt, FREE_MAP_BITS_PER_SECTOR);
  vol->data_start = sb->map_start + sb->map_sectors;
  vol->sector_cnt = sector_cnt;
  if (sb->map_start + sb->map_sectors + 8 > sector_cnt)
    {
      printf ("disk of %"PRDSNu32" sectors is too small.\n", sector_cnt);
      return false;
    }
  vol->map = free_map_open (vol->dev, sb->map_start, sb->map_sectors,
                            sector_cnt);
  if (vol->map == NULL)
    return false;
  free_map_format (vol->map, sb->map_start + sb->map_sectors);
  if (!free_map_allocate (vol->map, 1, &sb->root_sector)
      || !dir_create (vol, sb->root_sector, sb->root_sector,
                      ROOT_ENTRY_CNT))
    {
      printf ("no room for the root directory.\n");
      return false;
    }
  cache_write (vol->dev, SUPERBLOCK_SECTOR, sb);
  cache_flush (vol->dev);
  printf ("done.\n");
  return true;
}

/* Tells whether the superblock SB, read from DEV, describes a file
   system that fits DEV: a free map past sector 0, long enough for every
   sector, and a root inode past it, all inside the disk.  Sums are
   taken in 64 bits, so no damaged field can wrap them around. */
static bool
superblock_ok (const struct superblock *sb, struct block *dev)
{
  uint64_t data_start = (uint64_t) sb->map_start + sb->map_sectors;

  return sb->sector_cnt <= block_size (dev)
         && (uint64_t) sb->map_sectors * FREE_MAP_BITS_PER_SECTOR
            >= sb->sector_cnt
         && sb->map_start != 0
         && data_start < sb->sector_cnt
         && sb->root_sector >= data_start
         && sb->root_sector < sb->sector_cnt;
}

/* Loads the free map that the superblock SB read from VOL's disk
   describes.  Returns false, with a message, if SB is not ours or is
   damaged. */
static bool
load (struct volume *vol, const struct superblock *sb)
{
  if (!superblock_ok (sb, vol->dev))
    {
      printf ("%s: damaged superblock; not mounted.\n",
              block_name (vol->dev));
      return false;
    }
  vol->data_start = sb->map_start + sb->map_sectors;
  vol->sector_cnt = sb->sector_cnt;
  vol->map = free_map_open (vol->dev, sb->map_start, sb->map_sectors,
                            sb->sector_cnt);
  return vol->map != NULL;
}

/* Mounts the file system on DEV and returns its volume, formatting DEV
   first if FORMAT_DISK, or if it holds no file system and BLANK says so.
   Returns NULL (with a message) if DEV holds no usable file system or
   memory runs out. */
struct volume *
volume_open (struct block *dev, bool format_disk, enum volume_blank blank)
{
  struct volume *vol = calloc (1, sizeof *vol);
  struct superblock *sb = malloc (sizeof *sb);
  bool ok = false;

  if (vol != NULL && sb != NULL)
    {
      vol->dev = dev;
      cache_read (dev, SUPERBLOCK_SECTOR, sb);
      if (!format_disk && sb->magic != SUPERBLOCK_MAGIC
          && blank == VOLUME_REFUSE)
        printf ("%s: not formatted (use -f); not mounted.\n",
                block_name (dev));
      else if (format_disk || sb->magic != SUPERBLOCK_MAGIC)
        ok = format (vol, sb);
      else
        ok = load (vol, sb);
      vol->root_sector = sb->root_sector;
    }
  free (sb);
  if (!ok && vol != NULL)
    {
      free_map_close (vol->map);
      cache_forget (dev);
      free (vol);
      vol = NULL;
    }
  return vol;
}

/* Writes everything of VOL back to its disk and frees it.  Nothing on
   VOL may be open. */
void
volume_close (struct volume *vol)
{
  if (vol == NULL)
    return;
  free_map_close (vol->map);
  cache_forget (vol->dev);
  free (vol);
}

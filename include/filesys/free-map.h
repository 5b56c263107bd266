/* The free map: one bit per sector of the file-system disk, set when the
   sector is in use.  It lives in memory and is written through to a fixed
   run of sectors right after the superblock, so the disk is always up to
   date when a call returns.

   Lock order: the free map's lock is taken last among the file system's
   locks (after directory and inode locks), and nothing else is acquired
   while it is held except the disk driver's own. */
#ifndef FILESYS_FREE_MAP_H
#define FILESYS_FREE_MAP_H

#include <stdbool.h>
#include <stddef.h>
#include "devices/block.h"

/* Number of bits one sector of the map holds. */
#define FREE_MAP_BITS_PER_SECTOR (BLOCK_SECTOR_SIZE * 8)

void free_map_init (block_sector_t map_start, block_sector_t map_sectors,
                    block_sector_t disk_sectors);
void free_map_format (block_sector_t first_free);
void free_map_done (void);

bool free_map_allocate (size_t cnt, block_sector_t *sectors);
void free_map_release (const block_sector_t *sectors, size_t cnt);
size_t free_map_free_count (void);

#endif /* filesys/free-map.h */

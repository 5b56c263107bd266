/* The free map: one bit per sector of a file-system disk, set when the
   sector is in use.  It lives in memory and is written through to a fixed
   run of sectors right after the superblock, so the disk is always up to
   date in the buffer cache when a call returns.  One map per mounted
   disk.

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

struct free_map;

struct free_map *free_map_open (struct block *dev, block_sector_t map_start,
                                block_sector_t map_sectors,
                                block_sector_t disk_sectors);
void free_map_format (struct free_map *map, block_sector_t first_free);
void free_map_close (struct free_map *map);

bool free_map_allocate (struct free_map *map, size_t cnt,
                        block_sector_t *sectors);
void free_map_release (struct free_map *map, const block_sector_t *sectors,
                       size_t cnt);
size_t free_map_count_free (struct free_map *map);

#endif /* filesys/free-map.h */

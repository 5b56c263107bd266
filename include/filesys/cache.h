/* The buffer cache: CACHE_SECTORS sectors of every mounted file-system
   disk, shared by all file-system metadata and data.  Every sector the
   file system reads or writes goes through it.

   Dirty sectors are written back by a background thread every few
   seconds, when evicted, and by cache_flush (unmount, power-off, halt).
   Replacement is the clock algorithm.  Readers of different sectors
   proceed in parallel; a sector is never read from disk twice at once.

   Booted with -no-cache the cache holds nothing: every read and write
   goes straight to the disk (write-through), for measurements.

   Lock order: the cache's locks are taken after every other file-system
   lock (directory entries, open-inode list, inode, free map) and before
   the disk driver's. */
#ifndef FILESYS_CACHE_H
#define FILESYS_CACHE_H

#include <stdbool.h>
#include <stddef.h>
#include "devices/block.h"

/* Sectors the cache holds. */
#define CACHE_SECTORS 64

/* False to run without caching (boot option -no-cache); set before
   cache_init. */
extern bool cache_enabled;

void cache_init (void);
void cache_read_at (struct block *dev, block_sector_t sector, void *buffer,
                    size_t ofs, size_t size);
void cache_write_at (struct block *dev, block_sector_t sector,
                     const void *buffer, size_t ofs, size_t size);
void cache_read (struct block *dev, block_sector_t sector, void *buffer);
void cache_write (struct block *dev, block_sector_t sector,
                  const void *buffer);
void cache_zero (struct block *dev, block_sector_t sector);
void cache_read_ahead (struct block *dev, block_sector_t sector);
void cache_flush (struct block *dev);
void cache_forget (struct block *dev);
void cache_print_stats (void);

#endif /* filesys/cache.h */

/* The on-disk inode and the tree of sector pointers that maps a file's
   data sectors to disk sectors.

   Data sector I of a file (bytes I*512 to I*512+511) is found through
   the inode's pointers:
     I < 122                  direct[I]
     I < 122 + 128            indirect -> [I - 122]
     I < 122 + 128 + 128^2    doubly_indirect -> [J / 128] -> [J % 128],
                              with J = I - 250
   so a file holds up to 16,634 sectors (about 8.1 MiB).  A pointer of 0
   means "not allocated": sector 0 is the superblock, never data.  The
   tree may be sparse: a data sector inside the length whose pointer is 0
   is a hole that reads as zeros.  An index block exists exactly when
   some allocated data sector lies under it, and no pointer covers a data
   sector past the length.  Pointers read from disk are checked before
   they are followed (see inode-index.c). */
#ifndef FILESYS_INODE_INDEX_H
#define FILESYS_INODE_INDEX_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "devices/block.h"

#define INODE_MAGIC 0x494e4f44          /* "INOD" */
#define INODE_DIRECT_CNT 122
#define INDEX_PTRS_PER_SECTOR (BLOCK_SECTOR_SIZE / sizeof (block_sector_t))
#define INODE_MAX_SECTORS (INODE_DIRECT_CNT + INDEX_PTRS_PER_SECTOR \
                           + INDEX_PTRS_PER_SECTOR * INDEX_PTRS_PER_SECTOR)

/* An inode as stored on disk: exactly one sector. */
struct inode_disk
  {
    uint32_t magic;                     /* INODE_MAGIC. */
    int32_t length;                     /* File size in bytes. */
    uint32_t type;                      /* enum inode_type. */
    uint32_t reserved;                  /* Zero. */
    block_sector_t direct[INODE_DIRECT_CNT];
    block_sector_t indirect;            /* Block of 128 data pointers. */
    block_sector_t doubly_indirect;     /* Block of 128 indirect pointers. */
  };

/* Remembers the index blocks read by the last lookups, so a sequential
   walk reads each index block once.  Start with index_cursor_init. */
struct index_cursor
  {
    block_sector_t outer_sector;        /* Cached doubly-indirect block. */
    block_sector_t inner_sector;        /* Cached block of data pointers. */
    block_sector_t outer[INDEX_PTRS_PER_SECTOR];
    block_sector_t inner[INDEX_PTRS_PER_SECTOR];
  };

struct volume;

void index_cursor_init (struct index_cursor *cursor);
bool index_lookup (struct volume *vol, const struct inode_disk *disk,
                   size_t idx, struct index_cursor *cursor,
                   block_sector_t *sector);
bool index_header_ok (const struct volume *vol,
                      const struct inode_disk *disk, size_t cnt);
bool index_grow (struct volume *vol, struct inode_disk *disk,
                 size_t old_cnt, size_t new_cnt);
void index_shrink (struct volume *vol, struct inode_disk *disk,
                   size_t keep_cnt, size_t old_cnt);

#endif /* filesys/inode-index.h */

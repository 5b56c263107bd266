/* Volumes: a disk holding a file system of ours, mounted.  The
   file-system disk is the root volume; the mount system call attaches
   others over empty directories.  A volume owns its free map; its
   sectors are read and written through the buffer cache.

   Every field is constant while the volume is mounted, so nothing in a
   struct volume is locked.

   The disk is untrusted: whatever it holds, using it must not panic
   the kernel.  Every sector number read from it (an inode's pointers,
   an index block's entries, a directory entry's inode) is checked with
   volume_sector_ok before it is read or written through. */
#ifndef FILESYS_VOLUME_H
#define FILESYS_VOLUME_H

#include <stdbool.h>
#include "devices/block.h"

struct free_map;
struct inode;

/* A mounted file system. */
struct volume
  {
    struct block *dev;                  /* The disk. */
    struct free_map *map;               /* Its free map. */
    block_sector_t root_sector;         /* Its root directory's inode. */
    block_sector_t data_start;          /* First sector past the free map. */
    block_sector_t sector_cnt;          /* Sectors in the file system. */
    struct inode *covered;              /* Directory it is mounted over
                                           (open); NULL for the root. */
  };

/* What volume_open does with a disk that holds no file system. */
enum volume_blank
  {
    VOLUME_REFUSE,                      /* Fail, with a message. */
    VOLUME_FORMAT                       /* Format it. */
  };

/* Tells whether SECTOR may hold an inode, an index block or data of
   VOL: it lies past the superblock and free map and inside the file
   system. */
static inline bool
volume_sector_ok (const struct volume *vol, block_sector_t sector)
{
  return sector >= vol->data_start && sector < vol->sector_cnt;
}

struct volume *volume_open (struct block *dev, bool format,
                            enum volume_blank blank);
void volume_close (struct volume *vol);

#endif /* filesys/volume.h */

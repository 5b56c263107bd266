/* Volumes: a disk holding a file system of ours, mounted.  The
   file-system disk is the root volume; the mount system call attaches
   others over empty directories.  A volume owns its free map; its
   sectors are read and written through the buffer cache.

   Every field is constant while the volume is mounted, so nothing in a
   struct volume is locked. */
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
    struct inode *covered;              /* Directory it is mounted over
                                           (open); NULL for the root. */
  };

/* What volume_open does with a disk that holds no file system. */
enum volume_blank
  {
    VOLUME_REFUSE,                      /* Fail, with a message. */
    VOLUME_FORMAT                       /* Format it. */
  };

struct volume *volume_open (struct block *dev, bool format,
                            enum volume_blank blank);
void volume_close (struct volume *vol);

#endif /* filesys/volume.h */

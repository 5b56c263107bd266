/* Mount points: volumes attached over empty directories of other
   volumes, and the crossing of a path walk from a mount point into the
   mounted volume's root.

   Lock order: the mount lock is taken before the open-inode list lock,
   an inode's lock, the free map and the cache, and is never taken while
   a directory's entry lock is held. */
#ifndef FILESYS_MOUNT_H
#define FILESYS_MOUNT_H

#include <stdbool.h>
#include "devices/block.h"

struct inode;

/* Most volumes mounted at once, besides the root volume. */
#define MOUNT_MAX 8

void mount_init (void);
struct inode *mount_cross (struct inode *inode);
bool mount_attach (struct inode *dir, struct block *dev);
bool mount_detach (struct inode *root);
void mount_detach_all (void);

#endif /* filesys/mount.h */

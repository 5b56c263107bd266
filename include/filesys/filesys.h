/* The file system's entry points: mounting the file-system disk, and
   creating, opening and removing files by name in the root directory.

   Names are 1 to NAME_MAX characters (no '/').  Everything here is safe
   to call from many threads at once; see inode.h for the lock order. */
#ifndef FILESYS_FILESYS_H
#define FILESYS_FILESYS_H

#include <stdbool.h>
#include "devices/block.h"
#include "filesys/off_t.h"

struct file;

/* The file-system disk while mounted, else NULL.  Without a mounted
   file system, create, open and remove fail. */
extern struct block *fs_device;

void filesys_init (bool format);
void filesys_done (void);
bool filesys_create (const char *name, off_t initial_size);
struct file *filesys_open (const char *name);
bool filesys_remove (const char *name);
bool filesys_mounted (void);
block_sector_t filesys_root_sector (void);

#endif /* filesys/filesys.h */

/* The file system's entry points: mounting the root volume, and the
   operations by path name.  Paths are absolute or relative to the
   running thread's working directory (see path.h); components are 1 to
   NAME_MAX characters.  Everything here is safe to call from many
   threads at once; see inode.h for the lock order. */
#ifndef FILESYS_FILESYS_H
#define FILESYS_FILESYS_H

#include <stdbool.h>
#include <stddef.h>
#include "devices/block.h"
#include "filesys/off_t.h"

struct file;
struct inode;
struct volume;

/* The root file-system disk while mounted, else NULL. */
extern struct block *fs_device;

void filesys_init (bool format);
void filesys_flush (void);
void filesys_done (void);
bool filesys_mounted (void);
struct volume *filesys_root_volume (void);
size_t filesys_free_count (void);

bool filesys_create (const char *path, off_t initial_size);
bool filesys_mkdir (const char *path);
bool filesys_symlink (const char *target, const char *linkpath);
struct file *filesys_open (const char *path);
struct inode *filesys_open_inode (const char *path);
bool filesys_remove (const char *path);
bool filesys_chdir (const char *path);
bool filesys_mount (const char *path, int channel, int device);
bool filesys_umount (const char *path);

#endif /* filesys/filesys.h */

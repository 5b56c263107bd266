/* Directories: files of fixed-size entries, each naming an inode.  For
   now there is one, the root; it grows by whole sectors when full.

   Every operation on a directory's entries holds that directory's entry
   lock (inode_lock_entries on its inode), which all struct dirs on the
   same inode share; see inode.h for the lock order. */
#ifndef FILESYS_DIRECTORY_H
#define FILESYS_DIRECTORY_H

#include <stdbool.h>
#include <stddef.h>
#include "devices/block.h"

/* Longest file name, not counting the terminating null. */
#define NAME_MAX 14

struct inode;
struct dir;

bool dir_create (block_sector_t sector, size_t entry_cnt);
struct dir *dir_open (struct inode *inode);
struct dir *dir_open_root (void);
void dir_close (struct dir *dir);
struct inode *dir_get_inode (struct dir *dir);

bool dir_name_valid (const char *name);
struct inode *dir_open_entry (struct dir *dir, const char *name);
bool dir_lookup (struct dir *dir, const char *name, block_sector_t *sector);
bool dir_add (struct dir *dir, const char *name, block_sector_t sector);
bool dir_remove (struct dir *dir, const char *name);
bool dir_readdir (struct dir *dir, char name[NAME_MAX + 1]);

#endif /* filesys/directory.h */

/* Directories: files of fixed-size entries, each naming an inode; "."
   and ".." come first.  A directory grows by whole sectors when full.

   Every operation on a directory's entries holds that directory's entry
   lock (inode_lock_entries on its inode), which all struct dirs on the
   same inode share; see inode.h for the lock order.  Removing a
   directory takes its parent's entry lock, then its own. */
#ifndef FILESYS_DIRECTORY_H
#define FILESYS_DIRECTORY_H

#include <stdbool.h>
#include <stddef.h>
#include "devices/block.h"
#include "filesys/off_t.h"

/* Longest file name, not counting the terminating null. */
#define NAME_MAX 14

struct inode;
struct dir;
struct volume;

bool dir_create (struct volume *vol, block_sector_t sector,
                 block_sector_t parent_sector, size_t entry_cnt);
struct dir *dir_open (struct inode *inode);
struct dir *dir_open_root (void);
void dir_close (struct dir *dir);
struct inode *dir_get_inode (struct dir *dir);

bool dir_name_valid (const char *name);
struct inode *dir_open_entry (struct dir *dir, const char *name);
bool dir_lookup (struct dir *dir, const char *name, block_sector_t *sector);
bool dir_add (struct dir *dir, const char *name, block_sector_t sector);
bool dir_remove (struct dir *dir, const char *name);
bool dir_set_mounted (struct inode *inode, struct volume *vol);
bool dir_readdir (struct dir *dir, char name[NAME_MAX + 1]);
bool dir_read_entry (struct inode *inode, off_t *pos,
                     char name[NAME_MAX + 1]);
struct inode *dir_open_child (struct inode *inode, const char *name);

#endif /* filesys/directory.h */

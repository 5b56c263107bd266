/* Inodes: the file system's objects, named by their volume and the
   sector that holds their on-disk header.  An inode records a length, a
   type and the sectors of its data.  The data sectors of the length
   given at creation are allocated then; a write past the end allocates
   the sectors it writes, and skipped sectors stay holes reading as
   zeros.

   Opening the same sector twice yields the same struct inode with a
   larger open count.  A removed inode keeps working for those who have it
   open; its sectors go back to the free map at the last close.

   Lock order (file system wide, outer to inner):
     1. a directory's entry lock (inode_lock_entries),
     2. the open-inode list lock (inside inode.c),
     3. an inode's own lock (removal, write denial, writes, growth),
     4. the free-map lock,
     5. the buffer cache's locks (cache.h),
     6. the disk driver's lock.
   A thread holding a lock from one level takes only locks from later
   levels; at level 1 it holds at most one directory's lock. */
#ifndef FILESYS_INODE_H
#define FILESYS_INODE_H

#include <stdbool.h>
#include <stddef.h>
#include "devices/block.h"
#include "filesys/off_t.h"

struct inode;
struct volume;

/* What an inode holds. */
enum inode_type
  {
    INODE_FILE = 1,             /* Ordinary file. */
    INODE_DIR = 2,              /* Directory (an array of entries). */
    INODE_SYMLINK = 3           /* Symbolic link (its target path). */
  };

void inode_init (void);
bool inode_create (struct volume *vol, block_sector_t sector, off_t length,
                   enum inode_type type, const void *head,
                   size_t head_size);
struct inode *inode_open (struct volume *vol, block_sector_t sector);
struct inode *inode_reopen (struct inode *inode);
void inode_close (struct inode *inode);
void inode_remove (struct inode *inode);
bool inode_is_removed (const struct inode *inode);
block_sector_t inode_get_inumber (const struct inode *inode);
struct volume *inode_get_volume (const struct inode *inode);
struct volume *inode_get_mounted (struct inode *inode);
void inode_set_mounted (struct inode *inode, struct volume *vol);
enum inode_type inode_get_type (const struct inode *inode);
off_t inode_length (const struct inode *inode);

off_t inode_read_at (struct inode *inode, void *buffer, off_t size,
                     off_t offset);
void inode_read_ahead (struct inode *inode, off_t offset);
off_t inode_write_at (struct inode *inode, const void *buffer, off_t size,
                      off_t offset);
bool inode_extend (struct inode *inode, off_t length);

void inode_deny_write (struct inode *inode);
void inode_allow_write (struct inode *inode);

void inode_lock_entries (struct inode *inode);
void inode_unlock_entries (struct inode *inode);
bool inode_entries_locked (const struct inode *inode);

size_t inode_open_count (void);
size_t inode_count_open (struct volume *vol, const struct inode *except);
void inode_release_removed (void);

#endif /* filesys/inode.h */

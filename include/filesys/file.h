/* Open files: an inode plus a position and a write-denial flag.  Each
   struct file belongs to one owner at a time (a file descriptor, the
   loader); owners that share one across threads serialize their calls,
   because the position is not locked.  The inode underneath may be
   shared freely. */
#ifndef FILESYS_FILE_H
#define FILESYS_FILE_H

#include <stdbool.h>
#include "filesys/off_t.h"

struct inode;
struct file;

struct file *file_open (struct inode *inode);
struct file *file_reopen (struct file *file);
struct file *file_duplicate (struct file *file);
void file_close (struct file *file);
struct inode *file_get_inode (struct file *file);

off_t file_read (struct file *file, void *buffer, off_t size);
off_t file_read_at (struct file *file, void *buffer, off_t size,
                    off_t offset);
off_t file_write (struct file *file, const void *buffer, off_t size);
off_t file_write_at (struct file *file, const void *buffer, off_t size,
                     off_t offset);

void file_deny_write (struct file *file);
void file_allow_write (struct file *file);

void file_seek (struct file *file, off_t position);
off_t file_tell (struct file *file);
off_t file_length (struct file *file);

#endif /* filesys/file.h */

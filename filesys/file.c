/* Open files: a position and a write denial on top of a shared inode. */

#include "filesys/file.h"
#include <debug.h>
#include "filesys/inode.h"
#include "threads/malloc.h"

/* An open file.  Owned by one opener; nothing here is locked. */
struct file
  {
    struct inode *inode;        /* Owned: closed by file_close. */
    off_t pos;                  /* Where file_read and file_write go. */
    bool deny_write;            /* Has this file denied writes? */
  };

/* Opens a file over INODE, taking over the caller's reference to it.
   Returns NULL, closing INODE, if INODE is NULL or memory runs out. */
struct file *
file_open (struct inode *inode)
{
  struct file *file = NULL;

  if (inode != NULL)
    file = malloc (sizeof *file);
  if (file == NULL)
    {
      inode_close (inode);
      return NULL;
    }
  file->inode = inode;
  file->pos = 0;
  file->deny_write = false;
  return file;
}

/* Opens FILE's inode again, as a new file at position 0 that denies
   nothing.  Returns NULL if memory runs out. */
struct file *
file_reopen (struct file *file)
{
  return file_open (inode_reopen (file->inode));
}

/* Returns a new file on FILE's inode with FILE's position, denying
   writes if FILE does (the copy's denial is its own, undone when it is
   closed).  For fork.  Returns NULL if memory runs out. */
struct file *
file_duplicate (struct file *file)
{
  struct file *copy = file_reopen (file);

  if (copy != NULL)
    {
      copy->pos = file->pos;
      if (file->deny_write)
        file_deny_write (copy);
    }
  return copy;
}

/* Closes FILE, undoing its write denial, and its inode. */
void
file_close (struct file *file)
{
  if (file != NULL)
    {
      file_allow_write (file);
      inode_close (file->inode);
      free (file);
    }
}

struct inode *
file_get_inode (struct file *file)
{
  return file->inode;
}

/* Returns SIZE, cut so that FILE's position plus SIZE stays a valid
   off_t: no byte of a file lies at or beyond INT32_MAX. */
static off_t
clip_to_max (const struct file *file, off_t size)
{
  return size > INT32_MAX - file->pos ? INT32_MAX - file->pos : size;
}

/* Reads up to SIZE bytes into BUFFER from the current position and
   advances it.  Returns the bytes read, fewer than SIZE at end of
   file. */
off_t
file_read (struct file *file, void *buffer, off_t size)
{
  off_t done = inode_read_at (file->inode, buffer, clip_to_max (file, size),
                              file->pos);

  file->pos += done;
  if (done > 0)
    inode_read_ahead (file->inode, file->pos - 1);
  return done;
}

/* Reads up to SIZE bytes into BUFFER from OFFSET; the position stays. */
off_t
file_read_at (struct file *file, void *buffer, off_t size, off_t offset)
{
  return inode_read_at (file->inode, buffer, size, offset);
}

/* Writes up to SIZE bytes from BUFFER at the current position and
   advances it.  Returns the bytes written: fewer than SIZE if the file
   ends first (files do not grow), 0 while writes are denied. */
off_t
file_write (struct file *file, const void *buffer, off_t size)
{
  off_t done = inode_write_at (file->inode, buffer, clip_to_max (file, size),
                               file->pos);

  file->pos += done;
  return done;
}

/* Writes up to SIZE bytes from BUFFER at OFFSET; the position stays. */
off_t
file_write_at (struct file *file, const void *buffer, off_t size,
               off_t offset)
{
  return inode_write_at (file->inode, buffer, size, offset);
}

/* Denies writes to FILE's inode, through any file, until
   file_allow_write or file_close.  Denying twice counts once. */
void
file_deny_write (struct file *file)
{
  if (!file->deny_write)
    {
      file->deny_write = true;
      inode_deny_write (file->inode);
    }
}

/* Lifts FILE's own denial, if any; others' denials stay. */
void
file_allow_write (struct file *file)
{
  if (file->deny_write)
    {
      file->deny_write = false;
      inode_allow_write (file->inode);
    }
}

/* Sets the position to POSITION bytes from the start; past the end of
   file is allowed (reads there return 0 bytes).  Callers clamp
   positions that come from users (the seek system call). */
void
file_seek (struct file *file, off_t position)
{
  ASSERT (position >= 0);
  file->pos = position;
}

off_t
file_tell (struct file *file)
{
  return file->pos;
}

off_t
file_length (struct file *file)
{
  return inode_length (file->inode);
}

/* In-memory inodes: the table of open inodes, reading and writing data,
   removal at last close, and write denial.  The layout of an inode's
   data sectors is inode-index.c's business. */

#include "filesys/inode.h"
#include <debug.h>
#include <list.h>
#include <round.h>
#include <string.h>
#include "filesys/filesys.h"
#include "filesys/free-map.h"
#include "filesys/inode-index.h"
#include "threads/malloc.h"
#include "threads/synch.h"
#include "threads/thread.h"

/* An open inode.  One exists per open sector, shared by all openers.

   Locking:
     [const]  set before the inode is published in OPEN_INODES.
     [L]      OPEN_INODES_LOCK.
     [I]      the inode's LOCK.
     [I, r]   written holding LOCK; read without it (an aligned 32-bit
              field, and growth only ever makes it larger).
   Data sectors are read without any lock; writes to them hold LOCK, so
   a sector's read-modify-write never interleaves with another write. */
struct inode
  {
    struct list_elem elem;              /* [L] In OPEN_INODES. */
    block_sector_t sector;              /* [const] Sector of the header. */
    int open_cnt;                       /* [L] Openers. */
    struct lock lock;                   /* Guards the [I] fields. */
    bool removed;                       /* [I] Free sectors at last close. */
    int deny_write_cnt;                 /* [I] Writes allowed when 0. */
    struct inode_disk data;             /* [I, r] Copy of the header. */
    struct lock entries_lock;           /* For directories: their entries. */
  };

/* Every open inode, and the lock that guards the list and the inodes'
   OPEN_CNTs. */
static struct list open_inodes;
static struct lock open_inodes_lock;

void
inode_init (void)
{
  list_init (&open_inodes);
  lock_init (&open_inodes_lock);
}

/* Number of whole or partial sectors in LENGTH bytes. */
static size_t
bytes_to_sectors (off_t length)
{
  return DIV_ROUND_UP ((size_t) length, BLOCK_SECTOR_SIZE);
}

/* Writes an inode header of TYPE at SECTOR, which the caller has
   allocated, with LENGTH bytes of data, all zero.  Returns false if the
   disk lacks the room or memory runs out, having given back every sector
   it took (SECTOR stays the caller's). */
bool
inode_create (block_sector_t sector, off_t length, enum inode_type type)
{
  struct inode_disk *disk;
  bool ok = false;

  ASSERT (length >= 0);
  ASSERT (sizeof *disk == BLOCK_SECTOR_SIZE);
  disk = calloc (1, sizeof *disk);
  if (disk == NULL)
    return false;
  disk->magic = INODE_MAGIC;
  disk->length = length;
  disk->type = type;
  if (index_grow (disk, 0, bytes_to_sectors (length)))
    {
      block_write (fs_device, sector, disk);
      ok = true;
    }
  free (disk);
  return ok;
}

/* Returns the open inode for SECTOR, if any, with its open count raised.
   Caller holds OPEN_INODES_LOCK. */
static struct inode *
find_open (block_sector_t sector)
{
  struct list_elem *e;

  ASSERT (lock_held_by_current_thread (&open_inodes_lock));
  for (e = list_begin (&open_inodes); e != list_end (&open_inodes);
       e = list_next (e))
    {
      struct inode *inode = list_entry (e, struct inode, elem);
      if (inode->sector == sector)
        {
          inode->open_cnt++;
          return inode;
        }
    }
  return NULL;
}

/* Reads the inode at SECTOR into a new, unpublished struct inode.
   Returns NULL if memory runs out or SECTOR holds no inode. */
static struct inode *
load_inode (block_sector_t sector)
{
  struct inode *inode = malloc (sizeof *inode);

  if (inode == NULL)
    return NULL;
  block_read (fs_device, sector, &inode->data);
  if (inode->data.magic != INODE_MAGIC)
    {
      free (inode);
      return NULL;
    }
  inode->sector = sector;
  inode->open_cnt = 1;
  lock_init (&inode->lock);
  inode->removed = false;
  inode->deny_write_cnt = 0;
  lock_init (&inode->entries_lock);
  return inode;
}

/* Opens the inode at SECTOR and returns it, or NULL if memory runs out
   or SECTOR holds no inode.  The caller makes sure the inode cannot be
   freed meanwhile (it holds the entry lock of a directory naming it, or
   has it open already).  The header is read without the list lock, so
   opening one file never waits for another's disk read; if two threads
   race to load the same inode, the later one adopts the earlier's. */
struct inode *
inode_open (block_sector_t sector)
{
  struct inode *inode, *loaded;

  lock_acquire (&open_inodes_lock);
  inode = find_open (sector);
  lock_release (&open_inodes_lock);
  if (inode != NULL)
    return inode;

  loaded = load_inode (sector);
  if (loaded == NULL)
    return NULL;
  lock_acquire (&open_inodes_lock);
  inode = find_open (sector);
  if (inode == NULL)
    {
      inode = loaded;
      list_push_front (&open_inodes, &inode->elem);
      loaded = NULL;
    }
  lock_release (&open_inodes_lock);
  free (loaded);
  return inode;
}

/* Opens INODE once more and returns it. */
struct inode *
inode_reopen (struct inode *inode)
{
  if (inode != NULL)
    {
      lock_acquire (&open_inodes_lock);
      ASSERT (inode->open_cnt > 0);
      inode->open_cnt++;
      lock_release (&open_inodes_lock);
    }
  return inode;
}

/* Closes INODE.  At the last close the struct is freed, and if INODE was
   removed its data sectors and header go back to the free map. */
void
inode_close (struct inode *inode)
{
  bool last;

  if (inode == NULL)
    return;
  lock_acquire (&open_inodes_lock);
  ASSERT (inode->open_cnt > 0);
  last = --inode->open_cnt == 0;
  if (last)
    list_remove (&inode->elem);
  lock_release (&open_inodes_lock);
  if (!last)
    return;

  /* Nobody else can reach INODE now. */
  if (inode->removed)
    {
      index_shrink (&inode->data, 0, bytes_to_sectors (inode->data.length));
      free_map_release (&inode->sector, 1);
    }
  free (inode);
}

/* Marks INODE to be deleted when its last opener closes it. */
void
inode_remove (struct inode *inode)
{
  ASSERT (inode != NULL);
  lock_acquire (&inode->lock);
  inode->removed = true;
  lock_release (&inode->lock);
}

bool
inode_is_removed (const struct inode *inode)
{
  return inode->removed;
}

block_sector_t
inode_get_inumber (const struct inode *inode)
{
  return inode->sector;
}

enum inode_type
inode_get_type (const struct inode *inode)
{
  return inode->data.type;
}

off_t
inode_length (const struct inode *inode)
{
  return inode->data.length;
}

/* Longest run of whole sectors moved by one disk request. */
#define MAX_RUN 64

/* Moves the whole sector SECTOR, at sector-aligned OFFSET, between BUFFER
   and the disk, together with as many of the following whole sectors of
   the SIZE bytes as are adjacent on disk.  Returns the bytes moved. */
static off_t
transfer_run (struct inode *inode, struct index_cursor *cursor,
              block_sector_t sector, uint8_t *buffer, off_t size,
              off_t offset, bool writing)
{
  size_t idx = offset / BLOCK_SECTOR_SIZE;
  size_t run = 1;

  while (run < MAX_RUN && size >= (off_t) (run + 1) * BLOCK_SECTOR_SIZE
         && index_lookup (&inode->data, idx + run, cursor) == sector + run)
    run++;
  if (writing)
    block_write_multiple (fs_device, sector, run, buffer);
  else
    block_read_multiple (fs_device, sector, run, buffer);
  return run * BLOCK_SECTOR_SIZE;
}

/* Moves SIZE bytes between BUFFER and INODE's data at OFFSET, all within
   the file's allocated sectors: whole sectors go straight to or from
   BUFFER, partial ones through a bounce sector.  Returns false if a
   bounce sector cannot be had. */
static bool
transfer (struct inode *inode, uint8_t *buffer, off_t size, off_t offset,
          bool writing)
{
  struct index_cursor *cursor = malloc (sizeof *cursor);
  uint8_t *bounce = NULL;
  bool ok = true;

  if (cursor == NULL)
    return false;
  index_cursor_init (cursor);
  while (size > 0)
    {
      block_sector_t sector = index_lookup (&inode->data,
                                            offset / BLOCK_SECTOR_SIZE,
                                            cursor);
      int sector_ofs = offset % BLOCK_SECTOR_SIZE;
      off_t chunk = BLOCK_SECTOR_SIZE - sector_ofs;

      ASSERT (sector != 0);
      if (chunk > size)
        chunk = size;
      if (chunk == BLOCK_SECTOR_SIZE)
        chunk = transfer_run (inode, cursor, sector, buffer, size, offset,
                              writing);
      else
        {
          if (bounce == NULL && (bounce = malloc (BLOCK_SECTOR_SIZE)) == NULL)
            {
              ok = false;
              break;
            }
          block_read (fs_device, sector, bounce);
          if (writing)
            {
              memcpy (bounce + sector_ofs, buffer, chunk);
              block_write (fs_device, sector, bounce);
            }
          else
            memcpy (buffer, bounce + sector_ofs, chunk);
        }
      buffer += chunk;
      offset += chunk;
      size -= chunk;
    }
  free (bounce);
  free (cursor);
  return ok;
}

/* Clips SIZE bytes at OFFSET to INODE's length; returns the bytes that
   lie within the file. */
static off_t
clip_to_length (const struct inode *inode, off_t size, off_t offset)
{
  off_t length = inode_length (inode);

  if (offset < 0 || size <= 0 || offset >= length)
    return 0;
  return size < length - offset ? size : length - offset;
}

/* Reads up to SIZE bytes from INODE at OFFSET into BUFFER.  Returns the
   number of bytes read: fewer than SIZE at end of file (0 at or past
   it), or 0 if memory for the transfer runs out. */
off_t
inode_read_at (struct inode *inode, void *buffer, off_t size, off_t offset)
{
  size = clip_to_length (inode, size, offset);
  if (size == 0 || !transfer (inode, buffer, size, offset, false))
    return 0;
  return size;
}

/* Writes up to SIZE bytes from BUFFER into INODE at OFFSET.  Writes stop
   at end of file: returns the bytes written, fewer than SIZE (maybe 0)
   if the file ends first.  Returns 0 while writes are denied. */
off_t
inode_write_at (struct inode *inode, const void *buffer, off_t size,
                off_t offset)
{
  lock_acquire (&inode->lock);
  if (inode->deny_write_cnt > 0)
    size = 0;
  else
    size = clip_to_length (inode, size, offset);
  if (size > 0 && !transfer (inode, (uint8_t *) buffer, size, offset, true))
    size = 0;
  lock_release (&inode->lock);
  return size;
}

/* Grows INODE to LENGTH bytes, the new bytes reading as zeros.  Does
   nothing if INODE is already that long.  Returns false, with INODE
   unchanged, if the disk is full or the length is beyond what an inode
   can map. */
bool
inode_extend (struct inode *inode, off_t length)
{
  size_t old_cnt, new_cnt;
  bool ok = true;

  lock_acquire (&inode->lock);
  old_cnt = bytes_to_sectors (inode->data.length);
  new_cnt = bytes_to_sectors (length);
  if (length > inode->data.length)
    {
      ok = new_cnt == old_cnt
           || index_grow (&inode->data, old_cnt, new_cnt);
      if (ok)
        {
          inode->data.length = length;
          block_write (fs_device, inode->sector, &inode->data);
        }
    }
  lock_release (&inode->lock);
  return ok;
}

/* Denies writes to INODE until a matching inode_allow_write.  May be
   called once per opener. */
void
inode_deny_write (struct inode *inode)
{
  lock_acquire (&inode->lock);
  inode->deny_write_cnt++;
  lock_release (&inode->lock);
}

/* Undoes one inode_deny_write.  Each opener that denied writes calls it
   once, before closing. */
void
inode_allow_write (struct inode *inode)
{
  lock_acquire (&inode->lock);
  ASSERT (inode->deny_write_cnt > 0);
  inode->deny_write_cnt--;
  lock_release (&inode->lock);
}

/* The entry lock serializes lookups and changes of a directory's
   entries; directory.c takes it around every operation.  It is the
   outermost lock of the file system (see inode.h). */
void
inode_lock_entries (struct inode *inode)
{
  lock_acquire (&inode->entries_lock);
}

void
inode_unlock_entries (struct inode *inode)
{
  lock_release (&inode->entries_lock);
}

bool
inode_entries_locked (const struct inode *inode)
{
  return lock_held_by_current_thread (&inode->entries_lock);
}

/* Returns the number of open inodes, for leak checks in tests. */
size_t
inode_open_count (void)
{
  size_t cnt;

  lock_acquire (&open_inodes_lock);
  cnt = list_size (&open_inodes);
  lock_release (&open_inodes_lock);
  return cnt;
}

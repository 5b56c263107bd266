/* In-memory inodes: the table of open inodes, reading and writing data
   (growing files as writes pass their end), removal at last close, and
   write denial.  The layout of an inode's data sectors is
   inode-index.c's business; every sector moves through the buffer
   cache. */

#include "filesys/inode.h"
#include <debug.h>
#include <list.h>
#include <round.h>
#include <string.h>
#include "filesys/cache.h"
#include "filesys/free-map.h"
#include "filesys/inode-index.h"
#include "filesys/volume.h"
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
   Data sectors are read without any lock; writes to them hold LOCK.  A
   writer fills new sectors before it publishes a larger length, so a
   reader never sees bytes past the length it read. */
struct inode
  {
    struct list_elem elem;              /* [L] In OPEN_INODES. */
    struct volume *vol;                 /* [const] Volume it lives on. */
    block_sector_t sector;              /* [const] Sector of the header. */
    int open_cnt;                       /* [L] Openers. */
    struct lock lock;                   /* Guards the [I] fields. */
    bool removed;                       /* [I] Free sectors at last close. */
    int deny_write_cnt;                 /* [I] Writes allowed when 0. */
    struct inode_disk data;             /* [I, r] Copy of the header. */
    struct lock entries_lock;           /* For directories: their entries. */
    struct volume *mounted;             /* [I] Volume mounted over this
                                           directory, or NULL. */
    size_t ahead_idx;                   /* Unlocked hint: the data sector
                                           last read ahead. */
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

/* Writes an inode header of TYPE at SECTOR of VOL, which the caller has
   allocated, with LENGTH bytes of data, all allocated: the HEAD_SIZE
   bytes at HEAD (at most a sector, and no more than LENGTH), then zeros.
   Returns false if the disk lacks the room or memory runs out, having
   given back every sector it took (SECTOR stays the caller's). */
bool
inode_create (struct volume *vol, block_sector_t sector, off_t length,
              enum inode_type type, const void *head, size_t head_size)
{
  struct inode_disk *disk;
  bool ok = false;

  ASSERT (length >= 0);
  ASSERT (head_size <= BLOCK_SECTOR_SIZE && (off_t) head_size <= length);
  ASSERT (sizeof *disk == BLOCK_SECTOR_SIZE);
  disk = calloc (1, sizeof *disk);
  if (disk == NULL)
    return false;
  disk->magic = INODE_MAGIC;
  disk->length = length;
  disk->type = type;
  if (index_grow (vol, disk, 0, bytes_to_sectors (length)))
    {
      if (head_size > 0)
        cache_write_at (vol->dev, disk->direct[0], head, 0, head_size);
      cache_write (vol->dev, sector, disk);
      ok = true;
    }
  free (disk);
  return ok;
}

/* Returns the open inode for SECTOR of VOL, if any, with its open count
   raised.  Caller holds OPEN_INODES_LOCK. */
static struct inode *
find_open (struct volume *vol, block_sector_t sector)
{
  struct list_elem *e;

  ASSERT (lock_held_by_current_thread (&open_inodes_lock));
  for (e = list_begin (&open_inodes); e != list_end (&open_inodes);
       e = list_next (e))
    {
      struct inode *inode = list_entry (e, struct inode, elem);
      if (inode->sector == sector && inode->vol == vol)
        {
          inode->open_cnt++;
          return inode;
        }
    }
  return NULL;
}

/* Largest length a file can have. */
#define INODE_MAX_LENGTH ((off_t) (INODE_MAX_SECTORS * BLOCK_SECTOR_SIZE))

/* Longest symbolic-link target (docs/filesys.md). */
#define SYMLINK_MAX_LENGTH 511

/* Tells whether DISK, an inode header just read from VOL's disk, is
   sound: the magic, a known type, a length from 0 to the largest file
   (a directory's a positive multiple of a sector, a symbolic link's 1
   to 511 bytes), and pointers that index_header_ok accepts.  An inode
   that fails cannot be opened, so nothing else ever sees its fields. */
static bool
header_ok (const struct volume *vol, const struct inode_disk *disk)
{
  off_t length = disk->length;

  if (disk->magic != INODE_MAGIC || length < 0 || length > INODE_MAX_LENGTH)
    return false;
  switch (disk->type)
    {
    case INODE_FILE:
      break;
    case INODE_DIR:
      if (length == 0 || length % BLOCK_SECTOR_SIZE != 0)
        return false;
      break;
    case INODE_SYMLINK:
      if (length == 0 || length > SYMLINK_MAX_LENGTH)
        return false;
      break;
    default:
      return false;
    }
  return index_header_ok (vol, disk, bytes_to_sectors (length));
}

/* Reads the inode at SECTOR of VOL into a new, unpublished struct
   inode.  Returns NULL if memory runs out, or if SECTOR lies outside
   VOL's data area or holds no sound inode header (header_ok). */
static struct inode *
load_inode (struct volume *vol, block_sector_t sector)
{
  struct inode *inode;

  if (!volume_sector_ok (vol, sector))
    return NULL;
  inode = malloc (sizeof *inode);
  if (inode == NULL)
    return NULL;
  cache_read (vol->dev, sector, &inode->data);
  if (!header_ok (vol, &inode->data))
    {
      free (inode);
      return NULL;
    }
  inode->vol = vol;
  inode->sector = sector;
  inode->open_cnt = 1;
  inode->mounted = NULL;
  inode->ahead_idx = 0;
  lock_init (&inode->lock);
  inode->removed = false;
  inode->deny_write_cnt = 0;
  lock_init (&inode->entries_lock);
  return inode;
}

/* Opens the inode at SECTOR of VOL and returns it, or NULL if memory runs out
   or SECTOR holds no inode.  The caller makes sure the inode cannot be
   freed meanwhile (it holds the entry lock of a directory naming it, or
   has it open already).  The header is read without the list lock, so
   opening one file never waits for another's disk read; if two threads
   race to load the same inode, the later one adopts the earlier's. */
struct inode *
inode_open (struct volume *vol, block_sector_t sector)
{
  struct inode *inode, *loaded;

  lock_acquire (&open_inodes_lock);
  inode = find_open (vol, sector);
  lock_release (&open_inodes_lock);
  if (inode != NULL)
    return inode;

  loaded = load_inode (vol, sector);
  if (loaded == NULL)
    return NULL;
  lock_acquire (&open_inodes_lock);
  inode = find_open (vol, sector);
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
      index_shrink (inode->vol, &inode->data, 0,
                    bytes_to_sectors (inode->data.length));
      free_map_release (inode->vol->map, &inode->sector, 1);
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

struct volume *
inode_get_volume (const struct inode *inode)
{
  return inode->vol;
}

/* Returns the volume mounted over directory INODE, or NULL. */
struct volume *
inode_get_mounted (struct inode *inode)
{
  struct volume *vol;

  lock_acquire (&inode->lock);
  vol = inode->mounted;
  lock_release (&inode->lock);
  return vol;
}

/* Records VOL (NULL to clear) as mounted over directory INODE. */
void
inode_set_mounted (struct inode *inode, struct volume *vol)
{
  lock_acquire (&inode->lock);
  inode->mounted = vol;
  lock_release (&inode->lock);
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

/* Returns a new index cursor (a kilobyte: too much for a kernel
   stack), or NULL if memory runs out. */
static struct index_cursor *
cursor_create (void)
{
  struct index_cursor *cursor = malloc (sizeof *cursor);

  if (cursor != NULL)
    index_cursor_init (cursor);
  return cursor;
}

/* Reads up to SIZE bytes from INODE at OFFSET into BUFFER.  Returns the
   number of bytes read: fewer than SIZE at end of file (0 at or past
   it, or if memory runs out), or where a damaged index block names a
   sector outside the file system.  Holes read as zeros. */
off_t
inode_read_at (struct inode *inode, void *buffer_, off_t size, off_t offset)
{
  uint8_t *buffer = buffer_;
  struct index_cursor *cursor;
  off_t done = 0;

  size = clip_to_length (inode, size, offset);
  if (size == 0 || (cursor = cursor_create ()) == NULL)
    return 0;
  while (done < size)
    {
      size_t idx = (offset + done) / BLOCK_SECTOR_SIZE;
      int sector_ofs = (offset + done) % BLOCK_SECTOR_SIZE;
      off_t chunk = BLOCK_SECTOR_SIZE - sector_ofs;
      block_sector_t sector;

      if (!index_lookup (inode->vol, &inode->data, idx, cursor, &sector))
        break;
      if (chunk > size - done)
        chunk = size - done;
      if (sector == 0)
        memset (buffer + done, 0, chunk);
      else
        cache_read_at (inode->vol->dev, sector, buffer + done, sector_ofs,
                       chunk);
      done += chunk;
    }
  free (cursor);
  return done;
}

/* Returns the sector holding data sector IDX of INODE, or 0 if it is
   a hole or the index on the way to it is damaged. */
static block_sector_t
lookup_sector (struct inode *inode, size_t idx, struct index_cursor *cursor)
{
  block_sector_t sector;

  return index_lookup (inode->vol, &inode->data, idx, cursor, &sector)
         ? sector : 0;
}

/* Asks the cache to read, in the background, the data sector after the
   one holding byte OFFSET of INODE, if it lies inside the file, is
   allocated, and was not the last one asked for (so a reader moving
   byte by byte asks once per sector).  For sequential readers. */
void
inode_read_ahead (struct inode *inode, off_t offset)
{
  struct index_cursor *cursor;
  size_t idx = offset / BLOCK_SECTOR_SIZE + 1;
  block_sector_t sector;

  if (offset < 0 || idx == inode->ahead_idx
      || (off_t) (idx * BLOCK_SECTOR_SIZE) >= inode_length (inode)
      || (cursor = cursor_create ()) == NULL)
    return;
  inode->ahead_idx = idx;
  sector = lookup_sector (inode, idx, cursor);
  if (sector != 0)
    cache_read_ahead (inode->vol->dev, sector);
  free (cursor);
}

/* Returns the sector holding data sector IDX of INODE, allocating it
   (zeroed) if it is a hole, or 0 if the disk is full or the index on
   the way to it is damaged.  Sets *GREW if it allocated.  Caller holds
   INODE's lock. */
static block_sector_t
sector_for_write (struct inode *inode, size_t idx,
                  struct index_cursor *cursor, bool *grew)
{
  block_sector_t sector;

  if (!index_lookup (inode->vol, &inode->data, idx, cursor, &sector))
    return 0;
  if (sector != 0)
    return sector;
  if (!index_grow (inode->vol, &inode->data, idx, idx + 1))
    return 0;
  *grew = true;
  index_cursor_init (cursor);
  return lookup_sector (inode, idx, cursor);
}

/* Writes SIZE bytes from BUFFER into INODE at OFFSET, which the caller
   has checked lie within the largest file.  Returns the bytes written:
   fewer than SIZE if the disk fills.  Caller holds INODE's lock. */
static off_t
write_sectors (struct inode *inode, const uint8_t *buffer, off_t size,
               off_t offset, bool *grew)
{
  struct index_cursor *cursor = cursor_create ();
  off_t done = 0;

  if (cursor == NULL)
    return 0;
  while (done < size)
    {
      size_t idx = (offset + done) / BLOCK_SECTOR_SIZE;
      int sector_ofs = (offset + done) % BLOCK_SECTOR_SIZE;
      off_t chunk = BLOCK_SECTOR_SIZE - sector_ofs;
      block_sector_t sector = sector_for_write (inode, idx, cursor, grew);

      if (sector == 0)
        break;
      if (chunk > size - done)
        chunk = size - done;
      cache_write_at (inode->vol->dev, sector, buffer + done, sector_ofs,
                      chunk);
      done += chunk;
    }
  free (cursor);
  return done;
}

/* Writes up to SIZE bytes from BUFFER into INODE at OFFSET, extending
   the file if the write passes its end; the bytes between the old end
   and OFFSET read as zeros and take no sectors.  Returns the bytes
   written: fewer than SIZE (maybe 0) if the disk fills or the file
   would pass the largest size.  Returns 0 while writes are denied.  The
   new length is published only after the data is in place. */
off_t
inode_write_at (struct inode *inode, const void *buffer, off_t size,
                off_t offset)
{
  bool grew = false;

  if (offset < 0 || size <= 0 || offset >= INODE_MAX_LENGTH)
    return 0;
  if (size > INODE_MAX_LENGTH - offset)
    size = INODE_MAX_LENGTH - offset;
  lock_acquire (&inode->lock);
  if (inode->deny_write_cnt > 0)
    size = 0;
  else
    size = write_sectors (inode, buffer, size, offset, &grew);
  if (size > 0 && offset + size > inode->data.length)
    {
      inode->data.length = offset + size;
      grew = true;
    }
  if (grew)
    cache_write (inode->vol->dev, inode->sector, &inode->data);
  lock_release (&inode->lock);
  return size;
}

/* Grows INODE to LENGTH bytes, the new bytes reading as zeros and
   allocated (directories have no holes).  Does nothing if INODE is
   already that long.  Returns false, with INODE
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
           || index_grow (inode->vol, &inode->data, old_cnt, new_cnt);
      if (ok)
        {
          inode->data.length = length;
          cache_write (inode->vol->dev, inode->sector, &inode->data);
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

/* Counts the open inodes of VOL (all volumes if VOL is NULL) other than
   EXCEPT's openers, so umount can tell whether VOL is in use. */
size_t
inode_count_open (struct volume *vol, const struct inode *except)
{
  struct list_elem *e;
  size_t cnt = 0;

  lock_acquire (&open_inodes_lock);
  for (e = list_begin (&open_inodes); e != list_end (&open_inodes);
       e = list_next (e))
    {
      struct inode *inode = list_entry (e, struct inode, elem);
      if ((vol == NULL || inode->vol == vol) && inode != except)
        cnt += inode->open_cnt;
    }
  lock_release (&open_inodes_lock);
  return cnt;
}

/* Frees the sectors of every removed inode that is still open, at
   shutdown, so the disk holds no leaked sectors.  The inodes stay in
   memory, empty and no longer removed (so their last close frees
   nothing twice); a process still running may go on using them.  Each
   is emptied under its own lock, which writes and growth hold. */
void
inode_release_removed (void)
{
  struct list_elem *e;

  lock_acquire (&open_inodes_lock);
  for (e = list_begin (&open_inodes); e != list_end (&open_inodes);
       e = list_next (e))
    {
      struct inode *inode = list_entry (e, struct inode, elem);

      lock_acquire (&inode->lock);
      if (inode->removed)
        {
          index_shrink (inode->vol, &inode->data, 0,
                        bytes_to_sectors (inode->data.length));
          free_map_release (inode->vol->map, &inode->sector, 1);
          inode->removed = false;
          inode->data.length = 0;
        }
      lock_release (&inode->lock);
    }
  lock_release (&open_inodes_lock);
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

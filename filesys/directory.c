/* Directories.  A directory is an inode of type INODE_DIR whose data is
   an array of 32-byte entries, 16 to a sector.  An entry whose inode
   sector is 0 is free (sector 0 is the superblock, never an inode).
   Entry 0 is "." (the directory itself) and entry 1 ".." (its parent).
   When every entry is taken, dir_add grows the directory by a sector.

   A directory that is removed while open (or someone's working
   directory) stays usable for reading, but it is empty and stays so:
   lookups, adds and removes in it fail.

   Entries come from an untrusted disk: an entry in use whose name is not
   a valid, null-terminated name (entry_name_ok) is neither found nor
   listed, though it still keeps its directory from being removed; the
   inode an entry names is checked when it is opened (inode_open). */

#include "filesys/directory.h"
#include <debug.h>
#include <round.h>
#include <stdint.h>
#include <string.h>
#include "filesys/filesys.h"
#include "filesys/inode.h"
#include "filesys/volume.h"
#include "threads/malloc.h"

/* One entry, as stored on disk. */
struct dir_entry
  {
    block_sector_t inode_sector;        /* Inode's header, or 0 if free. */
    char name[NAME_MAX + 1];            /* Null-terminated name. */
    uint8_t reserved[13];               /* Zero. */
  };

#define ENTRIES_PER_SECTOR (BLOCK_SECTOR_SIZE / sizeof (struct dir_entry))

/* An open directory.  The struct belongs to one opener; POS is not
   locked.  The entries are guarded by the inode's entry lock. */
struct dir
  {
    struct inode *inode;                /* Owned: closed by dir_close. */
    off_t pos;                          /* Next entry for dir_readdir. */
  };

/* Creates a directory inode at SECTOR of VOL, with room for ENTRY_CNT
   entries (at least a sector's worth), holding "." and ".." (naming
   PARENT_SECTOR).  Returns false if the disk lacks the room or memory
   runs out, having freed what it took but SECTOR. */
bool
dir_create (struct volume *vol, block_sector_t sector,
            block_sector_t parent_sector, size_t entry_cnt)
{
  struct dir_entry head[2];

  ASSERT (sizeof (struct dir_entry) == 32);
  memset (head, 0, sizeof head);
  head[0].inode_sector = sector;
  strlcpy (head[0].name, ".", sizeof head[0].name);
  head[1].inode_sector = parent_sector;
  strlcpy (head[1].name, "..", sizeof head[1].name);
  if (entry_cnt < ENTRIES_PER_SECTOR)
    entry_cnt = ENTRIES_PER_SECTOR;
  entry_cnt = ROUND_UP (entry_cnt, ENTRIES_PER_SECTOR);
  return inode_create (vol, sector, entry_cnt * sizeof (struct dir_entry),
                       INODE_DIR, head, sizeof head);
}

/* Returns a directory over INODE, taking over the caller's reference to
   INODE.  Returns NULL, closing INODE, if INODE is NULL or not a
   directory or memory runs out. */
struct dir *
dir_open (struct inode *inode)
{
  struct dir *dir = NULL;

  if (inode != NULL && inode_get_type (inode) == INODE_DIR)
    dir = malloc (sizeof *dir);
  if (dir == NULL)
    {
      inode_close (inode);
      return NULL;
    }
  dir->inode = inode;
  dir->pos = 0;
  return dir;
}

/* Opens the root directory of the root volume; NULL if memory runs
   out. */
struct dir *
dir_open_root (void)
{
  struct volume *vol = filesys_root_volume ();

  return vol != NULL ? dir_open (inode_open (vol, vol->root_sector)) : NULL;
}

/* Closes DIR and its inode. */
void
dir_close (struct dir *dir)
{
  if (dir != NULL)
    {
      inode_close (dir->inode);
      free (dir);
    }
}

struct inode *
dir_get_inode (struct dir *dir)
{
  return dir->inode;
}

/* Tells whether NAME can name a directory entry: 1 to NAME_MAX
   characters, none of them '/'. */
bool
dir_name_valid (const char *name)
{
  size_t len;

  if (name == NULL)
    return false;
  len = strnlen (name, NAME_MAX + 1);
  return len > 0 && len <= NAME_MAX && strchr (name, '/') == NULL;
}

/* Tells whether entry E, read from disk, has a name a lookup may match
   and readdir may return: null-terminated inside its field and valid
   (dir_name_valid), or "." or "..". */
static bool
entry_name_ok (const struct dir_entry *e)
{
  return memchr (e->name, '\0', sizeof e->name) != NULL
         && dir_name_valid (e->name);
}

/* Outcome of a search. */
enum search
  {
    FOUND,                              /* The entry exists. */
    MISSING,                            /* It does not. */
    NO_MEMORY                           /* Could not tell. */
  };

/* Finds the entry called NAME in DIR (or, if NAME is NULL, a free one),
   storing it in *ENTRY and its byte offset in *OFS.  Reads a sector of
   entries at a time.  Caller holds DIR's entry lock. */
static enum search
find_entry (struct dir *dir, const char *name, struct dir_entry *entry,
            off_t *ofs)
{
  struct dir_entry *block = malloc (BLOCK_SECTOR_SIZE);
  off_t base, got;
  bool found = false;

  ASSERT (inode_entries_locked (dir->inode));
  if (block == NULL)
    return NO_MEMORY;
  if (inode_is_removed (dir->inode))
    {
      free (block);
      return MISSING;
    }
  for (base = 0; !found; base += got)
    {
      size_t i, cnt;

      got = inode_read_at (dir->inode, block, BLOCK_SECTOR_SIZE, base);
      cnt = got / sizeof *block;
      if (cnt == 0)
        break;
      for (i = 0; i < cnt && !found; i++)
        if (name == NULL
            ? block[i].inode_sector == 0
            : block[i].inode_sector != 0 && entry_name_ok (&block[i])
              && !strcmp (block[i].name, name))
          {
            *entry = block[i];
            *ofs = base + i * sizeof *block;
            found = true;
          }
    }
  free (block);
  return found ? FOUND : MISSING;
}

/* Looks NAME up in DIR.  On success stores its inode's sector in *SECTOR
   and returns true. */
bool
dir_lookup (struct dir *dir, const char *name, block_sector_t *sector)
{
  struct dir_entry e;
  off_t ofs;
  bool found;

  if (!dir_name_valid (name))
    return false;
  inode_lock_entries (dir->inode);
  found = find_entry (dir, name, &e, &ofs) == FOUND;
  inode_unlock_entries (dir->inode);
  if (found)
    *sector = e.inode_sector;
  return found;
}

/* Opens the inode that NAME names in DIR; NULL if there is none.  The
   entry lock keeps a concurrent dir_remove from freeing the inode
   between the lookup and the open. */
struct inode *
dir_open_entry (struct dir *dir, const char *name)
{
  struct inode *inode = NULL;
  struct dir_entry e;
  off_t ofs;

  if (!dir_name_valid (name))
    return NULL;
  inode_lock_entries (dir->inode);
  if (find_entry (dir, name, &e, &ofs) == FOUND)
    inode = inode_open (inode_get_volume (dir->inode), e.inode_sector);
  inode_unlock_entries (dir->inode);
  return inode;
}

/* Returns the offset of a free entry of DIR, growing DIR by a sector if
   none is free, or -1 if it cannot grow or memory runs out.  Caller
   holds the entry lock. */
static off_t
free_slot (struct dir *dir)
{
  struct dir_entry e;
  off_t ofs, length;

  switch (find_entry (dir, NULL, &e, &ofs))
    {
    case FOUND:
      return ofs;
    case NO_MEMORY:
      return -1;
    case MISSING:
      break;
    }
  length = inode_length (dir->inode);
  if (!inode_extend (dir->inode, length + BLOCK_SECTOR_SIZE))
    return -1;
  return length;
}

/* Adds an entry NAME for the inode at SECTOR to DIR.  Returns false if
   NAME is invalid or already in DIR, or the directory cannot grow. */
bool
dir_add (struct dir *dir, const char *name, block_sector_t sector)
{
  struct dir_entry e, old;
  off_t ofs;
  bool ok = false;

  ASSERT (sector != 0);
  if (!dir_name_valid (name))
    return false;
  inode_lock_entries (dir->inode);
  if (!inode_is_removed (dir->inode)
      && find_entry (dir, name, &old, &ofs) == MISSING
      && (ofs = free_slot (dir)) >= 0)
    {
      memset (&e, 0, sizeof e);
      e.inode_sector = sector;
      strlcpy (e.name, name, sizeof e.name);
      ok = inode_write_at (dir->inode, &e, sizeof e, ofs) == sizeof e;
    }
  inode_unlock_entries (dir->inode);
  return ok;
}

/* Tells whether the directory INODE has entries other than "." and
   "..".  Caller holds INODE's entry lock. */
static bool
has_children (struct inode *inode)
{
  struct dir_entry e;
  off_t ofs;

  for (ofs = 2 * sizeof e;
       inode_read_at (inode, &e, sizeof e, ofs) == sizeof e;
       ofs += sizeof e)
    if (e.inode_sector != 0)
      return true;
  return false;
}

/* Tells whether the directory INODE's ".." entry names PARENT.  Entries
   0 and 1 never change after a directory is made, so no lock is
   needed; has_children reads the same sector next, so this costs no
   disk read of its own. */
static bool
parent_is (struct inode *inode, struct inode *parent)
{
  struct dir_entry e;

  return inode_read_at (inode, &e, sizeof e, sizeof e) == sizeof e
         && e.inode_sector == inode_get_inumber (parent);
}

/* Tells whether INODE, named in directory PARENT, may be removed:
   anything but a directory that has entries, has a volume mounted over
   it, or is not PARENT's child by its own ".." (on a damaged disk, an
   entry may name an ancestor: taking its entry lock here would break
   the lock order).  Marks a directory removed while holding its entry
   lock, so that nothing can be added to it afterwards.  Caller holds
   PARENT's entry lock (the parent's entry lock comes before a
   child's); INODE is not PARENT. */
static bool
mark_removed (struct inode *inode, struct inode *parent)
{
  bool ok = true;

  ASSERT (inode != parent);
  if (inode_get_type (inode) != INODE_DIR)
    {
      inode_remove (inode);
      return true;
    }
  if (!parent_is (inode, parent))
    return false;
  inode_lock_entries (inode);
  if (has_children (inode) || inode_get_mounted (inode) != NULL)
    ok = false;
  else
    inode_remove (inode);
  inode_unlock_entries (inode);
  return ok;
}

/* Records VOL as mounted over the directory INODE, if INODE is neither
   removed nor holds entries.  Both are checked, and the mount recorded,
   under INODE's entry lock, which a remove of INODE holds while it
   checks for a mount: so a directory is never both removed and mounted
   over, and nothing is hidden under a mount.  Returns false, recording
   nothing, otherwise.  Caller holds the mount lock. */
bool
dir_set_mounted (struct inode *inode, struct volume *vol)
{
  bool ok;

  inode_lock_entries (inode);
  ok = !inode_is_removed (inode) && !has_children (inode);
  if (ok)
    inode_set_mounted (inode, vol);
  inode_unlock_entries (inode);
  return ok;
}

/* Removes NAME from DIR and marks its inode removed; the inode's sectors
   are freed when its last opener closes it.  A directory must be empty.
   Returns false if NAME is not in DIR, is "." or "..", or is a directory
   that is not empty or is a mount point, or (on a damaged disk) names
   DIR itself or a directory whose ".." is not DIR. */
bool
dir_remove (struct dir *dir, const char *name)
{
  struct inode *inode = NULL;
  struct dir_entry e;
  off_t ofs;
  bool ok = false;

  if (!dir_name_valid (name) || !strcmp (name, ".") || !strcmp (name, ".."))
    return false;
  inode_lock_entries (dir->inode);
  if (find_entry (dir, name, &e, &ofs) == FOUND
      && (inode = inode_open (inode_get_volume (dir->inode),
                              e.inode_sector)) != NULL
      && inode != dir->inode
      && mark_removed (inode, dir->inode))
    {
      block_sector_t none = 0;

      ok = inode_write_at (dir->inode, &none, sizeof none, ofs)
           == sizeof none;
    }
  inode_unlock_entries (dir->inode);
  inode_close (inode);
  return ok;
}

/* Moves *POS, a position a user may have set with seek, to the start
   of the first entry that begins at or after it.  Returns false if
   there is no such position. */
static bool
align_entry_pos (off_t *pos)
{
  off_t rem;

  if (*pos < 0)
    return false;
  rem = *pos % (off_t) sizeof (struct dir_entry);
  if (rem == 0)
    return true;
  if (*pos > INT32_MAX - (off_t) sizeof (struct dir_entry))
    return false;
  *pos += sizeof (struct dir_entry) - rem;
  return true;
}

/* Reads the next entry in use of directory INODE at or after byte *POS,
   other than "." and "..", into NAME, advances *POS past it and returns
   true; returns false at the end of the directory.  A *POS inside an
   entry counts as past it. */
bool
dir_read_entry (struct inode *inode, off_t *pos, char name[NAME_MAX + 1])
{
  struct dir_entry e;
  bool found = false;

  if (!align_entry_pos (pos))
    return false;
  inode_lock_entries (inode);
  while (!found && *pos >= 0
         && inode_read_at (inode, &e, sizeof e, *pos) == sizeof e)
    {
      *pos += sizeof e;
      if (e.inode_sector != 0 && entry_name_ok (&e) && strcmp (e.name, ".")
          && strcmp (e.name, ".."))
        {
          strlcpy (name, e.name, NAME_MAX + 1);
          found = true;
        }
    }
  inode_unlock_entries (inode);
  return found;
}

/* Reads DIR's next entry in use other than "." and ".." into NAME and
   returns true, or returns false at the end of the directory. */
bool
dir_readdir (struct dir *dir, char name[NAME_MAX + 1])
{
  return dir_read_entry (dir->inode, &dir->pos, name);
}

/* Opens the inode that NAME names in the directory INODE; NULL if there
   is none. */
struct inode *
dir_open_child (struct inode *inode, const char *name)
{
  struct dir dir = { inode, 0 };

  return dir_open_entry (&dir, name);
}

/* Mount points.  A mounted volume keeps the directory it covers open
   and recorded (inode_set_mounted); a path walk that reaches that
   directory continues at the volume's root, and ".." at the volume's
   root goes back through the covered directory (path.c).  Mount points
   live in memory only. */

#include "filesys/mount.h"
#include <debug.h>
#include "filesys/directory.h"
#include "filesys/inode.h"
#include "filesys/volume.h"
#include "threads/synch.h"

/* MOUNT_LOCK guards MOUNTS, every inode's mounted volume once set, and
   the attaching and detaching of volumes.  A directory's mounted volume
   is set under its entry lock as well (dir_set_mounted), which remove
   holds while it checks for a mount. */
static struct lock mount_lock;
static struct volume *mounts[MOUNT_MAX];

void
mount_init (void)
{
  lock_init (&mount_lock);
}

/* If a volume is mounted over INODE, closes INODE and returns that
   volume's root, opened; otherwise returns INODE.  NULL stays NULL. */
struct inode *
mount_cross (struct inode *inode)
{
  struct inode *root = NULL;
  struct volume *vol;

  if (inode == NULL || inode_get_mounted (inode) == NULL)
    return inode;
  lock_acquire (&mount_lock);
  vol = inode_get_mounted (inode);
  if (vol != NULL)
    root = inode_open (vol, vol->root_sector);
  lock_release (&mount_lock);
  if (vol == NULL)
    return inode;
  inode_close (inode);
  return root;
}

/* Tells whether DEV is mounted.  Caller holds MOUNT_LOCK. */
static bool
dev_mounted (struct block *dev)
{
  size_t i;

  for (i = 0; i < MOUNT_MAX; i++)
    if (mounts[i] != NULL && mounts[i]->dev == dev)
      return true;
  return false;
}

/* Tells whether DIR can be mounted over: an empty directory, not
   removed, not the root of a volume, with nothing mounted over it. */
static bool
dir_mountable (struct inode *dir)
{
  struct volume *vol = inode_get_volume (dir);
  char name[NAME_MAX + 1];
  off_t pos = 0;

  return inode_get_type (dir) == INODE_DIR && !inode_is_removed (dir)
         && inode_get_inumber (dir) != vol->root_sector
         && inode_get_mounted (dir) == NULL
         && !dir_read_entry (dir, &pos, name);
}

/* Mounts the file system on DEV over the directory DIR, formatting DEV
   first if it holds none.  On success the mount keeps its own reference
   to DIR.  Returns false if DIR cannot be mounted over, DEV is mounted
   already, no slot is free, or DEV holds no usable file system. */
bool
mount_attach (struct inode *dir, struct block *dev)
{
  struct volume *vol = NULL;
  size_t slot;
  bool ok = false;

  lock_acquire (&mount_lock);
  for (slot = 0; slot < MOUNT_MAX && mounts[slot] != NULL; slot++)
    continue;
  if (slot < MOUNT_MAX && !dev_mounted (dev) && dir_mountable (dir)
      && (vol = volume_open (dev, false, VOLUME_FORMAT)) != NULL)
    {
      /* DIR may have been removed, or filled, while the volume was
         read: check again, under DIR's entry lock. */
      ok = dir_set_mounted (dir, vol);
      if (ok)
        {
          vol->covered = inode_reopen (dir);
          mounts[slot] = vol;
        }
      else
        volume_close (vol);
    }
  lock_release (&mount_lock);
  return ok;
}

/* Unmounts the volume whose root is ROOT, which the caller has open
   (once) and which is closed here.  Fails, leaving ROOT open, if ROOT is
   not a mounted root or anything else on its volume is open (a file, a
   directory, a working directory, another mount over one of its
   directories). */
bool
mount_detach (struct inode *root)
{
  struct volume *vol = inode_get_volume (root);
  size_t i;

  if (vol->covered == NULL || inode_get_inumber (root) != vol->root_sector)
    return false;
  lock_acquire (&mount_lock);
  if (inode_count_open (vol, NULL) != 1)
    {
      lock_release (&mount_lock);
      return false;
    }
  inode_set_mounted (vol->covered, NULL);
  for (i = 0; i < MOUNT_MAX; i++)
    if (mounts[i] == vol)
      mounts[i] = NULL;
  lock_release (&mount_lock);

  inode_close (root);
  inode_close (vol->covered);
  volume_close (vol);
  return true;
}

/* Unmounts every volume, at shutdown, writing each back to its disk.
   Files still open on them must not be used afterwards. */
void
mount_detach_all (void)
{
  size_t i;

  lock_acquire (&mount_lock);
  for (i = 0; i < MOUNT_MAX; i++)
    if (mounts[i] != NULL)
      {
        inode_set_mounted (mounts[i]->covered, NULL);
        volume_close (mounts[i]);
        mounts[i] = NULL;
      }
  lock_release (&mount_lock);
}

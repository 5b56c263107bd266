/* The file system's entry points: mounting the root volume at boot,
   and the operations by path name (create, open, remove, mkdir, chdir,
   symlink, mount, umount) that the system calls and the kernel's
   actions use.  Paths are walked by path.c from the calling thread's
   working directory. */

#include "filesys/filesys.h"
#include <debug.h>
#include <stdio.h>
#include <string.h>
#include "filesys/cache.h"
#include "filesys/directory.h"
#include "filesys/file.h"
#include "filesys/free-map.h"
#include "filesys/inode.h"
#include "filesys/mount.h"
#include "filesys/path.h"
#include "filesys/volume.h"
#include "threads/malloc.h"
#include "threads/thread.h"

/* Entries a new directory has room for at first; it grows later. */
#define DIR_ENTRY_CNT 16

/* Longest symbolic-link target (docs/filesys.md). */
#define SYMLINK_TARGET_MAX 511

struct block *fs_device;

/* The root volume while mounted, else NULL.  Set at boot and at
   filesys_done, when no other thread uses the file system. */
static struct volume *root_vol;

/* Mounts the file system on the BLOCK_FILESYS disk, formatting it first
   if FORMAT_DISK.  Panics if there is no such disk.  Without FORMAT_DISK,
   a disk that holds no file system is left alone (some runs use the disk
   raw) and stays unmounted, so create, open and remove fail.  May be
   called again after filesys_done. */
void
filesys_init (bool format_disk)
{
  static bool ready;
  struct block *dev = block_get_role (BLOCK_FILESYS);

  if (dev == NULL)
    PANIC ("no file-system disk found, can't initialize the file system");
  if (!ready)
    {
      cache_init ();
      inode_init ();
      mount_init ();
      ready = true;
    }
  root_vol = volume_open (dev, format_disk, VOLUME_REFUSE);
  fs_device = root_vol != NULL ? dev : NULL;
}

/* Writes every volume back to its disk and frees the sectors of files
   removed but still open, at power-off.  Processes may still be running
   and using files (halt from one of several, or processes left behind
   when a run ends): nothing is unmounted or freed, so whatever they do
   afterwards is lost at power-off but touches no freed memory. */
void
filesys_flush (void)
{
  if (root_vol == NULL)
    return;
  inode_release_removed ();
  cache_flush (NULL);
}

/* Unmounts every volume, writing everything back to the disks, and
   frees the sectors of files removed but still open.  Only when no
   other thread uses the file system: files still open must not be used
   afterwards. */
void
filesys_done (void)
{
  if (root_vol == NULL)
    return;
  inode_release_removed ();
  mount_detach_all ();
  volume_close (root_vol);
  root_vol = NULL;
  fs_device = NULL;
  cache_flush (NULL);
}

/* Tells whether a file system is mounted. */
bool
filesys_mounted (void)
{
  return root_vol != NULL;
}

/* Returns the root volume, or NULL if none is mounted. */
struct volume *
filesys_root_volume (void)
{
  return root_vol;
}

/* Returns the free sectors of the root volume. */
size_t
filesys_free_count (void)
{
  return root_vol != NULL ? free_map_count_free (root_vol->map) : 0;
}

/* The running thread's working directory (NULL means the root). */
static struct inode *
cwd (void)
{
  return thread_current ()->cwd;
}

/* Builds a new inode at SECTOR of VOL, to be named in directory PARENT,
   from AUX.  Returns false, having freed everything but SECTOR, if the
   disk is full or memory runs out. */
typedef bool make_func (struct volume *vol, block_sector_t sector,
                        struct inode *parent, const void *aux);

/* Gives back the inode at SECTOR of VOL, built but never named: its data
   sectors and SECTOR itself. */
static void
discard_inode (struct volume *vol, block_sector_t sector)
{
  struct inode *inode = inode_open (vol, sector);

  if (inode != NULL)
    {
      inode_remove (inode);
      inode_close (inode);
    }
}

/* Makes a new inode in directory DIR under NAME: allocates its sector,
   lets MAKE build it there from AUX, and adds the entry.  The inode is
   built before the directory is locked, so a big create does not stall
   lookups.  Returns false, leaving the free map as it was, on any
   failure (NAME taken, disk full). */
static bool
add_new (struct inode *dir, const char *name, make_func *make,
         const void *aux)
{
  struct volume *vol = inode_get_volume (dir);
  struct dir *d = dir_open (inode_reopen (dir));
  block_sector_t sector, existing;
  bool ok = false;

  if (d == NULL)
    return false;
  if (!dir_lookup (d, name, &existing)
      && free_map_allocate (vol->map, 1, &sector))
    {
      if (!make (vol, sector, dir, aux))
        free_map_release (vol->map, &sector, 1);
      else if (!dir_add (d, name, sector))
        discard_inode (vol, sector);
      else
        ok = true;
    }
  dir_close (d);
  return ok;
}

/* Creates a new inode at PATH with MAKE and AUX (see add_new). */
static bool
create_at (const char *path, make_func *make, const void *aux)
{
  char name[NAME_MAX + 1];
  struct inode *dir;
  bool ok;

  if (root_vol == NULL)
    return false;
  dir = path_open_parent (cwd (), path, name);
  ok = dir != NULL && dir_name_valid (name) && add_new (dir, name, make, aux);
  inode_close (dir);
  return ok;
}

/* Builds a file of *(off_t *) SIZE zero bytes. */
static bool
make_file (struct volume *vol, block_sector_t sector,
           struct inode *parent UNUSED, const void *size)
{
  return inode_create (vol, sector, *(const off_t *) size, INODE_FILE,
                       NULL, 0);
}

/* Builds an empty directory whose ".." is PARENT. */
static bool
make_dir (struct volume *vol, block_sector_t sector, struct inode *parent,
          const void *aux UNUSED)
{
  return dir_create (vol, sector, inode_get_inumber (parent),
                     DIR_ENTRY_CNT);
}

/* Builds a symbolic link to the string TARGET, stored in its one data
   sector. */
static bool
make_link (struct volume *vol, block_sector_t sector,
           struct inode *parent UNUSED, const void *target)
{
  size_t length = strlen (target);

  return inode_create (vol, sector, length, INODE_SYMLINK, target, length);
}

/* Creates a file at PATH of INITIAL_SIZE bytes, all zero and allocated.
   Returns false if the name is invalid or taken, its directory does not
   exist, or the disk lacks the room; a failed create leaves the free map
   as it was. */
bool
filesys_create (const char *path, off_t initial_size)
{
  return initial_size >= 0 && create_at (path, make_file, &initial_size);
}

/* Creates an empty directory at PATH.  Same failures as
   filesys_create. */
bool
filesys_mkdir (const char *path)
{
  return create_at (path, make_dir, NULL);
}

/* Creates a symbolic link at LINKPATH whose target is TARGET (1 to 511
   bytes; it need not exist).  Same failures as filesys_create. */
bool
filesys_symlink (const char *target, const char *linkpath)
{
  size_t length = target != NULL ? strlen (target) : 0;

  return length > 0 && length <= SYMLINK_TARGET_MAX
         && create_at (linkpath, make_link, target);
}

/* Opens the inode PATH names, following symbolic links.  Returns NULL
   if there is none. */
struct inode *
filesys_open_inode (const char *path)
{
  return root_vol != NULL ? path_open (cwd (), path, true) : NULL;
}

/* Opens the file or directory PATH names.  Returns NULL if there is
   none, or memory runs out. */
struct file *
filesys_open (const char *path)
{
  return file_open (filesys_open_inode (path));
}

/* Removes what PATH names (a symbolic link itself, not its target; a
   directory only if empty).  Those who have it open keep using it; its
   sectors are freed at the last close.  Returns false if there is no
   such thing, or it is "/", ".", "..", a mount point or a non-empty
   directory. */
bool
filesys_remove (const char *path)
{
  char name[NAME_MAX + 1];
  struct inode *dir;
  struct dir *d;
  bool ok;

  if (root_vol == NULL)
    return false;
  dir = path_open_parent (cwd (), path, name);
  d = dir_open (dir);
  ok = d != NULL && dir_remove (d, name);
  dir_close (d);
  return ok;
}

/* Makes the directory PATH names the running thread's working
   directory.  Returns false if it is not a directory. */
bool
filesys_chdir (const char *path)
{
  struct thread *t = thread_current ();
  struct inode *dir = filesys_open_inode (path);

  if (dir == NULL || inode_get_type (dir) != INODE_DIR)
    {
      inode_close (dir);
      return false;
    }
  inode_close (t->cwd);
  t->cwd = dir;
  return true;
}

/* Mounts the file system on IDE channel CHANNEL, device DEVICE over the
   empty directory PATH, formatting the disk if it holds none.  The
   disks of the kernel image, the root file system and swap cannot be
   mounted.  Returns false on any failure. */
bool
filesys_mount (const char *path, int channel, int device)
{
  char name[] = "hd?";
  struct block *dev;
  struct inode *dir;
  bool ok;

  if (root_vol == NULL || channel < 0 || channel > 3 || device < 0
      || device > 1)
    return false;
  name[2] = 'a' + channel * 2 + device;
  dev = block_get_by_name (name);
  if (dev == NULL || dev == root_vol->dev
      || block_type (dev) == BLOCK_KERNEL || block_type (dev) == BLOCK_SWAP)
    return false;
  dir = filesys_open_inode (path);
  ok = dir != NULL && mount_attach (dir, dev);
  inode_close (dir);
  return ok;
}

/* Unmounts the volume mounted at PATH, writing it back.  Returns false
   if PATH is not a mount point or something on the volume is in use. */
bool
filesys_umount (const char *path)
{
  struct inode *root = filesys_open_inode (path);

  if (root == NULL)
    return false;
  if (mount_detach (root))
    return true;
  inode_close (root);
  return false;
}

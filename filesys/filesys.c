/* The file system as a whole: the superblock, formatting and mounting,
   and the name-based operations on the root directory.

   Disk layout:
     sector 0                      superblock
     sectors 1 .. M                free map (M = ceil (sectors / 4096))
     sector M + 1                  root directory's inode (at format)
     the rest                      inodes, index blocks and data, anywhere
   The superblock records where each piece is, so a later format may
   place them differently. */

#include "filesys/filesys.h"
#include <debug.h>
#include <round.h>
#include <stdio.h>
#include <string.h>
#include "filesys/directory.h"
#include "filesys/file.h"
#include "filesys/free-map.h"
#include "filesys/inode.h"
#include "threads/malloc.h"
#include "threads/thread.h"

#define SUPERBLOCK_SECTOR 0
#define SUPERBLOCK_MAGIC 0x31534650     /* "PFS1" */

/* Entries the root directory has room for at format; it grows later. */
#define ROOT_ENTRY_CNT 64

/* The superblock, as stored on disk: exactly one sector. */
struct superblock
  {
    uint32_t magic;                     /* SUPERBLOCK_MAGIC. */
    block_sector_t sector_cnt;          /* Size of the file system. */
    block_sector_t map_start;           /* First sector of the free map. */
    block_sector_t map_sectors;         /* Sectors in the free map. */
    block_sector_t root_sector;         /* Root directory's inode. */
    uint8_t unused[BLOCK_SECTOR_SIZE - 5 * 4];
  };

struct block *fs_device;

/* Where the root directory lives; set at mount, constant afterwards. */
static block_sector_t root_sector;

/* Formats the file-system disk: a fresh free map and an empty root
   directory, then the superblock.  Writes only those sectors. */
static void
format (void)
{
  struct superblock *sb = calloc (1, sizeof *sb);
  block_sector_t sector_cnt = block_size (fs_device);

  printf ("Formatting file system...");
  if (sb == NULL)
    PANIC ("format: out of memory");
  sb->magic = SUPERBLOCK_MAGIC;
  sb->sector_cnt = sector_cnt;
  sb->map_start = SUPERBLOCK_SECTOR + 1;
  sb->map_sectors = DIV_ROUND_UP (sector_cnt, FREE_MAP_BITS_PER_SECTOR);
  if (sb->map_start + sb->map_sectors + 8 > sector_cnt)
    PANIC ("format: file-system disk of %"PRDSNu32" sectors is too small",
           sector_cnt);
  free_map_init (sb->map_start, sb->map_sectors, sector_cnt);
  free_map_format (sb->map_start + sb->map_sectors);
  if (!free_map_allocate (1, &sb->root_sector)
      || !dir_create (sb->root_sector, ROOT_ENTRY_CNT))
    PANIC ("format: no room for the root directory");
  block_write (fs_device, SUPERBLOCK_SECTOR, sb);
  root_sector = sb->root_sector;
  free (sb);
  printf ("done.\n");
}

/* Reads the superblock and loads the free map it describes.  Returns
   false, with a message, if the disk holds no file system of ours. */
static bool
mount (void)
{
  struct superblock *sb = malloc (sizeof *sb);
  bool ok = false;

  if (sb == NULL)
    PANIC ("mount: out of memory");
  block_read (fs_device, SUPERBLOCK_SECTOR, sb);
  if (sb->magic != SUPERBLOCK_MAGIC)
    printf ("File-system disk is not formatted (use -f); not mounted.\n");
  else if (sb->sector_cnt > block_size (fs_device)
           || sb->map_sectors * FREE_MAP_BITS_PER_SECTOR < sb->sector_cnt)
    printf ("File-system disk has a damaged superblock; not mounted.\n");
  else
    {
      free_map_init (sb->map_start, sb->map_sectors, sb->sector_cnt);
      root_sector = sb->root_sector;
      ok = true;
    }
  free (sb);
  return ok;
}

/* Mounts the file system on the BLOCK_FILESYS disk, formatting it first
   if FORMAT_DISK.  Panics if there is no such disk.  Without FORMAT_DISK,
   a disk that holds no file system is left alone (some runs use the disk
   raw) and stays unmounted, so create, open and remove fail.  May be
   called again after filesys_done. */
void
filesys_init (bool format_disk)
{
  static bool inodes_ready;

  fs_device = block_get_role (BLOCK_FILESYS);
  if (fs_device == NULL)
    PANIC ("no file-system disk found, can't initialize the file system");
  if (!inodes_ready)
    {
      inode_init ();
      inodes_ready = true;
    }
  if (format_disk)
    format ();
  else if (!mount ())
    fs_device = NULL;
}

/* Unmounts the file system, if mounted.  Every change is on disk
   already; this writes anything left and frees the free map.  Files
   still open must not be used afterwards. */
void
filesys_done (void)
{
  if (fs_device == NULL)
    return;
  free_map_done ();
  fs_device = NULL;
}

/* Tells whether a file system is mounted. */
bool
filesys_mounted (void)
{
  return fs_device != NULL;
}

block_sector_t
filesys_root_sector (void)
{
  return root_sector;
}

/* Gives back the inode at SECTOR, made by inode_create and never named
   in a directory: its data sectors and SECTOR itself. */
static void
discard_inode (block_sector_t sector)
{
  struct inode *inode = inode_open (sector);

  if (inode != NULL)
    {
      inode_remove (inode);
      inode_close (inode);
    }
  else
    free_map_release (&sector, 1);
}

/* Creates a file called NAME of INITIAL_SIZE bytes, all zero.  Returns
   false if NAME is invalid or taken, or the disk lacks the room; a
   failed create leaves the free map as it was.  The file is built before
   the directory is locked, so a big create does not stall lookups. */
bool
filesys_create (const char *name, off_t initial_size)
{
  struct dir *dir;
  block_sector_t sector, existing;
  bool ok = false;

  if (fs_device == NULL || !dir_name_valid (name) || initial_size < 0)
    return false;
  dir = dir_open_root ();
  if (dir == NULL)
    return false;
  if (!dir_lookup (dir, name, &existing)
      && free_map_allocate (1, &sector))
    {
      if (!inode_create (sector, initial_size, INODE_FILE))
        free_map_release (&sector, 1);
      else if (!dir_add (dir, name, sector))
        discard_inode (sector);
      else
        ok = true;
    }
  dir_close (dir);
  return ok;
}

/* Opens the file called NAME, or the root directory itself if NAME is
   "/".  Returns NULL if there is none, NAME is invalid, or memory runs
   out. */
struct file *
filesys_open (const char *name)
{
  struct dir *dir = fs_device != NULL ? dir_open_root () : NULL;
  struct inode *inode = NULL;

  if (dir != NULL)
    inode = !strcmp (name, "/") ? inode_reopen (dir_get_inode (dir))
                                : dir_open_entry (dir, name);
  dir_close (dir);
  return file_open (inode);
}

/* Removes the file called NAME.  Those who have it open keep using it;
   its sectors are freed at the last close.  Returns false if there is
   no such file. */
bool
filesys_remove (const char *name)
{
  struct dir *dir = fs_device != NULL ? dir_open_root () : NULL;
  bool ok = dir != NULL && dir_remove (dir, name);

  dir_close (dir);
  return ok;
}

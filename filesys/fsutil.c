/* The file-system actions of the kernel command line.

   put and get move files through the scratch disk, which utils/pintos
   fills and reads.  The disk holds records back to back from sector 0;
   a record is a header sector followed by the file's data, padded to
   whole sectors.  The header holds an 8-byte magic ("PUTFILE\0" for a
   file to put, "GETFILE\0" for one got), the size (little-endian u32)
   and the name (null-terminated, at most 63 characters).  Anything
   else ends the list of records.  Errors here are the operator's, on
   the command line, so they panic. */

#include "filesys/fsutil.h"
#include <debug.h>
#include <round.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include "devices/block.h"
#include "filesys/directory.h"
#include "filesys/file.h"
#include "filesys/filesys.h"
#include "threads/malloc.h"

/* A scratch-disk record header, as stored: one sector. */
struct scratch_header
  {
    char magic[8];                      /* "PUTFILE\0" or "GETFILE\0". */
    uint32_t size;                      /* Bytes of data. */
    char name[64];                      /* Null-terminated. */
    uint8_t unused[BLOCK_SECTOR_SIZE - 76];
  };

/* Sectors moved per disk request by put and get. */
#define COPY_SECTORS 16
#define COPY_BYTES (COPY_SECTORS * BLOCK_SECTOR_SIZE)

/* Where the next put looks for its record, and where get may write: past
   everything read or written so far. */
static block_sector_t put_cursor;
static block_sector_t end_cursor;

/* Panics unless a file system is mounted, for ACTION. */
static void
require_filesys (const char *action)
{
  if (!filesys_mounted ())
    PANIC ("%s: no file system is mounted", action);
}

/* Lists the files in the root directory. */
void
fsutil_ls (char **argv UNUSED)
{
  struct dir *dir;
  char name[NAME_MAX + 1];

  require_filesys ("ls");
  dir = dir_open_root ();
  if (dir == NULL)
    PANIC ("ls: cannot open the root directory");
  printf ("Files in the root directory:\n");
  while (dir_readdir (dir, name))
    printf ("%s\n", name);
  printf ("End of listing.\n");
  dir_close (dir);
}

/* Prints the file ARGV[1] as a hex dump. */
void
fsutil_cat (char **argv)
{
  const char *name = argv[1];
  struct file *file;
  char *buffer = malloc (BLOCK_SECTOR_SIZE);
  off_t ofs = 0, got;

  require_filesys ("cat");
  file = filesys_open (name);
  if (file == NULL)
    PANIC ("cat: %s: open failed", name);
  if (buffer == NULL)
    PANIC ("cat: out of memory");
  printf ("Printing '%s' to the console...\n", name);
  while ((got = file_read (file, buffer, BLOCK_SECTOR_SIZE)) > 0)
    {
      hex_dump (ofs, buffer, got, true);
      ofs += got;
    }
  free (buffer);
  file_close (file);
}

/* Deletes the file ARGV[1]. */
void
fsutil_rm (char **argv)
{
  const char *name = argv[1];

  require_filesys ("rm");
  printf ("Deleting '%s'...\n", name);
  if (!filesys_remove (name))
    PANIC ("rm: %s: delete failed", name);
}

/* Returns the scratch disk, panicking if there is none. */
static struct block *
scratch_disk (const char *action)
{
  struct block *scratch = block_get_role (BLOCK_SCRATCH);

  if (scratch == NULL)
    PANIC ("%s: no scratch disk (use pintos -p or -g)", action);
  return scratch;
}

/* Sectors a record with SIZE bytes of data takes, header included. */
static block_sector_t
record_sectors (uint32_t size)
{
  return 1 + DIV_ROUND_UP (size, BLOCK_SECTOR_SIZE);
}

/* Reads the header at SECTOR of SCRATCH into H; returns false if SECTOR
   is past the disk or holds no record. */
static bool
read_header (struct block *scratch, block_sector_t sector,
             struct scratch_header *h)
{
  if (sector >= block_size (scratch))
    return false;
  block_read (scratch, sector, h);
  return !memcmp (h->magic, "PUTFILE", 8) || !memcmp (h->magic, "GETFILE", 8);
}

/* Copies SIZE bytes from SCRATCH, starting at sector FIRST, into FILE,
   COPY_SECTORS at a time. */
static void
copy_in (struct block *scratch, block_sector_t first, uint32_t size,
         struct file *file, const char *name)
{
  uint8_t *buffer = malloc (COPY_SECTORS * BLOCK_SECTOR_SIZE);

  if (buffer == NULL)
    PANIC ("put: out of memory");
  while (size > 0)
    {
      off_t chunk = size < COPY_BYTES ? size : COPY_BYTES;
      size_t sectors = DIV_ROUND_UP (chunk, BLOCK_SECTOR_SIZE);

      block_read_multiple (scratch, first, sectors, buffer);
      if (file_write (file, buffer, chunk) != chunk)
        PANIC ("put: %s: write failed", name);
      first += sectors;
      size -= chunk;
    }
  free (buffer);
}

/* Copies the next file from the scratch disk into the file system as
   ARGV[1].  The next PUTFILE record must carry that name. */
void
fsutil_put (char **argv)
{
  const char *name = argv[1];
  struct block *scratch = scratch_disk ("put");
  struct scratch_header *h = malloc (sizeof *h);
  struct file *file;

  require_filesys ("put");
  printf ("Putting '%s' into the file system...\n", name);
  if (h == NULL)
    PANIC ("put: out of memory");
  for (;;)
    {
      if (!read_header (scratch, put_cursor, h))
        PANIC ("put: %s: no file left on the scratch disk", name);
      if (!memcmp (h->magic, "PUTFILE", 8))
        break;
      put_cursor += record_sectors (h->size);
    }
  h->name[sizeof h->name - 1] = '\0';
  if (strcmp (h->name, name))
    PANIC ("put: %s: the scratch disk's next file is '%s'", name, h->name);
  if (h->size > INT32_MAX || put_cursor + record_sectors (h->size)
                             > block_size (scratch))
    PANIC ("put: %s: record of %"PRIu32" bytes is truncated", name, h->size);
  if (!filesys_create (name, h->size))
    PANIC ("put: %s: create failed", name);
  file = filesys_open (name);
  if (file == NULL)
    PANIC ("put: %s: open failed", name);
  copy_in (scratch, put_cursor + 1, h->size, file, name);
  file_close (file);
  put_cursor += record_sectors (h->size);
  if (end_cursor < put_cursor)
    end_cursor = put_cursor;
  free (h);
}

/* Writes FILE's SIZE bytes to SCRATCH from sector FIRST, COPY_SECTORS
   at a time, padding the last sector with zeros. */
static void
copy_out (struct block *scratch, block_sector_t first, uint32_t size,
          struct file *file, const char *name)
{
  uint8_t *buffer = malloc (COPY_SECTORS * BLOCK_SECTOR_SIZE);

  if (buffer == NULL)
    PANIC ("get: out of memory");
  while (size > 0)
    {
      off_t chunk = size < COPY_BYTES ? size : COPY_BYTES;
      size_t sectors = DIV_ROUND_UP (chunk, BLOCK_SECTOR_SIZE);

      memset (buffer, 0, sectors * BLOCK_SECTOR_SIZE);
      if (file_read (file, buffer, chunk) != chunk)
        PANIC ("get: %s: read failed", name);
      block_write_multiple (scratch, first, sectors, buffer);
      first += sectors;
      size -= chunk;
    }
  free (buffer);
}

/* Copies the file ARGV[1] to a new GETFILE record at the end of the
   scratch disk's records. */
void
fsutil_get (char **argv)
{
  const char *name = argv[1];
  struct block *scratch = scratch_disk ("get");
  struct scratch_header *h = calloc (1, sizeof *h);
  struct file *file;
  uint32_t size;

  require_filesys ("get");
  printf ("Getting '%s' from the file system...\n", name);
  if (h == NULL)
    PANIC ("get: out of memory");
  if (strlen (name) >= sizeof h->name)
    PANIC ("get: %s: name too long for the scratch disk", name);
  file = filesys_open (name);
  if (file == NULL)
    PANIC ("get: %s: open failed", name);

  /* Skip records nobody has read (puts not done). */
  while (read_header (scratch, end_cursor, h))
    end_cursor += record_sectors (h->size);
  size = file_length (file);
  if (end_cursor + record_sectors (size) > block_size (scratch))
    PANIC ("get: %s: no room on the scratch disk", name);

  memset (h, 0, sizeof *h);
  memcpy (h->magic, "GETFILE", 8);
  h->size = size;
  strlcpy (h->name, name, sizeof h->name);
  block_write (scratch, end_cursor, h);
  copy_out (scratch, end_cursor + 1, size, file, name);
  end_cursor += record_sectors (size);
  file_close (file);
  free (h);
}

/* Proves that running out of disk space is clean.  The root directory
   grows past its first 64 entries to hold 100 empty files.  Creates that
   cannot fit (bigger than the free space, bigger than any file can be)
   fail without changing the free map.  Then files are created, halving
   the size after each failure, until not even an empty file fits; every
   failure leaves the free count as it was, every file still holds its
   data, and removing them all gives back every sector. */

#include <stdio.h>
#include "filesys/file.h"
#include "filesys/filesys.h"
#include "filesys/free-map.h"
#include "tests/kernel/fs-lib.h"
#include "tests/threads/tests.h"

#define MANY 100
#define MAX_FILES 300

static off_t sizes[MAX_FILES];

static void
many_names (void)
{
  char name[16];
  int i;

  for (i = 0; i < MANY; i++)
    {
      snprintf (name, sizeof name, "empty%d", i);
      fs_must_create (name, 0);
    }
  for (i = 0; i < MANY; i++)
    {
      snprintf (name, sizeof name, "empty%d", i);
      file_close (fs_must_open (name));
      if (!filesys_remove (name))
        fail ("remove \"%s\" failed", name);
    }
  msg ("%d files in the root directory at once", MANY);
}

/* Fails unless creating NAME with SIZE bytes fails and leaves the free
   count unchanged. */
static void
create_must_fail (const char *name, off_t size)
{
  size_t before = filesys_free_count ();

  if (filesys_create (name, size))
    fail ("create of %"PROTd" bytes succeeded with %zu sectors free",
          size, before);
  if (filesys_free_count () != before)
    fail ("failed create of %"PROTd" bytes changed the free count "
          "from %zu to %zu", size, before, filesys_free_count ());
}

/* Creates files of shrinking sizes until even an empty one fails.
   Returns how many were made. */
static int
fill_disk (void)
{
  off_t size = 100 * 1024;
  char name[16];
  int cnt = 0;

  while (cnt < MAX_FILES)
    {
      size_t before = filesys_free_count ();

      snprintf (name, sizeof name, "f%d", cnt);
      if (filesys_create (name, size))
        {
          struct file *f = fs_must_open (name);

          fs_write_pattern (f, size, cnt);
          file_close (f);
          sizes[cnt++] = size;
          continue;
        }
      if (filesys_free_count () != before)
        fail ("failed create of %"PROTd" bytes changed the free count "
              "from %zu to %zu", size, before, filesys_free_count ());
      if (size == 0)
        break;
      size /= 2;
    }
  if (cnt == MAX_FILES)
    fail ("the disk never filled up");
  return cnt;
}

void
test_fs_full (void)
{
  size_t free_start, free_full;
  char name[16];
  int cnt, i;

  many_names ();
  free_start = filesys_free_count ();
  create_must_fail ("huge", (off_t) (free_start + 1) * 512);
  create_must_fail ("toobig", 9 * 1024 * 1024);
  msg ("creates bigger than the free space fail and change nothing");

  cnt = fill_disk ();
  free_full = filesys_free_count ();
  if (free_full > 2)
    fail ("disk full with %zu sectors still free", free_full);
  msg ("disk filled; every failed create left the free map alone");

  for (i = 0; i < cnt; i++)
    {
      struct file *f;

      snprintf (name, sizeof name, "f%d", i);
      f = fs_must_open (name);
      fs_verify_file (f, sizes[i], i, name);
      file_close (f);
      if (!filesys_remove (name))
        fail ("remove \"%s\" failed", name);
    }
  if (filesys_free_count () != free_start)
    fail ("%zu sectors free after removing everything, %zu before",
          filesys_free_count (), free_start);
  msg ("every file intact; removing them all freed every sector");
}

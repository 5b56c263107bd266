/* Proves that a full disk fails cleanly: files are created until the
   disk is full, to the last sector; a create too large fails without
   leaving a file or losing space; and after removing everything, a
   second round fits exactly as much. */

#include <stdio.h>
#include <syscall.h>
#include "tests/lib.h"

#define CHUNK (512 * 1024)
#define MAX_FILES 40

/* Creates NAME with SIZE bytes and checks it is there, or checks that a
   failed create left no file.  Returns whether it was created. */
static bool
try_create (const char *name, int size)
{
  int fd;

  if (create (name, size))
    return true;
  fd = open (name);
  if (fd >= 0)
    fail ("failed create of \"%s\" (%d bytes) left a file", name, size);
  return false;
}

/* Fills the disk with CHUNK-byte files, then one file as large as still
   fits, to 512 bytes.  Returns the bytes created; sets *FILES to the
   number of CHUNK-byte files. */
static long
fill_disk (int *files)
{
  char name[16];
  int n = 0, lo = 0, hi = CHUNK;

  for (n = 0; n < MAX_FILES; n++)
    {
      snprintf (name, sizeof name, "fill-%02d", n);
      if (!try_create (name, CHUNK))
        break;
    }
  *files = n;

  /* The largest tail file: LO always fits, HI never does. */
  while (hi - lo > 512)
    {
      int mid = (lo + hi) / 2 / 512 * 512;
      if (try_create ("tail", mid))
        {
          remove ("tail");
          lo = mid;
        }
      else
        hi = mid;
    }
  if (lo > 0 && !try_create ("tail", lo))
    fail ("a tail of %d bytes fit once but not again", lo);
  return (long) n * CHUNK + lo;
}

/* Removes what fill_disk created. */
static void
empty_disk (int files)
{
  char name[16];
  int i;

  for (i = 0; i < files; i++)
    {
      snprintf (name, sizeof name, "fill-%02d", i);
      if (!remove (name))
        fail ("remove \"%s\"", name);
    }
  remove ("tail");
}

void
test_main (void)
{
  int files1, files2, fd;
  long total1, total2;
  char byte = 'z';

  CHECK (!try_create ("huge", 12 * 1024 * 1024),
         "a 12 MB file does not fit on a 10 MB disk");
  total1 = fill_disk (&files1);
  CHECK (total1 >= 8 * 1024 * 1024 && total1 < 10 * 1024 * 1024,
         "filled the disk with between 8 and 10 MB of files");
  CHECK (!try_create ("one-more", 4096), "then a 4 kB file does not fit");
  CHECK ((fd = open ("fill-00")) >= 2, "open \"fill-00\"");
  seek (fd, CHUNK - 1);
  CHECK (write (fd, &byte, 1) == 1, "write its last byte");
  seek (fd, CHUNK - 1);
  byte = 0;
  CHECK (read (fd, &byte, 1) == 1 && byte == 'z', "read it back");
  close (fd);
  empty_disk (files1);
  total2 = fill_disk (&files2);
  if (total2 != total1 || files2 != files1)
    fail ("the second round fit %ld bytes in %d files, the first %ld in %d",
          total2, files2, total1, files1);
  msg ("after emptying it, the disk took exactly as much again");
}

/* Proves that a file of 1.2 MB, reaching through the direct, indirect
   and doubly-indirect pointers, keeps every byte where it was written:
   written sequentially in odd-sized pieces and read back sequentially,
   then read at 300 random offsets and sizes, then overwritten at 100
   random places and checked against a copy kept in memory. */

#include <random.h>
#include <stdio.h>
#include <string.h>
#include "filesys/file.h"
#include "filesys/filesys.h"
#include "tests/kernel/fs-lib.h"
#include "tests/threads/tests.h"
#include "threads/malloc.h"

#define SIZE 1200000
#define MAX_IO 20000

/* A random offset and size within the file, of at most MAX_IO bytes. */
static void
random_range (off_t *ofs, off_t *size)
{
  *ofs = random_ulong () % SIZE;
  *size = random_ulong () % MAX_IO + 1;
  if (*size > SIZE - *ofs)
    *size = SIZE - *ofs;
}

static void
random_reads (struct file *f, uint8_t *buffer)
{
  int i;

  for (i = 0; i < 300; i++)
    {
      off_t ofs, size;

      random_range (&ofs, &size);
      if (file_read_at (f, buffer, size, ofs) != size)
        fail ("read of %"PROTd" bytes at %"PROTd" was short", size, ofs);
      fs_verify (buffer, size, ofs, 1, "random read");
    }
  msg ("300 random reads verified");
}

/* Overwrites random ranges with new bytes, mirrored in COPY, then
   compares the whole file with COPY. */
static void
random_writes (struct file *f, uint8_t *copy, uint8_t *buffer)
{
  int i;

  fs_fill (copy, SIZE, 0, 1);
  for (i = 0; i < 100; i++)
    {
      off_t ofs, size, j;

      random_range (&ofs, &size);
      for (j = 0; j < size; j++)
        copy[ofs + j] = random_ulong ();
      file_seek (f, ofs);
      if (file_write (f, copy + ofs, size) != size
          || file_tell (f) != ofs + size)
        fail ("write of %"PROTd" bytes at %"PROTd" misbehaved", size, ofs);
    }
  file_seek (f, 0);
  for (i = 0; i < SIZE; i += MAX_IO)
    {
      off_t n = SIZE - i < MAX_IO ? SIZE - i : MAX_IO;

      if (file_read (f, buffer, n) != n)
        fail ("read at %d was short", i);
      if (memcmp (buffer, copy + i, n))
        fail ("file differs from its copy in the %d bytes at %d", (int) n, i);
    }
  msg ("100 random writes verified");
}

void
test_fs_large (void)
{
  uint8_t *buffer = malloc (MAX_IO);
  uint8_t *copy = malloc (SIZE);
  struct file *f;

  if (buffer == NULL || copy == NULL)
    fail ("out of memory");
  random_init (7);
  fs_must_create ("large", SIZE);
  f = fs_must_open ("large");
  fs_write_pattern (f, SIZE, 1);
  fs_verify_file (f, SIZE, 1, "sequential read");
  msg ("%d bytes written and read back sequentially", SIZE);
  random_reads (f, buffer);
  random_writes (f, copy, buffer);
  file_close (f);

  f = fs_must_open ("large");
  if (file_read_at (f, buffer, 512, SIZE - 512) != 512
      || memcmp (buffer, copy + SIZE - 512, 512))
    fail ("the last sector differs after reopening");
  file_close (f);
  if (!filesys_remove ("large"))
    fail ("remove failed");
  free (copy);
  free (buffer);
}

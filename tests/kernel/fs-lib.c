/* Helpers shared by the fs-* kernel tests. */

#include "tests/kernel/fs-lib.h"
#include <stdio.h>
#include "filesys/file.h"
#include "filesys/filesys.h"
#include "tests/threads/tests.h"
#include "threads/malloc.h"

/* Bytes moved per call by the whole-file helpers: not a multiple of the
   sector size, so calls straddle sectors. */
#define CHUNK 1000

/* The pattern byte at file offset OFS for SEED. */
static uint8_t
pattern_byte (off_t ofs, unsigned seed)
{
  return (uint8_t) (ofs * 7 + ofs / 509 + seed * 13);
}

/* Fills BUFFER with the SIZE pattern bytes that belong at OFFSET. */
void
fs_fill (uint8_t *buffer, size_t size, off_t offset, unsigned seed)
{
  size_t i;

  for (i = 0; i < size; i++)
    buffer[i] = pattern_byte (offset + i, seed);
}

/* Fails the test, naming WHAT, unless BUFFER holds the SIZE pattern
   bytes that belong at OFFSET. */
void
fs_verify (const uint8_t *buffer, size_t size, off_t offset, unsigned seed,
           const char *what)
{
  size_t i;

  for (i = 0; i < size; i++)
    if (buffer[i] != pattern_byte (offset + i, seed))
      fail ("%s: byte %zu of %zu at offset %"PROTd" is %02x, not %02x",
            what, i, size, offset, buffer[i],
            pattern_byte (offset + i, seed));
}

void
fs_must_create (const char *name, off_t size)
{
  if (!filesys_create (name, size))
    fail ("create \"%s\" (%"PROTd" bytes) failed", name, size);
}

struct file *
fs_must_open (const char *name)
{
  struct file *file = filesys_open (name);

  if (file == NULL)
    fail ("open \"%s\" failed", name);
  return file;
}

/* Writes SIZE pattern bytes for SEED from FILE's start, in chunks. */
void
fs_write_pattern (struct file *file, off_t size, unsigned seed)
{
  uint8_t *buffer = malloc (CHUNK);
  off_t ofs;

  if (buffer == NULL)
    fail ("out of memory");
  file_seek (file, 0);
  for (ofs = 0; ofs < size; ofs += CHUNK)
    {
      off_t n = size - ofs < CHUNK ? size - ofs : CHUNK;

      fs_fill (buffer, n, ofs, seed);
      if (file_write (file, buffer, n) != n)
        fail ("write of %"PROTd" bytes at %"PROTd" was short", n, ofs);
    }
  free (buffer);
}

/* Reads FILE from its start and fails unless it holds SIZE pattern
   bytes for SEED and then ends. */
void
fs_verify_file (struct file *file, off_t size, unsigned seed,
                const char *what)
{
  uint8_t *buffer = malloc (CHUNK);
  off_t ofs;

  if (buffer == NULL)
    fail ("out of memory");
  if (file_length (file) != size)
    fail ("%s: length %"PROTd", not %"PROTd, what, file_length (file), size);
  file_seek (file, 0);
  for (ofs = 0; ofs < size; ofs += CHUNK)
    {
      off_t n = size - ofs < CHUNK ? size - ofs : CHUNK;

      if (file_read (file, buffer, n) != n)
        fail ("%s: read of %"PROTd" bytes at %"PROTd" was short",
              what, n, ofs);
      fs_verify (buffer, n, ofs, seed, what);
    }
  if (file_read (file, buffer, 1) != 0)
    fail ("%s: read past end of file returned data", what);
  free (buffer);
}

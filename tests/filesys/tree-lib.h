/* Helpers for the file-system tests: file contents that the host can
   recompute (tests/filesys/archive.pm has the same pattern), and
   checked wrappers for making, writing and walking trees. */
#ifndef TESTS_FILESYS_TREE_LIB_H
#define TESTS_FILESYS_TREE_LIB_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <syscall.h>
#include "tests/lib.h"

/* Byte OFS of the pattern numbered SEED: a hash of both, so that bytes
   out of place or files mixed up show. */
static inline uint8_t
pattern_byte (unsigned seed, unsigned ofs)
{
  uint32_t x = (uint32_t) (ofs + seed * 7919u) * 2654435761u;
  return (uint8_t) (x >> 13);
}

/* Fills the SIZE bytes at BUF with the pattern SEED from offset OFS. */
static inline void
pattern_fill (void *buf, size_t size, unsigned seed, unsigned ofs)
{
  uint8_t *p = buf;
  size_t i;

  for (i = 0; i < size; i++)
    p[i] = pattern_byte (seed, ofs + i);
}

/* Returns the first offset in [OFS, OFS + SIZE) where the SIZE bytes at
   BUF differ from pattern SEED, or -1 if they all match. */
static inline long
pattern_mismatch (const void *buf, size_t size, unsigned seed, unsigned ofs)
{
  const uint8_t *p = buf;
  size_t i;

  for (i = 0; i < size; i++)
    if (p[i] != pattern_byte (seed, ofs + i))
      return (long) (ofs + i);
  return -1;
}

/* Opens NAME or fails the test. */
static inline int
open_or_fail (const char *name)
{
  int fd = open (name);

  if (fd < 2)
    fail ("open \"%s\" failed", name);
  return fd;
}

/* Returns true if NAME can be opened (and closes it again). */
static inline bool
exists (const char *name)
{
  int fd = open (name);

  if (fd < 0)
    return false;
  close (fd);
  return true;
}

/* Makes directory NAME or fails the test. */
static inline void
mkdir_or_fail (const char *name)
{
  if (!mkdir (name))
    fail ("mkdir \"%s\" failed", name);
}

/* Creates NAME holding SIZE bytes of pattern SEED, written in chunks of
   CHUNK bytes into a file created empty (so that it grows); fails the
   test on any error. */
static inline void
make_pattern_file (const char *name, unsigned seed, size_t size, size_t chunk)
{
  static char buf[4096];
  size_t done = 0;
  int fd;

  if (chunk > sizeof buf)
    chunk = sizeof buf;
  if (!create (name, 0))
    fail ("create \"%s\" failed", name);
  fd = open_or_fail (name);
  while (done < size)
    {
      size_t n = size - done < chunk ? size - done : chunk;

      pattern_fill (buf, n, seed, done);
      if (write (fd, buf, n) != (int) n)
        fail ("write of %zu bytes at %zu to \"%s\" failed", n, done, name);
      done += n;
    }
  close (fd);
}

/* Checks that NAME holds exactly SIZE bytes of pattern SEED. */
static inline void
check_pattern_file (const char *name, unsigned seed, size_t size)
{
  static char buf[4096];
  size_t done = 0;
  int fd = open_or_fail (name);

  if (filesize (fd) != (int) size)
    fail ("\"%s\" has size %d, not %zu", name, filesize (fd), size);
  while (done < size)
    {
      size_t n = size - done < sizeof buf ? size - done : sizeof buf;
      long bad;

      if (read (fd, buf, n) != (int) n)
        fail ("read of %zu bytes at %zu from \"%s\" failed", n, done, name);
      bad = pattern_mismatch (buf, n, seed, done);
      if (bad >= 0)
        fail ("\"%s\" holds a wrong byte at offset %ld", name, bad);
      done += n;
    }
  if (read (fd, buf, 1) != 0)
    fail ("\"%s\" reads past its size", name);
  close (fd);
}

/* Returns the number of entries readdir lists in directory NAME. */
static inline int
count_entries (const char *name)
{
  char entry[READDIR_MAX_LEN + 1];
  int fd = open_or_fail (name);
  int cnt = 0;

  while (readdir (fd, entry))
    if (++cnt > 100000)
      fail ("readdir of \"%s\" does not end", name);
  close (fd);
  return cnt;
}

/* Starts CNT processes "child-fs ARGS I" (see child-fs.c), all named
   child-fs, and stores their pids in PIDS; wait_children (tests/lib.h)
   then checks that child I exited with I. */
static inline void
spawn_children (const char *args, pid_t pids[], int cnt)
{
  int i;

  for (i = 0; i < cnt; i++)
    {
      char cmd[96];

      snprintf (cmd, sizeof cmd, "child-fs %s %d", args, i);
      pids[i] = fork_exec ("child-fs", cmd);
    }
}

#endif /* tests/filesys/tree-lib.h */

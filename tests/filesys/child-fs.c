/* A helper the file-system tests run as several processes at once:
   "child-fs MODE ... ID" does the part MODE names and exits with a
   status that the parent checks (ID, or a count for the race modes).
   It prints nothing unless something goes wrong. */

#include <stdlib.h>
#include <string.h>
#include "tests/filesys/tree-lib.h"

const bool silent_program = true;

static char buf[4096];

/* Grows its own file "gID" to 20000 bytes in writes of changing sizes,
   checking filesize and tell after each, then reads it back. */
static int
do_grow (int id)
{
  char name[16];
  size_t done = 0, step = 1;
  int fd;

  snprintf (name, sizeof name, "g%d", id);
  if (!create (name, 0))
    fail ("create %s failed", name);
  fd = open_or_fail (name);
  while (done < 20000)
    {
      size_t n = step < 20000 - done ? step : 20000 - done;

      pattern_fill (buf, n, 10 + id, done);
      if (write (fd, buf, n) != (int) n)
        fail ("write to %s at %zu failed", name, done);
      done += n;
      if (filesize (fd) != (int) done || tell (fd) != done)
        fail ("%s: size %d, position %u after writing %zu bytes", name,
              filesize (fd), tell (fd), done);
      step = step * 3 % 1500 + 1;
    }
  close (fd);
  check_pattern_file (name, 10 + id, 20000);
  return id;
}

/* Writes the 512-byte blocks ID, ID + CNT, ID + 2 CNT... below 40 of
   the shared file "shared", each at its own offset, so that the file
   grows from several processes at once, with holes filled later. */
static int
do_append (int cnt, int id)
{
  int fd = open_or_fail ("shared");
  int k;

  for (k = id; k < 40; k += cnt)
    {
      pattern_fill (buf, 512, 5, k * 512);
      seek (fd, k * 512);
      if (write (fd, buf, 512) != 512)
        fail ("write of block %d to shared failed", k);
    }
  close (fd);
  return id;
}

/* Reads "rwfile" (8192 bytes of pattern 7) 20 times while others
   rewrite it with the same bytes: every read must see them. */
static int
do_rw_read (int id)
{
  int fd = open_or_fail ("rwfile");
  int round, half;

  for (round = 0; round < 20; round++)
    {
      seek (fd, 0);
      for (half = 0; half < 2; half++)
        {
          long bad;

          if (read (fd, buf, 4096) != 4096)
            fail ("read of rwfile failed");
          bad = pattern_mismatch (buf, 4096, 7, half * 4096);
          if (bad >= 0)
            fail ("rwfile read wrong at byte %ld in round %d", bad, round);
        }
    }
  close (fd);
  return id;
}

/* Rewrites "rwfile" with its own bytes 10 times, 100 bytes a write. */
static int
do_rw_write (int id)
{
  int fd = open_or_fail ("rwfile");
  int round;
  size_t ofs;

  for (round = 0; round < 10; round++)
    {
      seek (fd, 0);
      for (ofs = 0; ofs < 8192; ofs += 100)
        {
          size_t n = 8192 - ofs < 100 ? 8192 - ofs : 100;

          pattern_fill (buf, n, 7, ofs);
          if (write (fd, buf, n) != (int) n)
            fail ("rewrite of rwfile at %zu failed", ofs);
        }
    }
  close (fd);
  return id;
}

/* Reads "growing" while its writer extends it to 20000 bytes of pattern
   9: every byte inside the size it sees must already be right. */
static int
do_grow_read (int id)
{
  int fd = open_or_fail ("growing");
  int size = 0, looks = 0;

  while (size < 20000)
    {
      long bad;

      size = filesize (fd);
      if (size < 0 || size > 20000)
        fail ("growing has size %d", size);
      seek (fd, 0);
      if (size > 0 && read (fd, buf, size < 4096 ? size : 4096)
          != (size < 4096 ? size : 4096))
        fail ("read of growing failed at size %d", size);
      bad = pattern_mismatch (buf, size < 4096 ? size : 4096, 9, 0);
      if (bad >= 0)
        fail ("growing read wrong at byte %ld with size %d", bad, size);
      if (size >= 4096)
        {
          seek (fd, size - 512);
          if (read (fd, buf, 512) != 512)
            fail ("read of the last 512 bytes below size %d failed", size);
          bad = pattern_mismatch (buf, 512, 9, size - 512);
          if (bad >= 0)
            fail ("growing read wrong at byte %ld with size %d", bad, size);
        }
      if (++looks > 100000)
        fail ("growing never reached 20000 bytes");
    }
  close (fd);
  return id;
}

/* Creates "d/fID_K" for K < 10 in the shared directory "d", removes the
   odd ones, and checks the even ones. */
static int
do_create_remove (int id)
{
  char name[32];
  int k;

  for (k = 0; k < 10; k++)
    {
      snprintf (name, sizeof name, "d/f%d_%d", id, k);
      make_pattern_file (name, id * 10 + k, 100 + k, 64);
    }
  for (k = 1; k < 10; k += 2)
    {
      snprintf (name, sizeof name, "d/f%d_%d", id, k);
      if (!remove (name))
        fail ("remove %s failed", name);
    }
  for (k = 0; k < 10; k += 2)
    {
      snprintf (name, sizeof name, "d/f%d_%d", id, k);
      check_pattern_file (name, id * 10 + k, 100 + k);
    }
  return id;
}

/* Builds "t/cID/x/y" with a file in each of its directories. */
static int
do_mkdir (int id)
{
  char name[48];

  snprintf (name, sizeof name, "t/c%d", id);
  mkdir_or_fail (name);
  snprintf (name, sizeof name, "t/c%d/x", id);
  mkdir_or_fail (name);
  snprintf (name, sizeof name, "t/c%d/x/y", id);
  mkdir_or_fail (name);
  snprintf (name, sizeof name, "t/c%d/x/y/f", id);
  make_pattern_file (name, 40 + id, 700, 700);
  snprintf (name, sizeof name, "t/c%d/x/f", id);
  make_pattern_file (name, 50 + id, 300, 300);
  return id;
}

/* Races the others to create "race" and make "racedir"; exits with 1
   for a won create plus 2 for a won mkdir. */
static int
do_same_name (void)
{
  int won = 0;

  if (create ("race", 10))
    won |= 1;
  if (mkdir ("racedir"))
    won |= 2;
  return won;
}

/* Races the others to remove "victim"; exits with 1 if it won. */
static int
do_remove_race (void)
{
  return remove ("victim") ? 1 : 0;
}

/* Reads "cfile" (SIZE bytes of pattern 3) once. */
static int
do_cache_read (int size, int id)
{
  check_pattern_file ("cfile", 3, size);
  return id;
}

/* Opens "here" relative to the working directory it was started in;
   it holds 100 bytes of pattern 11. */
static int
do_cwd (int id)
{
  check_pattern_file ("here", 11, 100);
  return id;
}

/* Lists "busy" 30 times while another process adds and removes files
   there: every name must be one that process uses. */
static int
do_readdir (int id)
{
  char entry[READDIR_MAX_LEN + 1];
  int round;

  for (round = 0; round < 30; round++)
    {
      int fd = open_or_fail ("busy");

      while (readdir (fd, entry))
        if (entry[0] != 'n' || atoi (entry + 1) < 0 || atoi (entry + 1) > 99
            || strlen (entry) > 3)
          fail ("readdir of busy returned \"%s\"", entry);
      close (fd);
    }
  return id;
}

/* Adds and removes files "busy/nK" for K < 60. */
static int
do_churn (int id)
{
  char name[16];
  int k;

  for (k = 0; k < 60; k++)
    {
      snprintf (name, sizeof name, "busy/n%d", k);
      if (!create (name, 0))
        fail ("create %s failed", name);
      if (k % 3 != 0 && !remove (name))
        fail ("remove %s failed", name);
    }
  return id;
}

void
test_main (void)
{
  const char *mode = test_argc > 2 ? test_argv[1] : "";
  int id = atoi (test_argv[test_argc - 1]);
  int arg = test_argc > 3 ? atoi (test_argv[2]) : 0;

  if (!strcmp (mode, "grow"))
    exit (do_grow (id));
  if (!strcmp (mode, "append"))
    exit (do_append (arg, id));
  if (!strcmp (mode, "rw-read"))
    exit (do_rw_read (id));
  if (!strcmp (mode, "rw-write"))
    exit (do_rw_write (id));
  if (!strcmp (mode, "grow-read"))
    exit (do_grow_read (id));
  if (!strcmp (mode, "crm"))
    exit (do_create_remove (id));
  if (!strcmp (mode, "mkdir"))
    exit (do_mkdir (id));
  if (!strcmp (mode, "same"))
    exit (do_same_name ());
  if (!strcmp (mode, "rm-race"))
    exit (do_remove_race ());
  if (!strcmp (mode, "cread"))
    exit (do_cache_read (arg, id));
  if (!strcmp (mode, "cwd"))
    exit (do_cwd (id));
  if (!strcmp (mode, "readdir"))
    exit (do_readdir (id));
  if (!strcmp (mode, "churn"))
    exit (do_churn (id));
  fail ("usage: child-fs MODE [ARG] ID");
}

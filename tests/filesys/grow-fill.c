/* Writing on a 1 MB disk until it fills ends in a short write, not a
   crash; the size is what was written; after removing the file, the
   same amount fits again, so nothing leaked. */

#include "tests/filesys/tree-lib.h"

/* Writes pattern SEED to new file NAME until a write comes up short;
   returns the bytes written. */
static size_t
fill (const char *name, unsigned seed)
{
  static char buf[4096];
  size_t done = 0;
  int fd, n;

  if (!create (name, 0))
    fail ("create %s failed", name);
  fd = open_or_fail (name);
  for (;;)
    {
      pattern_fill (buf, sizeof buf, seed, done);
      n = write (fd, buf, sizeof buf);
      if (n > 0)
        done += n;
      if (n != (int) sizeof buf)
        break;
      if (done > 2 * 1024 * 1024)
        fail ("wrote 2 MB to a 1 MB disk");
    }
  if (filesize (fd) != (int) done)
    fail ("%s has size %d after %zu bytes were written", name,
          filesize (fd), done);
  close (fd);
  return done;
}

void
test_main (void)
{
  size_t first, second;

  first = fill ("big", 30);
  CHECK (first > 600 * 1024, "the first file filled the disk past 600 kB");
  check_pattern_file ("big", 30, first);
  CHECK (remove ("big"), "remove it");
  second = fill ("big2", 31);
  CHECK (second == first, "the second file filled the same room");
  check_pattern_file ("big2", 31, second);
  CHECK (remove ("big2"), "remove it too");
}

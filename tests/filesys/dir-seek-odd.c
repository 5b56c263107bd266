/* Proves that seek on a directory cannot make readdir invent names: from
   every position in the first entries, and near INT32_MAX, readdir
   lists only names the directory holds, and none twice in a row. */

#include <string.h>
#include "tests/filesys/tree-lib.h"

/* The names in the directory. */
static const char *names[] = { "abcdefghijklmn", "ABCDEFGHIJKLMN", "x" };

/* Tells whether NAME is one of NAMES. */
static bool
is_known (const char *name)
{
  size_t i;

  for (i = 0; i < sizeof names / sizeof *names; i++)
    if (!strcmp (name, names[i]))
      return true;
  return false;
}

void
test_main (void)
{
  char entry[READDIR_MAX_LEN + 1];
  unsigned pos;
  size_t i;
  int fd;

  mkdir_or_fail ("d");
  for (i = 0; i < sizeof names / sizeof *names; i++)
    {
      char path[32] = "d/";
      strlcpy (path + 2, names[i], sizeof path - 2);
      CHECK (create (path, 0), "create %s", path);
    }
  fd = open_or_fail ("d");
  for (pos = 0; pos < 200; pos++)
    {
      seek (fd, pos);
      while (readdir (fd, entry))
        if (!is_known (entry))
          fail ("readdir after seek to %u listed \"%s\"", pos, entry);
    }
  msg ("readdir after seek to 0 to 199 lists only names in d");
  seek (fd, 0x7fffffe1);
  CHECK (!readdir (fd, entry), "readdir near INT32_MAX lists nothing");
  close (fd);
}

/* Proves that symbolic links work in paths: a link to a file reads the
   file; a relative target is resolved from the link's own directory,
   not the working directory; a link to a directory works in the middle
   of a path and with chdir; links to links work; a dangling link can be
   made but not opened; removing a link leaves its target; a link's
   name cannot be taken twice. */

#include <string.h>
#include <syscall.h>
#include "tests/lib.h"

/* Opens PATH and checks that it holds the 4 bytes "data". */
static bool
holds_data (const char *path)
{
  char buf[8];
  int fd = open (path);
  bool ok = fd > 1 && read (fd, buf, sizeof buf) == 4
            && !memcmp (buf, "data", 4);

  if (fd > 1)
    close (fd);
  return ok;
}

void
test_main (void)
{
  int fd;

  CHECK (mkdir ("d") && create ("d/file", 0) && (fd = open ("d/file")) > 1
         && write (fd, "data", 4) == 4, "make d/file");
  close (fd);
  CHECK (symlink ("file", "d/rel") == 0 && holds_data ("d/rel"),
         "d/rel -> file resolves from d, not from /");
  CHECK (symlink ("/d/file", "abs") == 0 && holds_data ("abs"),
         "abs -> /d/file");
  CHECK (symlink ("d", "dl") == 0 && holds_data ("dl/file")
         && holds_data ("dl/rel"), "dl -> d works inside a path");
  CHECK (chdir ("dl") && holds_data ("file") && chdir ("/"),
         "chdir through dl");
  CHECK (symlink ("abs", "l1") == 0 && symlink ("l1", "l2") == 0
         && symlink ("/l2", "d/l3") == 0 && holds_data ("d/l3"),
         "d/l3 -> /l2 -> l1 -> abs -> /d/file");
  CHECK (symlink ("nowhere", "dangling") == 0 && open ("dangling") < 0,
         "a dangling link is made but does not open");
  CHECK (symlink ("d/file", "abs") == -1 && symlink ("x", "d") == -1,
         "a name in use cannot become a link");
  CHECK (remove ("abs") && open ("abs") < 0 && holds_data ("d/file")
         && open ("l1") < 0, "removing a link leaves its target");
  CHECK (remove ("dl") && isdir (open ("d")),
         "removing a link to a directory leaves the directory");
}

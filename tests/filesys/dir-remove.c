/* Proves the rules for removing directories.  A directory with entries
   cannot be removed; an empty one can; "/", "." and ".." cannot.  Our
   policy for a directory that is open or a working directory: removing
   it is allowed (if empty); it stays usable as a handle but is dead:
   nothing can be created or found in it, readdir finds nothing, and
   ".." from it fails.  Its name is free at once. */

#include <syscall.h>
#include "tests/lib.h"

void
test_main (void)
{
  char name[READDIR_MAX_LEN + 1];
  int fd;

  CHECK (mkdir ("d") && create ("d/f", 0), "mkdir d, create d/f");
  CHECK (!remove ("d"), "remove of a non-empty directory fails");
  CHECK (remove ("d/f") && remove ("d") && open ("d") < 0,
         "empty it, and it can be removed");
  CHECK (!remove ("/") && !remove (".") && !remove ("..")
         && !remove ("/.") && open ("/") > 1,
         "\"/\", \".\" and \"..\" cannot be removed");

  CHECK (mkdir ("cwd") && chdir ("cwd"), "mkdir cwd, chdir cwd");
  CHECK ((fd = open ("/cwd")) > 1, "open /cwd");
  CHECK (remove ("/cwd"), "remove /cwd, the working directory, succeeds");
  CHECK (!create ("x", 0) && !mkdir ("y") && open ("x") < 0
         && open ("..") < 0, "nothing can be created or found in it");
  CHECK (!readdir (fd, name) && isdir (fd), "the open handle reads empty");
  close (fd);
  CHECK (chdir ("/") && mkdir ("cwd") && open ("cwd") > 1,
         "chdir / works, and the name cwd is free again");
}

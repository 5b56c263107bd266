/* Removing the working directory either fails, leaving it whole, or
   succeeds, after which nothing can be created in it; either way the
   rest of the tree stays sound. */

#include "tests/filesys/tree-lib.h"

void
test_main (void)
{
  int fd;

  mkdir_or_fail ("/a");
  CHECK (chdir ("/a"), "chdir /a");
  if (remove ("/a"))
    {
      msg ("remove of the working directory succeeded");
      CHECK (!create ("f", 0), "create inside the removed directory fails");
      CHECK (!exists ("/a"), "/a is gone");
      fd = open (".");
      if (fd >= 0)
        {
          char entry[READDIR_MAX_LEN + 1];

          if (readdir (fd, entry))
            fail ("the removed directory lists \"%s\"", entry);
          close (fd);
        }
    }
  else
    {
      msg ("remove of the working directory failed");
      CHECK (create ("f", 0), "create inside it still works");
      CHECK (remove ("f"), "remove f");
      CHECK (chdir ("/"), "chdir /");
      CHECK (remove ("/a"), "remove /a once it is no one's cwd");
    }
  CHECK (chdir ("/"), "back at the root");
  CHECK (mkdir ("/a"), "mkdir /a again");
  CHECK (create ("/a/g", 0), "create /a/g");
}

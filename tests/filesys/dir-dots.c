/* Paths with ".", ".." and the root's own ".." name the directories
   they should, as inumber shows. */

#include "tests/filesys/tree-lib.h"

/* Returns the inode number of PATH. */
static int
ino (const char *path)
{
  int fd = open_or_fail (path);
  int n = inumber (fd);

  close (fd);
  return n;
}

void
test_main (void)
{
  int root, a, b;

  mkdir_or_fail ("a");
  mkdir_or_fail ("a/b");
  root = ino ("/");
  a = ino ("a");
  b = ino ("a/b");
  CHECK (root != a && a != b && root != b, "/, a and a/b differ");
  CHECK (ino ("/.") == root && ino ("/..") == root && ino ("/../..") == root,
         "/., /.. and /../.. are the root");
  CHECK (ino ("a/..") == root && ino ("a/b/../..") == root, "a/.. and a/b/../.. are the root");
  CHECK (ino ("./a/./b/..") == a && ino ("a/b/.") == b, "./a/./b/.. is a, a/b/. is b");
  CHECK (chdir ("a/b") && ino ("..") == a && ino ("../..") == root, "from a/b, .. is a and ../.. the root");
  CHECK (ino ("../../a/b") == b, "../../a/b is a/b");
}

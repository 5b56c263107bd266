/* Proves that directories and paths work: mkdir, absolute and relative
   paths with "." and "..", chdir, open of a directory with isdir and
   inumber, readdir listing everything but "." and "..", and the
   failures: a write, read or mmap of a directory, mkdir of an existing name, a
   component of 15 characters, a path through a file or a missing
   directory, chdir to a file. */

#include <string.h>
#include <syscall.h>
#include "tests/lib.h"

/* Opens PATH and checks that it holds the 5 bytes "hello". */
static void
check_hello (const char *path)
{
  char buf[8];
  int fd = open (path);

  if (fd < 2)
    fail ("open \"%s\"", path);
  if (read (fd, buf, sizeof buf) != 5 || memcmp (buf, "hello", 5))
    fail ("\"%s\" does not hold \"hello\"", path);
  close (fd);
}

void
test_main (void)
{
  char name[READDIR_MAX_LEN + 1];
  int fd, dfd, fd2, cnt = 0;

  CHECK (mkdir ("a") && mkdir ("/a/b") && mkdir ("a/b/c"),
         "mkdir a, /a/b, a/b/c");
  CHECK (create ("a/b/f", 0) && (fd = open ("a/b/f")) > 1
         && write (fd, "hello", 5) == 5, "create and write a/b/f");
  close (fd);
  check_hello ("/a/b/f");
  check_hello ("a/./b/../b/f");
  check_hello ("//a//b///f");
  check_hello ("a/b/c/../f");
  CHECK (chdir ("a/b/c"), "chdir a/b/c");
  check_hello ("../f");
  check_hello ("../../../a/b/f");
  check_hello ("/../../a/b/f");
  CHECK (chdir ("..") && open ("f") > 1, "chdir .., then f is there");
  msg ("absolute and relative paths name the same file");

  CHECK ((dfd = open ("/a/b")) > 1 && isdir (dfd), "open /a/b: isdir");
  CHECK ((fd2 = open (".")) > 1 && inumber (fd2) == inumber (dfd),
         "\".\" is the working directory /a/b");
  CHECK ((fd = open ("f")) > 1 && !isdir (fd)
         && inumber (fd) != inumber (dfd), "a file is not a directory");
  CHECK (write (dfd, "x", 1) == -1, "write to a directory fails");
  CHECK (read (dfd, name, 4) == -1
         && mmap ((void *) 0x10000000, 4096, 1, dfd, 0) == NULL,
         "read and mmap of a directory fail");
  while (readdir (dfd, name))
    {
      if (strcmp (name, "c") && strcmp (name, "f"))
        fail ("readdir gave \"%s\"", name);
      cnt++;
    }
  CHECK (cnt == 2, "readdir lists c and f, not . or ..");

  CHECK (!mkdir ("c") && !mkdir ("/a") && !create ("/a/b/c", 0),
         "mkdir or create of an existing name fails");
  CHECK (!mkdir ("abcdefghijklmno") && mkdir ("abcdefghijklmn"),
         "15 characters are too many, 14 are fine");
  CHECK (!create ("f/x", 0) && !mkdir ("nope/x") && open ("nope/f") < 0,
         "paths through a file or a missing directory fail");
  CHECK (!chdir ("f") && !chdir ("nope") && !mkdir ("") && !mkdir ("/"),
         "chdir to a file, mkdir of \"\" or \"/\" fail");
}

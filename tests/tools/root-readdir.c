/* Proves that the root directory can be opened and listed on the base
   file system, as the shell's ls does: open ("/") gives a descriptor for
   which isdir is true and readdir returns each name once, then false;
   read, write and mmap fail on it; isdir and readdir fail on other
   descriptors; and a bad name buffer ends the caller with -1. */

#include <string.h>
#include <syscall.h>
#include "tests/lib.h"

/* Reads every name of the directory open as FD and checks that they
   are exactly "alpha", "beta" and "root-readdir", in any order. */
static void
check_names (int fd)
{
  static const char *expected[] = {"alpha", "beta", "root-readdir"};
  bool seen[3] = {false, false, false};
  char name[READDIR_MAX_LEN + 1];
  int i, cnt = 0;

  while (readdir (fd, name))
    {
      for (i = 0; i < 3; i++)
        if (!strcmp (name, expected[i]) && !seen[i])
          break;
      if (i == 3)
        fail ("readdir returned \"%s\", unexpected or twice", name);
      seen[i] = true;
      cnt++;
    }
  CHECK (cnt == 3, "readdir returned the 3 names, then false");
  CHECK (!readdir (fd, name), "readdir at the end stays false");
}

void
test_main (void)
{
  int dir, file;
  char byte = 'x', name[READDIR_MAX_LEN + 1];
  pid_t pid;
  int status;

  CHECK (create ("alpha", 10), "create \"alpha\"");
  CHECK (create ("beta", 0), "create \"beta\"");
  CHECK ((dir = open ("/")) > 1, "open \"/\"");
  CHECK (isdir (dir), "isdir is true for \"/\"");
  check_names (dir);
  CHECK (read (dir, &byte, 1) == -1, "read from the directory fails");
  CHECK (write (dir, &byte, 1) == -1, "write to the directory fails");
  CHECK (mmap ((void *) 0x10000000, 4096, 1, dir, 0) == MAP_FAILED,
         "mmap of the directory fails");
  CHECK ((file = open ("alpha")) > 1, "open \"alpha\"");
  CHECK (!isdir (file), "isdir is false for a file");
  CHECK (!readdir (file, name), "readdir of a file fails");
  CHECK (!isdir (0) && !isdir (1234), "isdir is false for the keyboard "
         "and a bad descriptor");
  CHECK (!remove ("/"), "remove \"/\" fails");

  pid = fork ("bad-readdir");
  if (pid == 0)
    {
      /* Through a volatile, so the compiler does not judge the
         pointer itself. */
      char *volatile bad = (char *) 0x20;
      int fd = open ("/");

      readdir (fd, bad);
      fail ("readdir with a bad buffer returned");
    }
  status = wait (pid);
  CHECK (status == -1, "readdir with a bad buffer ends the caller");
  close (file);
  close (dir);
}

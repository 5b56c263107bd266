/* Proves that dup2 onto an open descriptor closes what it referred to
   first: the number then reaches the old file, and the file it held is
   no longer reachable through it. */

#include <syscall.h>
#include "tests/lib.h"

void
test_main (void)
{
  char c;
  int a, b;

  CHECK (create ("other", 5), "create \"other\" of 5 zero bytes");
  CHECK ((a = open ("sample.txt")) == 2, "open \"sample.txt\" as fd 2");
  CHECK ((b = open ("other")) == 3, "open \"other\" as fd 3");
  CHECK (dup2 (a, b) == b, "dup2 (2, 3) returns 3");
  CHECK (filesize (b) == 187, "fd 3 is now sample.txt (187 bytes)");
  CHECK (read (b, &c, 1) == 1 && c == 'T', "fd 3 reads 'T'");
  close (a);
  close (b);
  CHECK (open ("other") == 2, "after closing both, open gives fd 2");
  CHECK (open ("other") == 3, "and then fd 3");
}

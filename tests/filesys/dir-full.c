/* Proves that making directories on a full disk fails cleanly: on a
   1 MB disk, directories are made inside one another until mkdir
   fails; removing them all from the bottom up and doing it again makes
   exactly as many, so no failed mkdir kept a sector. */

#include <stdio.h>
#include <syscall.h>
#include "tests/lib.h"

/* Makes nested directories named "d" from the working directory until
   the disk is full; returns how many, back at the top. */
static int
make_vine (void)
{
  int n = 0, i;

  while (mkdir ("d"))
    {
      if (!chdir ("d"))
        fail ("chdir into a new directory failed");
      n++;
    }
  if (create ("f", 4096))
    fail ("a 4 kB file fit on the full disk");
  for (i = 0; i < n; i++)
    {
      if (!chdir (".."))
        fail ("chdir .. failed");
      if (!remove ("d"))
        fail ("remove of level %d failed", n - i);
    }
  return n;
}

void
test_main (void)
{
  int first, second;

  first = make_vine ();
  if (first < 200)
    fail ("only %d directories fit on a 1 MB disk", first);
  msg ("directories made until the disk filled, then removed");
  second = make_vine ();
  if (second != first)
    fail ("%d directories the first time, %d the second", first, second);
  msg ("the second time, exactly as many fit");
}

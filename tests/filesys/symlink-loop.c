/* Proves that link loops fail instead of hanging: a link to itself,
   two links to each other, and a loop met in the middle of a path all
   fail to open; a chain of 8 links (the most followed) opens, one of 9
   does not.  A loop can still be removed. */

#include <stdio.h>
#include <syscall.h>
#include "tests/lib.h"

void
test_main (void)
{
  char name[16], target[16];
  int i;

  CHECK (symlink ("self", "self") == 0 && open ("self") < 0,
         "a link to itself does not open");
  CHECK (symlink ("pong", "ping") == 0 && symlink ("ping", "pong") == 0
         && open ("ping") < 0 && open ("pong/x") < 0 && !mkdir ("ping/d")
         && !create ("pong/f", 0), "two links to each other fail in paths");
  CHECK (create ("end", 0), "create end");
  for (i = 1; i <= 9; i++)
    {
      snprintf (name, sizeof name, "c%d", i);
      snprintf (target, sizeof target, i == 1 ? "end" : "c%d", i - 1);
      if (symlink (target, name) != 0)
        fail ("symlink %s -> %s", name, target);
    }
  CHECK (open ("c8") > 1 && open ("c9") < 0,
         "a chain of 8 links opens, of 9 does not");
  CHECK (remove ("ping") && remove ("self") && open ("pong") < 0,
         "loops can be removed");
}

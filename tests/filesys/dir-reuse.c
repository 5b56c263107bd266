/* Entries freed by remove are used again: 20 rounds of filling a
   directory with 40 files and emptying it leave it empty and working. */

#include "tests/filesys/tree-lib.h"

void
test_main (void)
{
  char name[16];
  int round, i;

  mkdir_or_fail ("d");
  for (round = 0; round < 20; round++)
    {
      for (i = 0; i < 40; i++)
        {
          snprintf (name, sizeof name, "d/r%dx%d", round, i);
          if (!create (name, round))
            fail ("create %s failed", name);
        }
      for (i = 0; i < 40; i++)
        {
          snprintf (name, sizeof name, "d/r%dx%d", round, i);
          if (!remove (name))
            fail ("remove %s failed", name);
        }
    }
  CHECK (count_entries ("d") == 0, "d is empty after 20 rounds");
  make_pattern_file ("d/last", 8, 1234, 100);
  check_pattern_file ("d/last", 8, 1234);
  CHECK (remove ("d/last") && remove ("d"), "d and its last file removed");
}

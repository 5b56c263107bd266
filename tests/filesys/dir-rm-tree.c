/* Builds a tree of directories and files and removes it bottom-up with
   readdir, five times over; the tree is gone each time and a sibling
   tree is untouched. */

#include "tests/filesys/tree-lib.h"

#define MAX_NAMES 16

/* Removes PATH and, if it is a directory, everything under it. */
static void
remove_tree (const char *path)
{
  char names[MAX_NAMES][READDIR_MAX_LEN + 1];
  char child[128];
  int fd = open_or_fail (path);
  int cnt = 0, i;

  if (isdir (fd))
    while (cnt < MAX_NAMES && readdir (fd, names[cnt]))
      cnt++;
  close (fd);
  for (i = 0; i < cnt; i++)
    {
      snprintf (child, sizeof child, "%s/%s", path, names[i]);
      remove_tree (child);
    }
  if (!remove (path))
    fail ("remove %s failed", path);
}

/* Builds the tree r: r/a/b with files, r/c, files at each level. */
static void
build_tree (int round)
{
  mkdir_or_fail ("r");
  mkdir_or_fail ("r/a");
  mkdir_or_fail ("r/a/b");
  mkdir_or_fail ("r/c");
  make_pattern_file ("r/f", round, 3000, 1000);
  make_pattern_file ("r/a/f", round + 1, 70000, 4096);
  make_pattern_file ("r/a/b/f", round + 2, 10, 10);
  make_pattern_file ("r/a/b/g", round + 3, 0, 10);
}

void
test_main (void)
{
  int round;

  mkdir_or_fail ("keep");
  make_pattern_file ("keep/f", 77, 5000, 512);
  for (round = 0; round < 5; round++)
    {
      build_tree (round);
      remove_tree ("r");
      if (exists ("r"))
        fail ("r is still there after round %d", round);
    }
  msg ("built and removed the tree 5 times");
  check_pattern_file ("keep/f", 77, 5000);
  CHECK (count_entries ("/keep") == 1, "keep is intact");
}

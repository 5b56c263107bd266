/* Fills one directory with 200 files, so that it grows over many
   sectors; readdir lists each exactly once; after removing 100 and
   adding 50 it lists 150. */

#include "tests/filesys/tree-lib.h"

#define CNT 200

static bool seen[CNT];

/* Lists "w" and checks that it holds exactly the names fI for I in
   [0, CNT) that WANT says, plus the names gI, I < G_CNT. */
static void
check_listing (bool (*want) (int), int g_cnt)
{
  char entry[READDIR_MAX_LEN + 1];
  int fd = open_or_fail ("w");
  int i, listed = 0, g_seen = 0;

  memset (seen, 0, sizeof seen);
  while (readdir (fd, entry))
    {
      int n = atoi (entry + 1);

      listed++;
      if (entry[0] == 'g' && n >= 0 && n < g_cnt)
        g_seen++;
      else if (entry[0] != 'f' || n < 0 || n >= CNT || seen[n] || !want (n))
        fail ("readdir listed \"%s\" wrongly", entry);
      else
        seen[n] = true;
    }
  close (fd);
  for (i = 0; i < CNT; i++)
    if (want (i) && !seen[i])
      fail ("readdir did not list f%d", i);
  if (g_seen != g_cnt)
    fail ("readdir listed %d g-files, not %d", g_seen, g_cnt);
  msg ("readdir lists %d entries, each once", listed);
}

static bool all (int i) { return i >= 0; }
static bool odd (int i) { return i % 2 == 1; }

void
test_main (void)
{
  char name[16];
  int i;

  mkdir_or_fail ("w");
  for (i = 0; i < CNT; i++)
    {
      snprintf (name, sizeof name, "w/f%d", i);
      make_pattern_file (name, i, i, 64);
    }
  check_listing (all, 0);
  for (i = 0; i < CNT; i += 2)
    {
      snprintf (name, sizeof name, "w/f%d", i);
      if (!remove (name))
        fail ("remove %s failed", name);
    }
  for (i = 0; i < 50; i++)
    {
      snprintf (name, sizeof name, "w/g%d", i);
      make_pattern_file (name, 1000 + i, 10, 10);
    }
  check_listing (odd, 50);
  for (i = 1; i < CNT; i += 2)
    {
      snprintf (name, sizeof name, "w/f%d", i);
      check_pattern_file (name, i, i);
    }
}

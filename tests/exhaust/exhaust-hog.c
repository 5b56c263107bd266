/* Helper of the swap-full tests, run as "exhaust-hog fill ID" or
   "exhaust-hog race ID".  fill writes every page of an 8 MiB array and
   exits with 0 if it gets that far.  race writes 160 pages, then keeps
   rereading and rewriting them in a scattered order, and exits with 0
   if every page held what was last written there, 1 otherwise. */

#include <stdlib.h>
#include <string.h>
#include "tests/lib.h"

const bool silent_program = true;

#define PAGE 4096
#define FILL_PAGES 2048
#define RACE_PAGES 160
#define RACE_ROUNDS 2000

static unsigned char area[FILL_PAGES * PAGE];

static void
fill (int id)
{
  size_t i;

  for (i = 0; i < FILL_PAGES; i++)
    memset (area + i * PAGE, id + i, 64);
  exit (0);
}

static void
race (int id)
{
  unsigned long x = 12345 + id;
  int i, bad = 0;

  for (i = 0; i < RACE_PAGES; i++)
    area[i * PAGE] = (unsigned char) i;
  for (i = 0; i < RACE_ROUNDS; i++)
    {
      unsigned char *page;
      int p;

      x = x * 6364136223846793005UL + 1442695040888963407UL;
      p = (x >> 33) % RACE_PAGES;
      page = area + p * PAGE;
      bad += page[0] != (unsigned char) (p + page[1]);
      page[1]++;
      page[0] = (unsigned char) (p + page[1]);
    }
  exit (bad == 0 ? 0 : 1);
}

void
test_main (void)
{
  if (test_argc != 3)
    exit (2);
  if (!strcmp (test_argv[1], "fill"))
    fill (atoi (test_argv[2]));
  race (atoi (test_argv[2]));
}

/* Proves that file-backed pages are evicted to their file, not lost:
   half the pages of a 2 MiB mapping are rewritten, then 9 MiB of
   anonymous memory push the mapping out of memory; the mapping still
   reads right, and after munmap the file holds exactly the changes. */

#include <stdint.h>
#include "tests/lib.h"
#include "tests/vm/vm-util.h"

#define FILE_SIZE (2 * 1024 * 1024)
#define FILE_PAGES (FILE_SIZE / PAGE_SIZE)
#define PAGE_WORDS (PAGE_SIZE / sizeof (uint64_t))
#define PRESSURE_WORDS (9 * 1024 * 1024 / sizeof (uint64_t))

static uint64_t pressure[PRESSURE_WORDS];

/* The seed of the pattern page I of the file holds: odd pages are
   rewritten through the mapping once REWRITTEN is true. */
static uint64_t
page_seed (size_t i, bool rewritten)
{
  return rewritten && i % 2 == 1 ? 3100 + i : 3000 + i;
}

/* Fails unless every page at MAP holds its pattern. */
static void
check_map (const uint64_t (*map)[PAGE_WORDS], bool rewritten)
{
  size_t i;

  for (i = 0; i < FILE_PAGES; i++)
    pattern_check (map[i], PAGE_WORDS, page_seed (i, rewritten),
                   "a mapped page");
}

/* Fails unless FILE, read with read(), holds the patterns. */
static void
check_file_pages (const char *file, bool rewritten)
{
  static uint64_t page[PAGE_WORDS];
  int fd = open_or_fail (file);
  size_t i;

  for (i = 0; i < FILE_PAGES; i++)
    {
      if (read (fd, page, PAGE_SIZE) != PAGE_SIZE)
        fail ("read page %zu of \"%s\"", i, file);
      pattern_check (page, PAGE_WORDS, page_seed (i, rewritten),
                     "a page of the file");
    }
  close (fd);
}

void
test_main (void)
{
  static uint64_t page[PAGE_WORDS];
  uint64_t (*map)[PAGE_WORDS];
  size_t i;
  int fd;

  CHECK (create ("swap-data", FILE_SIZE), "create a 2 MiB file");
  fd = open_or_fail ("swap-data");
  for (i = 0; i < FILE_PAGES; i++)
    {
      pattern_fill (page, PAGE_WORDS, page_seed (i, false));
      if (write (fd, page, PAGE_SIZE) != PAGE_SIZE)
        fail ("write page %zu of \"swap-data\"", i);
    }

  map = mmap (MAP_BASE, FILE_SIZE, 1, fd, 0);
  CHECK (map == MAP_BASE, "map the file");
  check_map ((const void *) map, false);
  for (i = 1; i < FILE_PAGES; i += 2)
    pattern_fill (map[i], PAGE_WORDS, page_seed (i, true));
  msg ("rewrote the odd pages through the mapping");

  pattern_fill (pressure, PRESSURE_WORDS, 3200);
  pattern_check (pressure, PRESSURE_WORDS, 3200, "the anonymous memory");
  msg ("filled and checked 9 MiB of anonymous memory");

  check_map ((const void *) map, true);
  msg ("the mapping reads right after the pressure");
  munmap (map);
  close (fd);
  check_file_pages ("swap-data", true);
  msg ("the file holds the rewritten pages");
}

/* Proves that writes through a mapping reach the file at munmap, in the
   right places: one page of a three-page file is rewritten whole,
   another in a few bytes, and read() then sees exactly those changes. */

#include <stdint.h>
#include <string.h>
#include "tests/lib.h"
#include "tests/vm/vm-util.h"

#define PAGE_CNT 3
#define WORD_CNT (PAGE_CNT * PAGE_SIZE / sizeof (uint64_t))
#define PAGE_WORDS (PAGE_SIZE / sizeof (uint64_t))

static uint64_t expected[WORD_CNT];

void
test_main (void)
{
  uint64_t *map;
  int fd;

  pattern_fill (expected, WORD_CNT, 30);
  make_file ("mm-write", expected, sizeof expected);
  fd = open_or_fail ("mm-write");
  map = mmap (MAP_BASE, sizeof expected, 1, fd, 0);
  CHECK (map == MAP_BASE, "mmap \"mm-write\" writable");
  pattern_check (map, WORD_CNT, 30, "mapping before writing");

  pattern_fill (expected + PAGE_WORDS, PAGE_WORDS, 31);
  memcpy (map + PAGE_WORDS, expected + PAGE_WORDS, PAGE_SIZE);
  memcpy ((char *) (expected + 2 * PAGE_WORDS) + 1000, "changed", 7);
  memcpy ((char *) (map + 2 * PAGE_WORDS) + 1000, "changed", 7);
  msg ("wrote page 1 and seven bytes of page 2 through the mapping");

  munmap (map);
  close (fd);
  check_file ("mm-write", expected, sizeof expected);
}

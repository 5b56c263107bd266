/* Proves that a mapping with a nonzero, page-aligned offset shows the
   file from that offset on, and that its changes go back to that place
   in the file and nowhere else. */

#include <stdint.h>
#include "tests/lib.h"
#include "tests/vm/vm-util.h"

#define PAGE_CNT 4
#define PAGE_WORDS (PAGE_SIZE / sizeof (uint64_t))
#define WORD_CNT (PAGE_CNT * PAGE_WORDS)

static uint64_t expected[WORD_CNT];

void
test_main (void)
{
  uint64_t *map;
  size_t i;
  int fd;

  pattern_fill (expected, WORD_CNT, 50);
  make_file ("mm-off", expected, sizeof expected);
  fd = open_or_fail ("mm-off");

  map = mmap (MAP_BASE, 2 * PAGE_SIZE, 1, fd, 2 * PAGE_SIZE);
  CHECK (map == MAP_BASE, "map pages 2 and 3 of the file");
  for (i = 0; i < 2 * PAGE_WORDS; i++)
    if (map[i] != expected[2 * PAGE_WORDS + i])
      fail ("word %zu of the mapping is not word %zu of the file",
            i, 2 * PAGE_WORDS + i);
  msg ("the mapping shows the file from offset 8192");

  map[0] = expected[2 * PAGE_WORDS] = 0x0ff5e7;
  map[PAGE_WORDS + 9] = expected[3 * PAGE_WORDS + 9] = 0x0ff5e8;
  munmap (map);
  close (fd);
  check_file ("mm-off", expected, sizeof expected);
}

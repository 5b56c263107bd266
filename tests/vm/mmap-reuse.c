/* Proves that munmap frees the address range for reuse: a second file
   mapped where the first one was shows the second file only, with no
   page left over from the first. */

#include <stdint.h>
#include "tests/lib.h"
#include "tests/vm/vm-util.h"

#define WORD_CNT (3 * PAGE_SIZE / sizeof (uint64_t))

static uint64_t contents[WORD_CNT];

void
test_main (void)
{
  uint64_t *map;
  int fd1, fd2;

  pattern_fill (contents, WORD_CNT, 100);
  make_file ("mm-first", contents, sizeof contents);
  pattern_fill (contents, WORD_CNT, 101);
  make_file ("mm-second", contents, sizeof contents);
  fd1 = open_or_fail ("mm-first");
  fd2 = open_or_fail ("mm-second");

  map = mmap (MAP_BASE, sizeof contents, 0, fd1, 0);
  CHECK (map == MAP_BASE, "map \"mm-first\"");
  pattern_check (map, WORD_CNT, 100, "first mapping");
  munmap (map);
  CHECK (mmap (MAP_BASE, sizeof contents, 0, fd2, 0) == MAP_BASE,
         "map \"mm-second\" at the same address");
  pattern_check (map, WORD_CNT, 101, "second mapping");
  msg ("the second mapping shows the second file");
  munmap (map);
  CHECK (mmap (MAP_BASE, sizeof contents, 0, fd1, 0) == MAP_BASE,
         "map \"mm-first\" there once more");
  pattern_check (map, WORD_CNT, 100, "third mapping");
  msg ("the third mapping shows the first file");
  munmap (map);
}

/* Proves that a mapping outlives the removal of its file: after close
   and remove, the mapping still reads and writes the old contents, and
   a new file of the same name shares nothing with it. */

#include <stdint.h>
#include <string.h>
#include "tests/lib.h"
#include "tests/vm/vm-util.h"

#define WORD_CNT (2 * PAGE_SIZE / sizeof (uint64_t))

static uint64_t contents[WORD_CNT];

void
test_main (void)
{
  uint64_t *map;
  int fd;

  pattern_fill (contents, WORD_CNT, 80);
  make_file ("mm-remove", contents, sizeof contents);
  fd = open_or_fail ("mm-remove");
  map = mmap (MAP_BASE, sizeof contents, 1, fd, 0);
  CHECK (map == MAP_BASE, "mmap \"mm-remove\"");
  close (fd);
  CHECK (remove ("mm-remove"), "remove \"mm-remove\"");
  CHECK (open ("mm-remove") < 0, "the name is gone");

  pattern_check (map, WORD_CNT, 80, "mapping of the removed file");
  msg ("the mapping still reads the old contents");
  pattern_fill (map, WORD_CNT, 81);
  pattern_check (map, WORD_CNT, 81, "mapping of the removed file");
  msg ("the mapping can still be written");

  memset (contents, 0, sizeof contents);
  make_file ("mm-remove", contents, sizeof contents);
  munmap (map);
  check_file ("mm-remove", contents, sizeof contents);
}

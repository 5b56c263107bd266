/* Proves that clean mapped pages are never written back: reading every
   page of a mapping and unmapping it writes not one sector to the
   file-system disk, while a dirty page does reach the file. */

#include <stdint.h>
#include "tests/lib.h"
#include "tests/vm/vm-util.h"

#define PAGE_CNT 4
#define WORD_CNT (PAGE_CNT * PAGE_SIZE / sizeof (uint64_t))

static uint64_t expected[WORD_CNT];

void
test_main (void)
{
  uint64_t *map;
  long long before, after;
  int fd;

  pattern_fill (expected, WORD_CNT, 70);
  make_file ("mm-clean", expected, sizeof expected);
  fd = open_or_fail ("mm-clean");

  map = mmap (MAP_BASE, sizeof expected, 1, fd, 0);
  CHECK (map == MAP_BASE, "mmap \"mm-clean\" writable");
  pattern_check (map, WORD_CNT, 70, "the clean mapping");
  msg ("read all %d pages", PAGE_CNT);
  before = get_fs_disk_write_cnt ();
  munmap (map);
  after = get_fs_disk_write_cnt ();
  CHECK (after == before, "unmapping the clean pages wrote no sector");

  map = mmap (MAP_BASE, sizeof expected, 1, fd, 0);
  CHECK (map == MAP_BASE, "map the file again");
  map[WORD_CNT / 2] = expected[WORD_CNT / 2] = 0xd1e7;
  munmap (map);
  close (fd);
  check_file ("mm-clean", expected, sizeof expected);
}

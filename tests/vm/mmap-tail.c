/* Proves that the part of the last mapped page past the end of the file
   reads as zeros and is never written back: the file keeps its size,
   gets only the changes within it, and a new mapping sees zeros again. */

#include <stdint.h>
#include <string.h>
#include "tests/lib.h"
#include "tests/vm/vm-util.h"

#define FILE_SIZE 5000

static char expected[FILE_SIZE];

/* Fails unless bytes FILE_SIZE up to the end of the second page at MAP
   are zero. */
static void
check_tail (const char *map)
{
  int i;

  for (i = FILE_SIZE; i < 2 * PAGE_SIZE; i++)
    if (map[i] != 0)
      fail ("byte %d past the end of the file is %#x, not zero", i, map[i]);
}

void
test_main (void)
{
  char *map;
  int fd;

  memset (expected, 'x', FILE_SIZE);
  make_file ("mm-tail", expected, FILE_SIZE);
  fd = open_or_fail ("mm-tail");
  map = mmap (MAP_BASE, FILE_SIZE, 1, fd, 0);
  CHECK (map == MAP_BASE, "mmap the 5000-byte \"mm-tail\"");
  check_tail (map);
  msg ("the rest of the last page is zero");

  memset (map + FILE_SIZE, 'T', 2 * PAGE_SIZE - FILE_SIZE);
  memcpy (map + 10, "inside", 6);
  memcpy (expected + 10, "inside", 6);
  munmap (map);
  CHECK (filesize (fd) == FILE_SIZE, "the file still has 5000 bytes");
  check_file ("mm-tail", expected, FILE_SIZE);

  map = mmap (MAP_BASE, FILE_SIZE, 0, fd, 0);
  CHECK (map == MAP_BASE, "map the file again");
  check_tail (map);
  msg ("the rest of the last page is zero again");
  munmap (map);
  close (fd);
}

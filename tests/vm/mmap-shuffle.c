/* Proves that a mapping takes heavy random writes: 256 KiB of a file
   are shuffled in place through a mapping, the same shuffle is done to
   a copy in memory, and after munmap the file equals the copy. */

#include <stdint.h>
#include "tests/lib.h"
#include "tests/vm/vm-util.h"

#define SIZE (256 * 1024)

static uint8_t copy[SIZE];

/* Shuffles the SIZE bytes at BYTES with the generator seeded by SEED. */
static void
shuffle (uint8_t *bytes, size_t size, uint64_t seed)
{
  struct fast_random r;
  size_t i;

  fast_random_init (&r, seed);
  for (i = size - 1; i > 0; i--)
    {
      size_t j = fast_random_below (&r, i + 1);
      uint8_t t = bytes[i];
      bytes[i] = bytes[j];
      bytes[j] = t;
    }
}

void
test_main (void)
{
  unsigned long sum;
  uint8_t *map;
  int fd;

  random_fill (copy, SIZE, 90);
  make_file ("mm-shuffle", copy, SIZE);
  fd = open_or_fail ("mm-shuffle");
  map = mmap (MAP_BASE, SIZE, 1, fd, 0);
  CHECK (map == MAP_BASE, "mmap \"mm-shuffle\"");
  sum = checksum (map, SIZE);
  CHECK (sum == checksum (copy, SIZE), "the mapping's checksum is the file's");

  shuffle (map, SIZE, 91);
  shuffle (copy, SIZE, 91);
  CHECK (checksum (map, SIZE) == checksum (copy, SIZE),
         "the shuffled mapping's checksum is the copy's");
  munmap (map);
  close (fd);
  check_file ("mm-shuffle", copy, SIZE);
}

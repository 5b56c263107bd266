/* Proves that writes and reads at random offsets agree with a copy kept
   in memory: 300 writes of random pieces, then 300 random reads. */

#include <random.h>
#include <string.h>
#include <syscall.h>
#include "tests/lib.h"

#define SIZE 40000
#define OPS 300

static char image[SIZE];
static char piece[700];

void
test_main (void)
{
  int fd, i;

  CHECK (create ("random", SIZE), "create \"random\"");
  CHECK ((fd = open ("random")) >= 2, "open \"random\"");
  random_init (77);
  for (i = 0; i < OPS; i++)
    {
      size_t len = random_ulong () % sizeof piece + 1;
      size_t ofs = random_ulong () % (SIZE - len + 1);
      random_bytes (piece, len);
      seek (fd, ofs);
      if (write (fd, piece, len) != (int) len)
        fail ("write of %zu bytes at %zu", len, ofs);
      memcpy (image + ofs, piece, len);
    }
  msg ("%d random writes done", OPS);
  for (i = 0; i < OPS; i++)
    {
      size_t len = random_ulong () % sizeof piece + 1;
      size_t ofs = random_ulong () % (SIZE - len + 1);
      seek (fd, ofs);
      if (read (fd, piece, len) != (int) len)
        fail ("read of %zu bytes at %zu", len, ofs);
      compare_bytes (piece, image + ofs, len, ofs, "random");
    }
  msg ("%d random reads match", OPS);
  close (fd);
  check_file ("random", image, SIZE);
}

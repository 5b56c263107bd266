/* Proves the heap returns distinct, usable blocks of every size: 300
   rounds of allocating blocks of random sizes from 1 byte to 12 kB,
   filling each with a pattern derived from its index, reallocating some,
   then verifying and freeing them in random order.  Every block must
   hold its pattern at the end, and the number of live blocks must return
   to where it started. */

#include <random.h>
#include <stdio.h>
#include <string.h>
#include "tests/threads/tests.h"
#include "threads/malloc.h"

#define BLOCK_CNT 64
#define ROUNDS 300

struct block
  {
    unsigned char *data;
    size_t size;
    unsigned char seed;
  };

static struct block blocks[BLOCK_CNT];

static size_t
random_size (void)
{
  unsigned long r = random_ulong ();

  /* Mostly small, sometimes big. */
  return r % 8 == 0 ? r / 8 % (12 * 1024) + 1 : r / 8 % 300 + 1;
}

static void
fill (struct block *b)
{
  size_t i;

  for (i = 0; i < b->size; i++)
    b->data[i] = (unsigned char) (b->seed + i * 7);
}

static void
verify (const struct block *b, int index)
{
  size_t i;

  for (i = 0; i < b->size; i++)
    if (b->data[i] != (unsigned char) (b->seed + i * 7))
      fail ("block %d (size %zu) corrupted at byte %zu", index, b->size, i);
}

void
test_malloc_stress (void)
{
  size_t live_before = malloc_live_blocks ();
  int round, i;

  random_init (42);
  for (round = 0; round < ROUNDS; round++)
    {
      for (i = 0; i < BLOCK_CNT; i++)
        {
          struct block *b = &blocks[i];
          b->size = random_size ();
          b->seed = random_ulong ();
          b->data = i % 5 == 0 ? calloc (1, b->size) : malloc (b->size);
          if (b->data == NULL)
            fail ("allocation of %zu bytes failed", b->size);
          if (i % 5 == 0 && b->data[b->size - 1] != 0)
            fail ("calloc returned non-zero memory");
          fill (b);
        }
      for (i = 0; i < BLOCK_CNT; i += 3)
        {
          struct block *b = &blocks[i];
          size_t new_size = random_size ();
          size_t keep = new_size < b->size ? new_size : b->size;
          unsigned char *p = realloc (b->data, new_size);

          if (p == NULL)
            fail ("realloc to %zu bytes failed", new_size);
          b->data = p;
          b->size = keep;
          verify (b, i);
          b->size = new_size;
          fill (b);
        }
      for (i = 0; i < BLOCK_CNT; i++)
        {
          int j = random_ulong () % BLOCK_CNT;
          struct block tmp = blocks[i];
          blocks[i] = blocks[j];
          blocks[j] = tmp;
        }
      for (i = 0; i < BLOCK_CNT; i++)
        {
          verify (&blocks[i], i);
          free (blocks[i].data);
        }
    }
  msg ("%d rounds of %d blocks verified", ROUNDS, BLOCK_CNT);
  if (malloc_live_blocks () != live_before)
    fail ("%zu blocks leaked", malloc_live_blocks () - live_before);
  msg ("no blocks leaked");
}

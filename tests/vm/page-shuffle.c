/* Proves that memory stays intact under random access to many pages:
   4 MiB holding the numbers 0 to N-1 are shuffled three times with a
   million random swaps each, and still hold each number exactly once. */

#include <stdint.h>
#include "tests/lib.h"
#include "tests/vm/vm-util.h"

#define WORD_CNT (1024 * 1024)

static uint32_t numbers[WORD_CNT];
static uint8_t seen[WORD_CNT / 8];

/* Shuffles NUMBERS with the generator seeded by SEED. */
static void
shuffle (uint64_t seed)
{
  struct fast_random r;
  size_t i;

  fast_random_init (&r, seed);
  for (i = WORD_CNT - 1; i > 0; i--)
    {
      size_t j = fast_random_below (&r, i + 1);
      uint32_t t = numbers[i];
      numbers[i] = numbers[j];
      numbers[j] = t;
    }
}

void
test_main (void)
{
  size_t fixed = 0;
  size_t i;
  int pass;

  for (i = 0; i < WORD_CNT; i++)
    numbers[i] = i;
  for (pass = 0; pass < 3; pass++)
    shuffle (500 + pass);
  msg ("shuffled %d numbers three times", WORD_CNT);

  for (i = 0; i < WORD_CNT; i++)
    {
      uint32_t n = numbers[i];

      if (n >= WORD_CNT)
        fail ("slot %zu holds %u, out of range", i, (unsigned) n);
      if (seen[n / 8] & (1 << (n % 8)))
        fail ("%u appears twice", (unsigned) n);
      seen[n / 8] |= 1 << (n % 8);
      if (n == i)
        fixed++;
    }
  msg ("each number appears exactly once");
  CHECK (fixed < WORD_CNT / 1000, "the numbers were moved");
}

/* Proves that a program may use more memory than there are user frames:
   a 10 MiB array is written from start to end, some of its pages are
   then found evicted, and every word reads back as written. */

#include <stdint.h>
#include "tests/lib.h"
#include "tests/vm/vm-util.h"

#define SIZE (10 * 1024 * 1024)
#define WORD_CNT (SIZE / sizeof (uint64_t))
#define PAGE_CNT (SIZE / PAGE_SIZE)

static uint64_t words[WORD_CNT];

void
test_main (void)
{
  size_t evicted = 0;
  size_t i;

  pattern_fill (words, WORD_CNT, 200);
  msg ("wrote %d MiB", SIZE / (1024 * 1024));
  for (i = 0; i < PAGE_CNT; i++)
    if (!is_resident ((char *) words + i * PAGE_SIZE))
      evicted++;
  CHECK (evicted > 0, "some pages of the array were evicted");
  pattern_check (words, WORD_CNT, 200, "the 10 MiB array");
  msg ("read back all %zu words", (size_t) WORD_CNT);
}

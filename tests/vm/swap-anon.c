/* Proves that anonymous pages survive a trip to the swap disk and that
   untouched ones read as zero: of a 10 MiB array, the even pages get a
   pattern and the odd ones are only read; a second pass then finds the
   even pages intact after the swap disk was both written and read. */

#include <stdint.h>
#include "tests/lib.h"
#include "tests/vm/vm-util.h"

#define SIZE (10 * 1024 * 1024)
#define PAGE_CNT (SIZE / PAGE_SIZE)
#define PAGE_WORDS (PAGE_SIZE / sizeof (uint64_t))

/* The swap disk: IDE channel 1, device 1. */
#define SWAP_CHAN 1
#define SWAP_DEV 1

static uint64_t pages[PAGE_CNT][PAGE_WORDS];

/* Fails unless every even page holds its pattern; with ODD_TOO, also
   unless every odd page is all zero. */
static void
check_pages (bool odd_too)
{
  size_t i, j;

  for (i = 0; i < PAGE_CNT; i++)
    if (i % 2 == 0)
      pattern_check (pages[i], PAGE_WORDS, 1000 + i, "an even page");
    else if (odd_too)
      for (j = 0; j < PAGE_WORDS; j++)
        if (pages[i][j] != 0)
          fail ("word %zu of odd page %zu is not zero", j, i);
}

void
test_main (void)
{
  size_t i;

  for (i = 0; i < PAGE_CNT; i += 2)
    pattern_fill (pages[i], PAGE_WORDS, 1000 + i);
  msg ("wrote the %d even pages", PAGE_CNT / 2);
  check_pages (true);
  msg ("even pages intact, odd pages zero");
  check_pages (false);
  msg ("even pages intact again");
  CHECK (get_disk_write_cnt (SWAP_CHAN, SWAP_DEV) > 0,
         "pages were written to the swap disk");
  CHECK (get_disk_read_cnt (SWAP_CHAN, SWAP_DEV) > 0,
         "pages were read back from the swap disk");
}

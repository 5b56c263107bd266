/* Proves that BSS pages load lazily, one page at a time: pages of a
   large zeroed array have no frame until touched, touching one page
   gives only that page a frame, and every page reads as zero. */

#include <stdint.h>
#include "tests/lib.h"
#include "tests/vm/vm-util.h"

#define PAGE_CNT 64
#define PAGE_WORDS (PAGE_SIZE / sizeof (uint64_t))

/* Its first and last pages may share a page with other variables, so
   only the pages in between are inspected. */
static uint64_t zeros[PAGE_CNT][PAGE_WORDS] __attribute__ ((aligned (PAGE_SIZE)));

/* Returns how many of the inner pages of ZEROS have a frame. */
static int
count_resident (void)
{
  int cnt = 0;
  int i;

  for (i = 1; i < PAGE_CNT - 1; i++)
    if (is_resident (zeros[i]))
      cnt++;
  return cnt;
}

void
test_main (void)
{
  volatile uint64_t *p;
  int i, j;

  CHECK (count_resident () == 0, "no inner page of the array has a frame");

  p = zeros[10];
  CHECK (p[5] == 0, "a word read from page 10 is zero");
  zeros[20][7] = 0x1234;
  CHECK (count_resident () == 2, "exactly pages 10 and 20 have frames now");
  CHECK (is_resident (zeros[10]) && is_resident (zeros[20]),
         "pages 10 and 20 are the ones with frames");

  zeros[20][7] = 0;
  for (i = 0; i < PAGE_CNT; i++)
    for (j = 0; j < (int) PAGE_WORDS; j++)
      if (zeros[i][j] != 0)
        fail ("page %d word %d is %#llx, not zero", i, j,
              (unsigned long long) zeros[i][j]);
  msg ("all %d pages read as zero", PAGE_CNT);
}

/* Proves that initialized data loads lazily, one page at a time, and
   from the right place in the executable: pages of a large initialized
   array have no frame until touched, and each holds its own values. */

#include <stdint.h>
#include "tests/lib.h"
#include "tests/vm/vm-util.h"

#define PAGE_CNT 16
#define PAGE_WORDS (PAGE_SIZE / sizeof (uint64_t))

/* Word 0 of page I holds 1000 + I and word 100 holds 7 * I + 1; the rest
   is zero.  Only the inner pages are inspected, since the first and
   last may share a page with other variables. */
#define PAGE_INIT(I) [I] = { [0] = 1000 + (I), [100] = 7 * (I) + 1 }
static uint64_t data[PAGE_CNT][PAGE_WORDS] __attribute__ ((aligned (PAGE_SIZE))) =
  {
    PAGE_INIT (0), PAGE_INIT (1), PAGE_INIT (2), PAGE_INIT (3),
    PAGE_INIT (4), PAGE_INIT (5), PAGE_INIT (6), PAGE_INIT (7),
    PAGE_INIT (8), PAGE_INIT (9), PAGE_INIT (10), PAGE_INIT (11),
    PAGE_INIT (12), PAGE_INIT (13), PAGE_INIT (14), PAGE_INIT (15),
  };

/* Returns how many of the inner pages of DATA have a frame. */
static int
count_resident (void)
{
  int cnt = 0;
  int i;

  for (i = 1; i < PAGE_CNT - 1; i++)
    if (is_resident (data[i]))
      cnt++;
  return cnt;
}

void
test_main (void)
{
  volatile uint64_t *p;
  int i;

  CHECK (count_resident () == 0, "no inner page of the array has a frame");

  p = data[5];
  CHECK (p[0] == 1005 && p[100] == 36, "page 5 holds its initial values");
  CHECK (count_resident () == 1 && is_resident (data[5]),
         "only page 5 has a frame now");

  for (i = 0; i < PAGE_CNT; i++)
    if (data[i][0] != 1000 + (uint64_t) i || data[i][100] != 7 * (uint64_t) i + 1
        || data[i][1] != 0 || data[i][PAGE_WORDS - 1] != 0)
      fail ("page %d does not hold its initial values", i);
  msg ("all %d pages hold their initial values", PAGE_CNT);
}

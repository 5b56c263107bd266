/* Proves that a mapping may not cover data or BSS, even pages of them
   that were never touched: every such mmap fails and the variables keep
   their values. */

#include <stdint.h>
#include "tests/lib.h"
#include "tests/vm/vm-util.h"

static int answer = 42;
static char untouched_bss[8 * PAGE_SIZE] __attribute__ ((aligned (PAGE_SIZE)));

void
test_main (void)
{
  int fd = open_or_fail ("sample.txt");

  CHECK (mmap (page_of (&answer), PAGE_SIZE, 0, fd, 0) == NULL,
         "mapping over initialized data fails");
  CHECK (mmap (untouched_bss + 4 * PAGE_SIZE, PAGE_SIZE, 0, fd, 0) == NULL,
         "mapping over an untouched BSS page fails");
  CHECK (mmap (untouched_bss + 7 * PAGE_SIZE, 4 * PAGE_SIZE, 0, fd, 0) == NULL,
         "mapping that starts on the last BSS page fails");
  CHECK (answer == 42 && untouched_bss[4 * PAGE_SIZE] == 0,
         "the variables keep their values");
}

/* Proves that one access may land many pages below the lowest page the
   stack has so far, as long as it is above the stack pointer: a 64 KiB
   local array is written from its lowest address upward. */

#include <stdint.h>
#include "tests/lib.h"
#include "tests/vm/vm-util.h"

#define ARRAY_SIZE (64 * 1024)
#define WORD_CNT (ARRAY_SIZE / sizeof (uint64_t))

static NO_INLINE void
use_large_array (void)
{
  uint64_t words[WORD_CNT];
  bool absent = !is_resident (words);   /* Before any call uses the stack. */

  CHECK (absent, "lowest page of the array has no frame yet");
  pattern_fill (words, WORD_CNT, 2);
  asm volatile ("" : : "r" (words) : "memory");
  pattern_check (words, WORD_CNT, 2, "64 KiB stack array");
  msg ("filled and checked a %d KiB stack array", ARRAY_SIZE / 1024);
}

void
test_main (void)
{
  use_large_array ();
}

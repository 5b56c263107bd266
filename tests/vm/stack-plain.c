/* Proves that the stack grows on demand: a function whose locals reach
   two pages below the first stack page finds those pages absent, then
   writes them from the top down and reads every word back. */

#include <stdint.h>
#include "tests/lib.h"
#include "tests/vm/vm-util.h"

#define WORD_CNT (3 * PAGE_SIZE / sizeof (uint64_t))

static NO_INLINE void
use_stack (void)
{
  uint64_t words[WORD_CNT];
  bool absent = !is_resident (words);   /* Before any call uses the stack. */
  size_t i;

  CHECK ((uintptr_t) words < USER_STACK - PAGE_SIZE,
         "locals reach below the first stack page");
  CHECK (absent, "lowest page of the locals has no frame yet");
  for (i = WORD_CNT; i-- > 0; )
    words[i] = pattern_word (1, i);
  asm volatile ("" : : "r" (words) : "memory");
  pattern_check (words, WORD_CNT, 1, "stack locals");
  CHECK (is_resident (words), "lowest page of the locals has a frame now");
  msg ("read back %zu words from the grown stack", WORD_CNT);
}

void
test_main (void)
{
  use_stack ();
}

/* Proves that the stack can grow to nearly its 1 MiB limit: a recursion
   whose frames hold a page each goes 896 KiB deep, and every frame still
   holds its own values on the way back up. */

#include <stdint.h>
#include "tests/lib.h"
#include "tests/vm/vm-util.h"

#define DEPTH 224
#define FRAME_WORDS (PAGE_SIZE / sizeof (uint64_t))

static uintptr_t lowest;

/* Recurses LEVEL more times; returns the number of frames whose words
   were intact after the deeper calls returned. */
static NO_INLINE int
descend (int level)
{
  volatile uint64_t words[FRAME_WORDS];
  int intact;

  words[0] = pattern_word (4, level);
  words[FRAME_WORDS - 1] = pattern_word (5, level);
  if ((uintptr_t) words < lowest)
    lowest = (uintptr_t) words;
  intact = level > 0 ? descend (level - 1) : 0;
  if (words[0] == pattern_word (4, level)
      && words[FRAME_WORDS - 1] == pattern_word (5, level))
    intact++;
  return intact;
}

void
test_main (void)
{
  int intact;

  lowest = USER_STACK;
  intact = descend (DEPTH - 1);
  CHECK (intact == DEPTH, "%d of %d frames intact", intact, DEPTH);
  CHECK (USER_STACK - lowest >= 896 * 1024,
         "the stack reached at least 896 KiB below its top");
}

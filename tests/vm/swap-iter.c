/* Proves that pages go to swap and come back again and again: a 10 MiB
   array, more than the user frames hold, is rewritten in three passes,
   each of which first checks what the previous pass wrote. */

#include <stdint.h>
#include "tests/lib.h"
#include "tests/vm/vm-util.h"

#define SIZE (10 * 1024 * 1024)
#define WORD_CNT (SIZE / sizeof (uint64_t))
#define PASS_CNT 3

static uint64_t words[WORD_CNT];

void
test_main (void)
{
  int pass;
  size_t i;

  pattern_fill (words, WORD_CNT, 2000);
  for (pass = 1; pass <= PASS_CNT; pass++)
    {
      for (i = 0; i < WORD_CNT; i++)
        {
          if (words[i] != pattern_word (2000 + pass - 1, i))
            fail ("pass %d: word %zu lost what pass %d wrote", pass, i,
                  pass - 1);
          words[i] = pattern_word (2000 + pass, i);
        }
      msg ("pass %d found the previous pass intact", pass);
    }
  pattern_check (words, WORD_CNT, 2000 + PASS_CNT, "after the last pass");
  msg ("the last pass is intact");
}

/* Proves that fork copies memory correctly under swap pressure: three
   children each get a copy of the parent's 2.5 MiB, check it, rewrite it
   and hold it until all three have done so (10 MiB in all, more than the
   user frames), and the parent's own copy is untouched afterwards. */

#include <stdint.h>
#include "tests/lib.h"
#include "tests/vm/vm-util.h"

#define WORD_CNT (2560 * 1024 / sizeof (uint64_t))
#define CHILD_CNT 3

static uint64_t words[WORD_CNT];

/* Child ID checks the copy it inherited, rewrites it with a pattern of
   its own, waits until every child has done so, checks its copy again,
   and exits with ID. */
static void
child (int id)
{
  pattern_check (words, WORD_CNT, 4000, "the child's inherited copy");
  pattern_fill (words, WORD_CNT, 4001 + id);
  barrier_wait (id, CHILD_CNT);
  pattern_check (words, WORD_CNT, 4001 + id, "the child's rewritten copy");
  exit (id);
}

void
test_main (void)
{
  pid_t pids[CHILD_CNT];
  int i;

  pattern_fill (words, WORD_CNT, 4000);
  for (i = 0; i < CHILD_CNT; i++)
    {
      pids[i] = fork ("swap-child");
      if (pids[i] == 0)
        child (i);
      if (pids[i] < 0)
        fail ("fork child %d", i);
    }
  for (i = 0; i < CHILD_CNT; i++)
    if (wait (pids[i]) != i)
      fail ("child %d did not exit with %d", i, i);
  msg ("%d children checked and rewrote their copies", CHILD_CNT);
  pattern_check (words, WORD_CNT, 4000, "the parent's copy");
  msg ("the parent's copy is unchanged");
}

/* Proves that paging works for several processes at once: four children
   each fill and check 2.5 MiB at the same time, 10 MiB in all, more than
   the user frames hold, and all four exit normally. */

#include "tests/lib.h"

#define CHILD_CNT 4

void
test_main (void)
{
  pid_t pids[CHILD_CNT];

  exec_children ("child-linear", pids, CHILD_CNT);
  wait_children (pids, CHILD_CNT);
  msg ("all %d children checked their memory", CHILD_CNT);
}

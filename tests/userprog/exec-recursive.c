/* Proves that exec'd programs can fork and exec in turn: a chain of
   seven programs, each waiting for the next, reports its depth. */

#include <syscall.h>
#include "tests/lib.h"

void
test_main (void)
{
  int depth = wait (fork_exec ("child-rec", "child-rec 6"));

  CHECK (depth == 6, "the chain reported depth %d", depth);
}

/* Proves that a run whose program exits while the processes it forked
   are still writing, growing and removing files, on the root volume and
   on a mounted one, powers off cleanly: no process touches a volume
   that the power-off already closed. */

#include "tests/filesys/busy-lib.h"

void
test_main (void)
{
  busy_start ();
}

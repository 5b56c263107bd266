/* Proves that halt while other processes are writing, growing and
   removing files, on the root volume and on a mounted one, powers off
   cleanly: no process touches a volume that halt already closed. */

#include "tests/filesys/busy-lib.h"

void
test_main (void)
{
  busy_start ();
  halt ();
}

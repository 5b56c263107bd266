/* Proves that halt powers the machine off at once: nothing after it
   runs, and the power-off statistics still print. */

#include <syscall.h>
#include "tests/lib.h"

void
test_main (void)
{
  halt ();
  fail ("halt returned");
}

/* Proves that runs of several spaces separate arguments like one space
   does, and never produce empty arguments. */

#include "tests/userprog/args-print.h"

void
test_main (void)
{
  print_args ();
}

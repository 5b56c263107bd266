/* Proves that a single argument reaches the program intact. */

#include "tests/userprog/args-print.h"

void
test_main (void)
{
  print_args ();
}

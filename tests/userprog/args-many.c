/* Proves that a long list of arguments arrives complete and in order. */

#include "tests/userprog/args-print.h"

void
test_main (void)
{
  print_args ();
}

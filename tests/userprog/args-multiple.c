/* Proves that several arguments arrive in order, each as its own
   string. */

#include "tests/userprog/args-print.h"

void
test_main (void)
{
  print_args ();
}

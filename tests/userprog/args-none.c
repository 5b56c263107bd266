/* Proves that a program run without arguments gets argc 1 and only its
   name. */

#include "tests/userprog/args-print.h"

void
test_main (void)
{
  print_args ();
}

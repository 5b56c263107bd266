/* A helper that prints the arguments it received, one per line, checks
   that argv ends with a null pointer, and exits with argc. */

#include <syscall.h>
#include "tests/lib.h"

void
test_main (void)
{
  int i;

  msg ("argc = %d", test_argc);
  for (i = 0; i < test_argc; i++)
    msg ("argv[%d] = '%s'", i, test_argv[i]);
  if (test_argv[test_argc] != NULL)
    fail ("argv[argc] is %p, not a null pointer", test_argv[test_argc]);
  exit (test_argc);
}

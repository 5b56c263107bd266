/* Shared by the argument-passing tests: prints every argument the
   program received and checks that argv ends with a null pointer. */
#ifndef TESTS_USERPROG_ARGS_PRINT_H
#define TESTS_USERPROG_ARGS_PRINT_H

#include "tests/lib.h"

static inline void
print_args (void)
{
  int i;

  msg ("argc = %d", test_argc);
  for (i = 0; i < test_argc; i++)
    msg ("argv[%d] = '%s'", i, test_argv[i]);
  if (test_argv[test_argc] != NULL)
    fail ("argv[argc] is %p, not a null pointer", test_argv[test_argc]);
}

#endif /* tests/userprog/args-print.h */

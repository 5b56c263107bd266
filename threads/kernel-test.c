/* The names of the kernel tests built into this kernel, so that start-up
   can tell a kernel test from a user program without knowing anything
   else about the test directory: the build writes the list into
   tests/kernel-test-names.inc. */

#include "threads/kernel-test.h"
#include <stddef.h>
#include <string.h>

/* Every kernel test name, then NULL. */
static const char *const names[] =
  {
#define KERNEL_TEST_NAME(NAME) NAME,
#include "tests/kernel-test-names.inc"
#undef KERNEL_TEST_NAME
    NULL
  };

/* Tells whether NAME is a kernel test of this kernel. */
bool
kernel_test_exists (const char *name)
{
  const char *const *n;

  for (n = names; *n != NULL; n++)
    if (!strcmp (*n, name))
      return true;
  return false;
}

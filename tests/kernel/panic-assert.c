/* Proves that a failed assertion panics with the file, line, function
   and condition, and prints a call stack that utils/backtrace can
   resolve.  This test is expected to end in a kernel panic. */

#include "tests/threads/tests.h"

static int NO_INLINE
one_more_frame (int value)
{
  ASSERT (value == 42);
  return value;
}

void
test_panic_assert (void)
{
  msg ("about to fail an assertion");
  one_more_frame (7);
  fail ("the assertion did not stop the test");
}

/* Proves that a kernel page fault panics with the faulting instruction
   and address, and that its call stack goes on through the interrupt
   frame into the function that faulted and its callers, so that
   utils/backtrace names them.  This test is expected to end in a
   kernel panic. */

#include <stdint.h>
#include "tests/threads/tests.h"

/* Read at run time, so the compiler cannot see the bad pointer. */
static volatile uint64_t bad_address = 0x18;

/* The functions below are kept whole and apart (noipa: no inlining,
   cloning or tail calls into them), so the call stack holds each one. */
#define KEEP __attribute__ ((noipa))

static int KEEP
read_through (volatile int *pointer)
{
  return *pointer + 1;          /* The faulting line. */
}

static int KEEP
one_more_frame (int value)
{
  int result = read_through ((volatile int *) bad_address);

  return result * value;
}

void
test_panic_fault (void)
{
  msg ("about to read through a bad pointer");
  msg ("result %d", one_more_frame (7));
  fail ("the page fault did not stop the test");
}

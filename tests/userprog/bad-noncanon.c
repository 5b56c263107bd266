/* Proves that reading a non-canonical address ends the process with -1. */

#include <stdint.h>
#include <syscall.h>
#include "tests/lib.h"

void
test_main (void)
{
  volatile uint64_t *p = (volatile uint64_t *) 0x8000000000000000UL;

  msg ("read %#lx", (unsigned long) *p);
  fail ("the process survived");
}

/* Proves that reading the highest address, in the canonical upper half,
   ends the process with -1. */

#include <stdint.h>
#include <syscall.h>
#include "tests/lib.h"

void
test_main (void)
{
  volatile uint8_t *p = (volatile uint8_t *) 0xffffffffffffff00UL;

  msg ("read %d", *p);
  fail ("the process survived");
}

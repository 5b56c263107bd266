/* Proves that reading an unmapped user address between the program and
   its stack ends the process with -1. */

#include <stdint.h>
#include <syscall.h>
#include "tests/lib.h"

void
test_main (void)
{
  volatile uint64_t *p = (volatile uint64_t *) 0x20000000UL;

  msg ("read %#lx", (unsigned long) *p);
  fail ("the process survived");
}

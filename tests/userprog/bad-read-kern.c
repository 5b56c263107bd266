/* Proves that reading the first kernel address, 0x8004000000, from user
   mode ends the process with -1. */

#include <stdint.h>
#include <syscall.h>
#include "tests/lib.h"

void
test_main (void)
{
  volatile uint64_t *p = (volatile uint64_t *) KERNEL_BASE_ADDR;

  msg ("read %#lx", (unsigned long) *p);
  fail ("the process survived");
}

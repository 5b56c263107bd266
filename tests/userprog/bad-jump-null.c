/* Proves that jumping to address 0 ends the process with -1. */

#include <stdint.h>
#include <syscall.h>
#include "tests/lib.h"

void
test_main (void)
{
  asm volatile ("jmp *%0" : : "r" (0UL));
  fail ("the process survived");
}

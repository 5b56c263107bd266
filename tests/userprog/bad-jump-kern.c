/* Proves that jumping into kernel code from user mode ends the process
   with -1. */

#include <stdint.h>
#include <syscall.h>
#include "tests/lib.h"

void
test_main (void)
{
  asm volatile ("jmp *%0" : : "r" (KERNEL_BASE_ADDR + 0x200000));
  fail ("the process survived");
}

/* Proves that writing a kernel address from user mode ends the process
   with -1 (and leaves the kernel running). */

#include <stdint.h>
#include <syscall.h>
#include "tests/lib.h"

void
test_main (void)
{
  volatile uint64_t *p = (volatile uint64_t *) (KERNEL_BASE_ADDR + 0x100000);

  *p = 0;
  fail ("the process survived");
}

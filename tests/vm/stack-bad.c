/* Proves that an access far below the stack pointer is not taken for
   stack growth: writing 64 KiB below %rsp ends the process with -1, even
   though the address lies within the stack's 1 MiB. */

#include <stdint.h>
#include "tests/lib.h"
#include "tests/vm/vm-util.h"

void
test_main (void)
{
  volatile uint8_t *p;
  uintptr_t sp;

  asm volatile ("mov %%rsp, %0" : "=r" (sp));
  p = (volatile uint8_t *) (sp - 64 * 1024);
  msg ("writing 64 KiB below the stack pointer");
  *p = 1;
  fail ("the write far below the stack pointer succeeded");
}

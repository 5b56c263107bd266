/* Proves that kernel code is read-only to the kernel itself: a store
   into the code of a kernel function faults, and the kernel panics with
   a page-fault report of a rights violation while writing in kernel
   context.  This test ends in a panic. */

#include <stdint.h>
#include "tests/threads/tests.h"

void
test_kernel_text_ro (void)
{
  volatile uint8_t *code
    = (volatile uint8_t *) (uintptr_t) test_kernel_text_ro;

  msg ("writing into kernel code at %p", (void *) code);
  *code = *code;
  fail ("the write into kernel code succeeded");
}

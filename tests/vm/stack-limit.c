/* Proves that the stack does not grow past its 1 MiB limit: a push with
   %rsp 64 KiB beyond the limit ends the process with -1, although it is
   a well-formed stack access. */

#include <stdint.h>
#include "tests/lib.h"
#include "tests/vm/vm-util.h"

void
test_main (void)
{
  uint64_t new_sp = USER_STACK - STACK_LIMIT - 64 * 1024;

  msg ("pushing 64 KiB beyond the stack limit");
  asm volatile ("mov %%rsp, %%r12\n\t"
                "mov %0, %%rsp\n\t"
                "push %%rax\n\t"
                "mov %%r12, %%rsp"
                : : "r" (new_sp) : "r12", "memory");
  fail ("the push beyond the stack limit succeeded");
}

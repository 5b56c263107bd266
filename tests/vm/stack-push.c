/* Proves that a push onto a page the stack has never used grows the
   stack: the fault lies exactly 8 bytes below %rsp, which must count as
   a stack access.  The stack pointer is first moved, within the 1 MiB
   limit, to the very bottom of an untouched page. */

#include <stdint.h>
#include "tests/lib.h"
#include "tests/vm/vm-util.h"

/* Sets %rsp to NEW_SP, pushes VALUE, reads the pushed word back through
   %rsp, restores %rsp and returns what was read. */
static NO_INLINE uint64_t
push_at (uint64_t new_sp, uint64_t value)
{
  uint64_t result;

  asm volatile ("mov %%rsp, %%r12\n\t"
                "mov %1, %%rsp\n\t"
                "push %2\n\t"
                "mov (%%rsp), %0\n\t"
                "mov %%r12, %%rsp"
                : "=&r" (result)
                : "r" (new_sp), "r" (value)
                : "r12", "memory");
  return result;
}

void
test_main (void)
{
  uint64_t new_sp = USER_STACK - 32 * PAGE_SIZE;
  uint64_t value = 0x5eed5eed12345678ULL;

  CHECK (!is_resident ((void *) (new_sp - 8)),
         "the page below the new stack pointer has no frame yet");
  CHECK (push_at (new_sp, value) == value, "push onto a fresh page worked");
  CHECK (is_resident ((void *) (new_sp - 8)), "that page has a frame now");
}

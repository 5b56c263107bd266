/* Proves that a write into the red zone (the 128 bytes below %rsp that
   the x86-64 ABI lets a leaf function use without moving %rsp) grows
   the stack when it falls on a page not yet mapped.  The fuzzer found a
   compiled leaf function killed for this. */

#include <syscall.h>
#include "tests/lib.h"

/* Moves %rsp to the bottom of its page, writes a byte 120 bytes below
   it (on the next page down), and puts %rsp back.  Returns the address
   written. */
static unsigned long
write_red_zone (void)
{
  unsigned long addr;

  asm volatile ("mov %%rsp, %%rbx\n\t"
                "and $-4096, %%rsp\n\t"
                "movb $0x5a, -120(%%rsp)\n\t"
                "lea -120(%%rsp), %0\n\t"
                "mov %%rbx, %%rsp"
                : "=r" (addr) : : "rbx", "memory");
  return addr;
}

void
test_main (void)
{
  unsigned long rsp, below;

  asm volatile ("mov %%rsp, %0" : "=r" (rsp));
  below = (rsp & ~4095UL) - 120;
  CHECK (get_phys_addr ((void *) below) == NULL,
         "the page below the stack pointer's page is not mapped yet");
  CHECK (write_red_zone () == below, "wrote the red zone on a new page");
  CHECK (*(volatile unsigned char *) below == 0x5a, "the byte is there");
}

/* Proves that a system call made with a stack pointer that points
   nowhere (zero, kernel space, non-canonical) works: the kernel never
   touches the user stack on entry or return, and the process goes on
   once it puts its stack pointer back. */

#include <syscall.h>
#include <syscall-nr.h>
#include "tests/lib.h"

/* Makes write (1, "", 0) with %rsp set to RSP, then restores %rsp.
   Returns what write returned. */
static long
call_with_rsp (unsigned long rsp)
{
  long nr = SYS_WRITE;

  asm volatile ("movq %%rsp, %%r12; movq %1, %%rsp; syscall;"
                "movq %%r12, %%rsp"
                : "+a" (nr) : "r" (rsp), "D" (1L), "S" (""), "d" (0L)
                : "r12", "rcx", "r11", "memory", "cc");
  return nr;
}

void
test_main (void)
{
  static const unsigned long rsps[] = {
    0, 0x8004000000ul, 0x8000000000000000ul, 0xffff800000000000ul,
    0x00007ffffffffff8ul, 0xfffffffffffffff8ul,
  };
  size_t i;

  for (i = 0; i < sizeof rsps / sizeof *rsps; i++)
    CHECK (call_with_rsp (rsps[i]) == 0, "write with %%rsp = %#lx",
           rsps[i]);
}

/* Proves that fork keeps the callee-saved registers (%rbx, %r12-%r15)
   intact in both the parent and the child, as the calling convention
   promises across the syscall. */

#include <stdint.h>
#include <syscall.h>
#include <syscall-nr.h>
#include "tests/lib.h"

/* Register values after the fork syscall, in the order rbx, r12..r15. */
uint64_t fork_regs_after[5];

static const uint64_t expected[5] =
  {
    0x1111222233334444, 0x5555666677778888, 0x99990000aaaabbbb,
    0xccccddddeeeeffff, 0x0123456789abcdef
  };

/* Loads the registers, forks straight through the syscall instruction
   and stores the registers into fork_regs_after.  Returns fork's
   result. */
static long
fork_with_registers (const char *name)
{
  long pid;

  asm volatile ("mov %[v0], %%rbx\n\t"
                "mov %[v1], %%r12\n\t"
                "mov %[v2], %%r13\n\t"
                "mov %[v3], %%r14\n\t"
                "mov %[v4], %%r15\n\t"
                "mov %[name], %%rdi\n\t"
                "mov %[nr], %%eax\n\t"
                "syscall\n\t"
                "mov %%rbx, fork_regs_after\n\t"
                "mov %%r12, fork_regs_after + 8\n\t"
                "mov %%r13, fork_regs_after + 16\n\t"
                "mov %%r14, fork_regs_after + 24\n\t"
                "mov %%r15, fork_regs_after + 32\n\t"
                : "=a" (pid)
                : [v0] "m" (expected[0]), [v1] "m" (expected[1]),
                  [v2] "m" (expected[2]), [v3] "m" (expected[3]),
                  [v4] "m" (expected[4]), [name] "m" (name),
                  [nr] "i" (SYS_FORK)
                : "rbx", "r12", "r13", "r14", "r15", "rdi", "rcx", "r11",
                  "memory");
  return pid;
}

/* Returns the number of registers that lost their value. */
static int
registers_lost (void)
{
  int i, lost = 0;

  for (i = 0; i < 5; i++)
    if (fork_regs_after[i] != expected[i])
      lost++;
  return lost;
}

void
test_main (void)
{
  long pid = fork_with_registers ("regs-kid");
  int parent_lost, child_lost;

  if (pid == 0)
    exit (registers_lost ());
  parent_lost = registers_lost ();
  child_lost = wait (pid);
  CHECK (pid > 0, "fork succeeded");
  CHECK (parent_lost == 0, "the parent's registers are intact");
  CHECK (child_lost == 0, "the child's registers are intact");
}

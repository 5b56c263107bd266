/* Proves that single-stepping a system call cannot reach the kernel:
   with the trap flag set, a system call through syscall, through
   syscall right after a load of %ss (which holds the single-step trap
   back by one instruction), and through int $0x42 all return, and the
   single-step trap that follows in user mode ends the process with
   exit(-1) and no kernel panic. */

#include <syscall.h>
#include <syscall-nr.h>
#include "tests/lib.h"

/* The trap flag of %rflags. */
#define FLAG_TF 0x100

/* Which way to enter the kernel with the trap flag set. */
static int mode;

/* Sets the trap flag and makes one write of 0 bytes to the console in
   the way MODE says. */
static void
traced_call (void)
{
  long nr = SYS_WRITE;

  if (mode == 0)
    asm volatile ("pushfq; orq %1, (%%rsp); popfq; syscall"
                  : "+a" (nr) : "i" (FLAG_TF), "D" (1L), "S" (0L), "d" (0L)
                  : "rcx", "r11", "memory", "cc");
  else if (mode == 1)
    asm volatile ("movw %%ss, %%bx; pushfq; orq %1, (%%rsp); popfq;"
                  "movw %%bx, %%ss; syscall"
                  : "+a" (nr) : "i" (FLAG_TF), "D" (1L), "S" (0L), "d" (0L)
                  : "rbx", "rcx", "r11", "memory", "cc");
  else
    asm volatile ("pushfq; orq %1, (%%rsp); popfq; int $0x42"
                  : "+a" (nr) : "i" (FLAG_TF) : "memory", "cc");
}

void
test_main (void)
{
  for (mode = 0; mode < 3; mode++)
    {
      pid_t pid = fork ("traced");

      if (pid == 0)
        {
          traced_call ();
          exit (mode + 10);
        }
      CHECK (pid > 0, "fork for mode %d", mode);
      msg ("mode %d: child exit %d", mode, wait (pid));
    }
}

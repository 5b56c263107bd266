/* A code page the parent never ran before fork must still be executable
   in the child. */
#include <syscall.h>
#include "tests/lib.h"

int far_func (void);
asm (".section .text\n"
     ".balign 4096\n"
     ".globl far_func\n"
     "far_func:\n"
     "  movl $42, %eax\n"
     "  ret\n"
     ".balign 4096\n");

void
test_main (void)
{
  pid_t pid = fork ("child");
  if (pid == 0)
    {
      msg ("child calls far_func");
      exit (far_func ());
    }
  msg ("child exited %d", wait (pid));
}

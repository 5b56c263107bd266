/* Proves that an x87 floating-point error with the exception unmasked
   ends the process with exit(-1) or is ignored, and never reaches the
   kernel: divide by zero, then wait for the error. */

#include <syscall.h>
#include "tests/lib.h"

/* Unmasks every x87 exception and divides 1 by 0. */
static void
divide_by_zero (void)
{
  unsigned short cw = 0x0340;   /* All exceptions unmasked, 64-bit. */

  asm volatile ("fninit; fldcw %0; fld1; fldz; fdivrp; fwait; fstp %%st(0);"
                "fwait" : : "m" (cw) : "memory");
}

void
test_main (void)
{
  pid_t pid = fork ("fpu");
  int status;

  if (pid == 0)
    {
      divide_by_zero ();
      exit (81);
    }
  CHECK (pid > 0, "fork");
  status = wait (pid);
  CHECK (status == -1 || status == 81, "child ends (exit -1 or 81)");
  pid = fork ("after");
  if (pid == 0)
    exit (82);
  CHECK (pid > 0 && wait (pid) == 82, "a new process runs");
}

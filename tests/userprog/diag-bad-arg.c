/* Proves that when the kernel kills a process for a bad system call
   argument, the debug console (pintos's standard error) names the
   call, the argument and its value, while the console shows only the
   exit line.  One child writes from an unmapped buffer, another opens
   a file name in kernel memory. */

#include <stdint.h>
#include <syscall.h>
#include "tests/lib.h"

/* An address in user space that no page covers. */
#define UNMAPPED ((const void *) 0x20000000)

void
test_main (void)
{
  pid_t pid = fork ("bad-write");

  if (pid == 0)
    exit (write (1, UNMAPPED, 5));
  CHECK (wait (pid) == -1, "bad-write was killed");

  pid = fork ("bad-open");
  if (pid == 0)
    exit (open ((const char *) KERNEL_BASE_ADDR + 0x1000));
  CHECK (wait (pid) == -1, "bad-open was killed");
}

/* Proves that a child the kernel kills for a bad access reports -1 to
   wait, whether it faulted in forked code or in an exec'd program, and
   that the parent is unharmed. */

#include <syscall.h>
#include "tests/lib.h"

void
test_main (void)
{
  pid_t pid = fork ("crash-kid");

  if (pid == 0)
    {
      volatile char *p = (volatile char *) KERNEL_BASE_ADDR;
      exit (*p);
    }
  int status = wait (pid);
  CHECK (status == -1, "the forked child that faulted gave -1");
  int status2 = wait (fork_exec ("bad-kid", "child-bad"));
  CHECK (status2 == -1,
         "the exec'd child that faulted gave -1");
}

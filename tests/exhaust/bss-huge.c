/* Proves that a program with a huge bss cannot exhaust the kernel: a
   child whose bss is 1 GiB is either refused (exit -1) or runs (it
   touches the first and last page and exits 0); either way a new process
   runs afterwards and every kernel page, heap block and frame is back. */

#include "tests/lib.h"
#include "tests/exhaust/exhaust-util.h"

/* The child with the huge bss, then a small one. */
static void
scenario (void)
{
  pid_t pid = fork ("bss-huge-child");
  int status;

  if (pid == 0)
    {
      exec ("bss-huge-child");
      exit (-2);
    }
  status = pid > 0 ? wait (pid) : -3;
  CHECK (status == 0 || status == -1, "the child ran or was refused");
  status = run_small_child ();
  CHECK (status == 0, "a new process runs");
}

void
test_main (void)
{
  struct kernel_counters before, after;

  exhaust_measure (scenario, &before, &after);
}

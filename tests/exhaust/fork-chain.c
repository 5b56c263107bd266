/* Proves that a chain of processes, each forking the next, cannot panic
   the kernel when it runs out of kernel memory: fork fails cleanly with
   -1 at the bottom of the chain; there, with the kernel pool exhausted,
   opening, creating, removing and closing files, and exec, fail or work
   but never panic; then the whole chain exits and every process, page,
   open file and heap block is back. */

#include <syscall.h>
#include "tests/lib.h"
#include "tests/exhaust/exhaust-util.h"

/* Longest chain tried; far more than the kernel pool can hold. */
#define CHAIN_MAX 100000

/* At the bottom of the chain: uses the file system and exec with the
   kernel out of memory.  Exits with the chain's depth. */
static void __attribute__ ((noreturn))
bottom (int depth)
{
  int fds[64];
  int i, cnt = 0;

  for (cnt = 0; cnt < 64; cnt++)
    if ((fds[cnt] = open ("big")) < 0)
      break;
  create ("tmp", 300 * 512);
  remove ("tmp");
  if (cnt > 0)
    remove ("big");
  for (i = 0; i < cnt; i++)
    close (fds[i]);
  mkdir ("dir");
  remove ("dir");
  exec ("exhaust-child");
  exit (depth);
}

/* Forks the next link of the chain and passes its exit status up. */
static int
link_fork (int depth)
{
  pid_t pid;

  if (depth >= CHAIN_MAX)
    bottom (depth);
  pid = fork ("link");
  if (pid < 0)
    bottom (depth);
  if (pid == 0)
    exit (link_fork (depth + 1));
  return wait (pid);
}

static void
scenario (void)
{
  int status;

  CHECK (create ("big", 300 * 512), "create big");
  status = link_fork (0);
  CHECK (status == 0 || status == -1, "the chain ended cleanly");
  remove ("big");
  status = run_small_child ();
  CHECK (status == 0, "a new process runs");
}

void
test_main (void)
{
  struct kernel_counters before, after;

  exhaust_measure (scenario, &before, &after);
}

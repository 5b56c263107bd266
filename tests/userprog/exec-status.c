/* Proves that the status of an exec'd program reaches the parent of the
   process that exec'd it, for several statuses including negative and
   zero ones, and that exec_children's children each report their own. */

#include <syscall.h>
#include "tests/lib.h"

void
test_main (void)
{
  static const char *cmds[] = { "child-exit 0", "child-exit 255",
                                "child-exit -5", "child-exit 70000" };
  static const int statuses[] = { 0, 255, -5, 70000 };
  pid_t pids[5];
  size_t i;

  for (i = 0; i < 4; i++)
    {
      int status = wait (fork_exec ("status-kid", cmds[i]));
      CHECK (status == statuses[i], "\"%s\" gave %d", cmds[i], status);
    }
  exec_children ("child-exit", pids, 5);
  wait_children (pids, 5);
  msg ("five concurrent children gave statuses 0 to 4");
}

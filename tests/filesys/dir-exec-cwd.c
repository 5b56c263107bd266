/* exec keeps the working directory: a child started in a subdirectory
   opens a file there by its relative name. */

#include "tests/filesys/tree-lib.h"

void
test_main (void)
{
  pid_t pid;
  int status;

  mkdir_or_fail ("a");
  make_pattern_file ("a/here", 11, 100, 100);
  CHECK (chdir ("a"), "chdir a");
  pid = fork_exec ("child-fs", "/child-fs cwd 3");
  status = wait (pid);
  CHECK (status == 3, "the child found a/here by its relative name");
}

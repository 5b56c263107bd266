/* The entry point of the helper programs that take arguments.  The test
   library's main does not pass argv on to test_main, so a helper
   supplies its own _start: it keeps argv in CHILD_ARGV, then runs the
   library's main as usual.  Include this from exactly one file. */
#ifndef TESTS_VM_VM_CHILD_H
#define TESTS_VM_VM_CHILD_H

#include <debug.h>
#include <syscall.h>

/* The helper's arguments; CHILD_ARGV[0] is its name. */
static char **child_argv;
static int child_argc;

int main (int argc, char *argv[]);
void _start (int argc, char *argv[]) NO_RETURN;

void
_start (int argc, char *argv[])
{
  child_argc = argc;
  child_argv = argv;
  exit (main (argc, argv));
}

#endif /* tests/vm/vm-child.h */

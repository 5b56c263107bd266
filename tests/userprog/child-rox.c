/* A silent helper that keeps running until told to stop: "child-rox N"
   creates the file "ready-N", then spins until the file "stop-N"
   exists, so a parent can act while this executable surely runs. Exits
   with 17. */

#include <stdio.h>
#include <syscall.h>
#include "tests/lib.h"

const bool silent_program = true;

void
test_main (void)
{
  const char *n = test_argc > 1 ? test_argv[1] : "0";
  char ready[16], stop[16];

  snprintf (ready, sizeof ready, "ready-%s", n);
  snprintf (stop, sizeof stop, "stop-%s", n);
  if (!create (ready, 0))
    exit (1);
  wait_for_file (stop);
  exit (17);
}

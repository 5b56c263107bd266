/* Proves that writing to fd 0, the keyboard, fails with -1 and prints
   nothing. */

#include <stdio.h>
#include <syscall.h>
#include "tests/lib.h"

void
test_main (void)
{
  CHECK (write (STDIN_FILENO, "not shown\n", 10) == -1,
         "write to fd 0 fails");
}

/* Proves that writing to the program's own read-only code ends the
   process with -1. */

#include <stdint.h>
#include <syscall.h>
#include "tests/lib.h"

void
test_main (void)
{
  volatile uint8_t *p = (volatile uint8_t *) test_main;

  *p = 0xc3;
  fail ("the process survived");
}

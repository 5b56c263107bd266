/* Proves that code is read-only: a store into the page holding
   test_main ends the process with -1. */

#include <stdint.h>
#include "tests/lib.h"

void
test_main (void)
{
  volatile uint8_t *code = (volatile uint8_t *) (uintptr_t) test_main;

  msg ("writing into the code segment");
  *code = 0xcc;
  fail ("the write into code succeeded");
}

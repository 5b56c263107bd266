/* The machine code the no-execute tests try to run from memory that
   holds data: "mov $42, %eax; ret", a function that returns 42. */
#ifndef TESTS_COW_NX_CODE_H
#define TESTS_COW_NX_CODE_H

#include <stdint.h>
#include "tests/lib.h"

#define NX_CODE_BYTES 0xb8, 0x2a, 0x00, 0x00, 0x00, 0xc3
#define NX_CODE_SIZE 6

/* Calls the function at CODE, which WHERE describes; the call must end
   the process, so coming back fails the test. */
static inline void
nx_call (const void *code, const char *where)
{
  int (*volatile function) (void) = (int (*) (void)) (uintptr_t) code;

  msg ("calling code in %s", where);
  fail ("code in %s ran and returned %d", where, function ());
}

#endif /* tests/cow/nx-code.h */

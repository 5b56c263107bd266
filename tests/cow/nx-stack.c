/* Proves that the stack is not executable: calling a function copied
   into a local array ends the process with -1. */

#include <string.h>
#include "tests/lib.h"
#include "tests/cow/nx-code.h"

void
test_main (void)
{
  static const unsigned char code[NX_CODE_SIZE] = { NX_CODE_BYTES };
  unsigned char copy[16];

  memcpy (copy, code, sizeof code);
  nx_call (copy, "the stack");
}

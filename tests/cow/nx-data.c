/* Proves that initialized data is not executable: calling a function
   held in a writable initialized array (in .data) ends the process with
   -1. */

#include "tests/lib.h"
#include "tests/cow/nx-code.h"

static unsigned char code[16] = { NX_CODE_BYTES };

void
test_main (void)
{
  nx_call (code, ".data");
}

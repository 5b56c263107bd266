/* Proves that the bss is not executable: calling a function copied into
   a zero-initialized array (in .bss) ends the process with -1. */

#include <string.h>
#include "tests/lib.h"
#include "tests/cow/nx-code.h"

static unsigned char copy[16];

void
test_main (void)
{
  static const unsigned char code[NX_CODE_SIZE] = { NX_CODE_BYTES };

  memcpy (copy, code, sizeof code);
  nx_call (copy, ".bss");
}

/* Helper of bss-huge: a program whose bss is 1 GiB.  It touches the
   first and the last page of it and exits with 0. */

#include "tests/lib.h"

const bool silent_program = true;

static char huge[1UL << 30];

void
test_main (void)
{
  huge[0] = 1;
  huge[sizeof huge - 1] = 2;
  exit (huge[0] + huge[sizeof huge - 1] == 3 ? 0 : 1);
}

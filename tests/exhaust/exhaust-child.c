/* Helper of the exhaustion tests: touches a few pages of its own and
   exits with 0, proving that a new process can still be made and run. */

#include <string.h>
#include "tests/lib.h"

const bool silent_program = true;

static char pages[8 * 4096];

void
test_main (void)
{
  memset (pages, 0x33, sizeof pages);
  exit (pages[sizeof pages - 1] == 0x33 ? 0 : 1);
}

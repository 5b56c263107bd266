/* Proves that kernel data is not executable: calling a kernel data
   buffer that holds a "ret" instruction faults on the instruction fetch
   (a rights violation on a present page, so the no-execute bit), and the
   kernel panics.  This test ends in a panic. */

#include <stdint.h>
#include "tests/threads/tests.h"

/* A function that would just return, in writable data. */
static uint8_t ret_code[16] = { 0xc3 };

void
test_kernel_data_nx (void)
{
  void (*volatile function) (void) = (void (*) (void)) (uintptr_t) ret_code;

  msg ("calling kernel data at %p", (void *) ret_code);
  function ();
  fail ("the code in kernel data ran and returned");
}

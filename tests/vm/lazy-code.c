/* Proves that code pages load lazily: four pages of code that have not
   run have no frame; calling a function on one page, or reading an
   instruction byte on another, gives just that page a frame. */

#include <stdint.h>
#include "tests/lib.h"
#include "tests/vm/vm-util.h"

/* Four page-aligned pages of code of their own: a function at the start
   of pages 0 and 2, the rest int3 instructions that never run. */
int far_code_first (void);
int far_code_third (void);
extern const uint8_t far_code[];
asm (".pushsection .text.lazy, \"ax\", @progbits\n"
     ".balign 4096\n"
     "far_code:\n"
     "far_code_first:\n"
     "  mov $42, %eax\n"
     "  ret\n"
     "  .fill 4096 - 6, 1, 0xcc\n"
     "  .fill 4096, 1, 0xcc\n"
     "far_code_third:\n"
     "  mov $7, %eax\n"
     "  ret\n"
     "  .fill 4096 - 6, 1, 0xcc\n"
     "  .fill 4096, 1, 0xcc\n"
     ".popsection\n");

/* Tells whether page I of FAR_CODE has a frame. */
static bool
page_resident (int i)
{
  return is_resident (far_code + i * PAGE_SIZE);
}

void
test_main (void)
{
  volatile const uint8_t *p = far_code;
  bool none = !page_resident (0) && !page_resident (1) && !page_resident (2)
              && !page_resident (3);

  CHECK (none, "no page of the far code has a frame");
  CHECK (far_code_first () == 42, "the function on page 0 returned 42");
  CHECK (page_resident (0) && !page_resident (1) && !page_resident (2)
         && !page_resident (3), "only page 0 has a frame now");
  CHECK (p[PAGE_SIZE + 100] == 0xcc, "page 1 holds the expected code byte");
  CHECK (page_resident (1) && !page_resident (2) && !page_resident (3),
         "page 1 has a frame now; pages 2 and 3 still have none");
  CHECK (far_code_third () == 7, "the function on page 2 returned 7");
  CHECK (page_resident (2) && !page_resident (3),
         "page 2 has a frame now; page 3 still has none");
}

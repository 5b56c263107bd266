/* Proves that the initial stack has the promised shape: argv lies just
   below the top of the user stack, is 8-byte aligned, ends with a null
   pointer and has a zero fake return address below it, and every
   argument string lies between argv and the stack top. */

#include <stdint.h>
#include <string.h>
#include "tests/lib.h"

void
test_main (void)
{
  uintptr_t argv = (uintptr_t) test_argv;
  uintptr_t top = USER_STACK_TOP;
  int i;

  CHECK (test_argc == 3, "argc is 3");
  CHECK (argv < top && argv >= top - 4096,
         "argv lies in the top page of the stack");
  CHECK (argv % 8 == 0, "argv is 8-byte aligned");
  CHECK (((uint64_t *) argv)[-1] == 0, "the fake return address is 0");
  CHECK (test_argv[test_argc] == NULL, "argv[argc] is a null pointer");
  for (i = 0; i < test_argc; i++)
    {
      uintptr_t s = (uintptr_t) test_argv[i];
      if (s < argv + (test_argc + 1) * sizeof (char *)
          || s + strlen (test_argv[i]) >= top)
        fail ("argv[%d] at %#lx lies outside the strings area", i,
              (unsigned long) s);
    }
  msg ("every string lies above argv and below the stack top");
  CHECK (!strcmp (test_argv[1], "x") && !strcmp (test_argv[2], "yz"),
         "the arguments are 'x' and 'yz'");
}

/* Proves that fork copies the address space: the child sees the
   parent's data, stack and heap-like BSS as they were, and changes on
   either side stay on that side. */

#include <string.h>
#include <syscall.h>
#include "tests/lib.h"

static int data_word = 1234;
static char bss_area[3 * 4096];

void
test_main (void)
{
  volatile int stack_word = 55;
  pid_t pid;

  memset (bss_area, 'p', sizeof bss_area);
  pid = fork ("copy-kid");
  if (pid == 0)
    {
      if (data_word != 1234 || stack_word != 55 || bss_area[0] != 'p'
          || bss_area[sizeof bss_area - 1] != 'p')
        exit (1);
      data_word = 9;
      stack_word = 9;
      memset (bss_area, 'c', sizeof bss_area);
      exit (2);
    }
  int status = wait (pid);
  CHECK (status == 2, "the child saw the parent's memory");
  CHECK (data_word == 1234 && stack_word == 55,
         "the child's changes to data and stack stayed in the child");
  CHECK (bss_area[0] == 'p' && bss_area[4096] == 'p'
         && bss_area[sizeof bss_area - 1] == 'p',
         "the child's changes to BSS stayed in the child");
}

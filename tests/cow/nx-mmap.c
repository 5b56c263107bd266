/* Proves that a memory-mapped file is not executable: calling a
   function copied into a writable mapping ends the process with -1. */

#include <string.h>
#include "tests/lib.h"
#include "tests/vm/vm-util.h"
#include "tests/cow/nx-code.h"

void
test_main (void)
{
  static const unsigned char code[NX_CODE_SIZE] = { NX_CODE_BYTES };
  static char zeros[PAGE_SIZE];
  char *map = MAP_BASE;
  int fd;

  make_file ("page", zeros, sizeof zeros);
  fd = open_or_fail ("page");
  if (mmap (map, PAGE_SIZE, 1, fd, 0) != map)
    fail ("mmap \"page\"");
  memcpy (map, code, sizeof code);
  nx_call (map, "a mapping");
}

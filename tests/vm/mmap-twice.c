/* Proves that one file can be mapped twice at once, through the same
   descriptor and through a second one, and that every mapping reads as
   the file. */

#include <stdint.h>
#include "tests/lib.h"
#include "tests/vm/vm-util.h"

void
test_main (void)
{
  static char contents[2 * PAGE_SIZE];
  char *first = MAP_BASE;
  char *second = first + 16 * PAGE_SIZE;
  char *third = second + 16 * PAGE_SIZE;
  int fd1, fd2, size;

  fd1 = open_or_fail ("sample.txt");
  fd2 = open_or_fail ("sample.txt");
  size = filesize (fd1);
  if (read (fd1, contents, size) != size)
    fail ("read \"sample.txt\"");
  CHECK (mmap (first, size, 0, fd1, 0) == first, "map the file once");
  CHECK (mmap (second, size, 0, fd1, 0) == second,
         "map it again through the same descriptor");
  CHECK (mmap (third, size, 0, fd2, 0) == third,
         "map it a third time through another descriptor");
  compare_bytes (third, contents, size, 0, "the third mapping");
  compare_bytes (first, contents, size, 0, "the first mapping");
  compare_bytes (second, contents, size, 0, "the second mapping");
  msg ("all three mappings match the file");
  munmap (second);
  compare_bytes (first, contents, size, 0, "the first mapping");
  compare_bytes (third, contents, size, 0, "the third mapping");
  msg ("unmapping one leaves the others intact");
  munmap (first);
  munmap (third);
}

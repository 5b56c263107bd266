/* Proves that system calls can use mapped pages the program has never
   touched: write() copies a file out of one mapping, and read() fills
   another, writable mapping that munmap then writes back. */

#include <stdint.h>
#include "tests/lib.h"
#include "tests/vm/vm-util.h"

void
test_main (void)
{
  static char contents[2 * PAGE_SIZE];
  static const char zeros[2 * PAGE_SIZE];
  char *source = MAP_BASE;
  char *target = source + 16 * PAGE_SIZE;
  int fd, copy_fd, size;

  fd = open_or_fail ("sample.txt");
  size = filesize (fd);
  if (read (fd, contents, size) != size)
    fail ("read \"sample.txt\"");
  CHECK (mmap (source, size, 0, fd, 0) == source, "map \"sample.txt\"");

  make_file ("mm-copy", zeros, size);
  copy_fd = open_or_fail ("mm-copy");
  CHECK (write (copy_fd, source, size) == size,
         "write the mapping into \"mm-copy\"");
  close (copy_fd);
  check_file ("mm-copy", contents, size);

  make_file ("mm-target", zeros, size);
  copy_fd = open_or_fail ("mm-target");
  CHECK (mmap (target, size, 1, copy_fd, 0) == target,
         "map \"mm-target\" writable");
  seek (fd, 0);
  CHECK (read (fd, target, size) == size, "read the file into the mapping");
  munmap (target);
  close (copy_fd);
  check_file ("mm-target", contents, size);
  munmap (source);
  close (fd);
}

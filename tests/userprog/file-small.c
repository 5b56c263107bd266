/* Proves that small files of sizes around the 512-byte sector size (1,
   100, 511, 512, 513 and 1025 bytes) hold exactly what was written. */

#include <stdio.h>
#include <syscall.h>
#include "tests/lib.h"

void
test_main (void)
{
  static const int sizes[] = { 1, 100, 511, 512, 513, 1025 };
  static char data[1025];
  size_t i;

  for (i = 0; i < sizeof sizes / sizeof *sizes; i++)
    {
      char name[16];
      int fd;

      snprintf (name, sizeof name, "small-%d", sizes[i]);
      random_fill (data, sizes[i], sizes[i]);
      if (!create (name, sizes[i]) || (fd = open (name)) < 0)
        fail ("create and open \"%s\"", name);
      if (write (fd, data, sizes[i]) != sizes[i])
        fail ("write %d bytes to \"%s\"", sizes[i], name);
      close (fd);
    }
  for (i = 0; i < sizeof sizes / sizeof *sizes; i++)
    {
      char name[16];

      snprintf (name, sizeof name, "small-%d", sizes[i]);
      random_fill (data, sizes[i], sizes[i]);
      check_file (name, data, sizes[i]);
    }
}

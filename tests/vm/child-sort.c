/* Helper of page-merge-seq and page-merge-par, run as "child-sort ID":
   reads the file "sort-chunk-ID" of 32-bit words, sorts them, writes
   them back in place, and exits with ID. */

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include "tests/lib.h"
#include "tests/vm/vm-child.h"
#include "tests/vm/vm-util.h"

#define MAX_SIZE (1024 * 1024)

static uint32_t words[MAX_SIZE / sizeof (uint32_t)];

void
test_main (void)
{
  char name[32];
  int id, fd, size;

  if (child_argc != 2)
    fail ("usage: child-sort ID");
  id = atoi (child_argv[1]);
  snprintf (name, sizeof name, "sort-chunk-%d", id);
  fd = open_or_fail (name);
  size = filesize (fd);
  if (size <= 0 || size > MAX_SIZE || read (fd, words, size) != size)
    fail ("read \"%s\"", name);
  sort_words (words, size / sizeof *words);
  seek (fd, 0);
  if (write (fd, words, size) != size)
    fail ("write \"%s\"", name);
  close (fd);
  exit (id);
}

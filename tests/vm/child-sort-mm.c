/* Helper of page-merge-mm, run as "child-sort-mm ID": maps the file
   "sort-chunk-ID" of 32-bit words, sorts them in place through the
   mapping, unmaps it, and exits with ID. */

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include "tests/lib.h"
#include "tests/vm/vm-child.h"
#include "tests/vm/vm-util.h"

void
test_main (void)
{
  char name[32];
  uint32_t *map;
  int id, fd, size;

  if (child_argc != 2)
    fail ("usage: child-sort-mm ID");
  id = atoi (child_argv[1]);
  snprintf (name, sizeof name, "sort-chunk-%d", id);
  fd = open_or_fail (name);
  size = filesize (fd);
  map = mmap (MAP_BASE, size, 1, fd, 0);
  if (map != MAP_BASE)
    fail ("mmap \"%s\"", name);
  sort_words (map, size / sizeof *map);
  munmap (map);
  close (fd);
  exit (id);
}

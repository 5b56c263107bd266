/* Proves that exit writes a process's mappings back: a child writes
   through a mapping and exits without munmap, and its parent then finds
   the changes in the file. */

#include <stdint.h>
#include <string.h>
#include "tests/lib.h"
#include "tests/vm/vm-util.h"

#define WORD_CNT (2 * PAGE_SIZE / sizeof (uint64_t))

static uint64_t expected[WORD_CNT];

static void
child (void)
{
  uint64_t *map;
  int fd = open_or_fail ("mm-exit");

  map = mmap (MAP_BASE, sizeof expected, 1, fd, 0);
  if (map != MAP_BASE)
    fail ("child: mmap \"mm-exit\"");
  pattern_fill (map, WORD_CNT, 41);
  msg ("child wrote both pages and exits without munmap");
  exit (0);
}

void
test_main (void)
{
  pid_t pid;
  int status;

  memset (expected, 0, sizeof expected);
  make_file ("mm-exit", expected, sizeof expected);
  pid = fork ("mm-child");
  if (pid == 0)
    child ();
  if (pid < 0)
    fail ("fork a child");
  status = wait (pid);
  CHECK (status == 0, "the child exited with 0");
  pattern_fill (expected, WORD_CNT, 41);
  check_file ("mm-exit", expected, sizeof expected);
}

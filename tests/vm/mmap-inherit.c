/* Proves that a forked child inherits its parent's mappings as copies:
   the child reads the parent's unsaved change and the rest of the file
   through the same addresses, and what the child then writes there does
   not show in the parent. */

#include <stdint.h>
#include "tests/lib.h"
#include "tests/vm/vm-util.h"

#define PAGE_WORDS (PAGE_SIZE / sizeof (uint64_t))
#define WORD_CNT (2 * PAGE_WORDS)

static uint64_t contents[WORD_CNT];

static void
child (uint64_t *map)
{
  CHECK (map[0] == 0xaaaa, "child sees the parent's change on page 0");
  pattern_check (map + PAGE_WORDS, PAGE_WORDS, 60, "child's page 1");
  msg ("child reads page 1 of the file");
  map[1] = 0xbbbb;
  CHECK (map[1] == 0xbbbb, "child writes to its copy");
  exit (0);
}

void
test_main (void)
{
  uint64_t *map;
  pid_t pid;
  int status;
  int fd;

  pattern_fill (contents + PAGE_WORDS, PAGE_WORDS, 60);
  make_file ("mm-inherit", contents, sizeof contents);
  fd = open_or_fail ("mm-inherit");
  map = mmap (MAP_BASE, sizeof contents, 1, fd, 0);
  CHECK (map == MAP_BASE, "mmap \"mm-inherit\"");
  map[0] = 0xaaaa;

  pid = fork ("mm-child");
  if (pid == 0)
    child (map);
  if (pid < 0)
    fail ("fork a child");
  status = wait (pid);
  CHECK (status == 0, "the child exited with 0");
  CHECK (map[0] == 0xaaaa && map[1] == 0,
         "the parent's page 0 is as the parent left it");
  pattern_check (map + PAGE_WORDS, PAGE_WORDS, 60, "parent's page 1");
  msg ("the parent's page 1 still reads as the file");
  munmap (map);
}

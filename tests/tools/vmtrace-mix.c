/* Does a little of everything the VM does, for the trace test: lazy code
   and data, stack growth, an array larger than the user frames (so
   eviction and swap), a fork that shares the parent's frames copy-on-write
   and in which the child writes some of them, and in the child an mmap
   that is read, written and unmapped.  The checker draws the trace with
   utils/vmviz and looks for each of these in the picture. */

#include <string.h>
#include <syscall.h>
#include "tests/lib.h"

#define PAGE 4096
#define ARRAY_PAGES 96
#define CHILD_WRITES 8
#define MAP_ADDR ((char *) 0x10000000)

static char array[ARRAY_PAGES * PAGE];

/* Uses DEPTH frames of 2 kB of stack, so the stack grows by a few
   pages.  Returns a value that depends on every frame. */
static int
grow_stack (int depth)
{
  volatile char buf[2048];

  buf[0] = depth;
  buf[sizeof buf - 1] = depth;
  return depth > 0 ? grow_stack (depth - 1) + buf[0] : buf[sizeof buf - 1];
}

/* Checks that page I of the array holds VALUE + I. */
static void
check_array (int value, const char *who)
{
  int i;

  for (i = 0; i < ARRAY_PAGES; i++)
    if (array[i * PAGE] != (char) (value + i))
      fail ("%s: page %d of the array holds %d, not %d", who, i,
            array[i * PAGE], (char) (value + i));
}

/* The child: writes a few shared pages, maps sample.txt, reads and
   writes the mapping, unmaps it, and exits with 7. */
static void
child (void)
{
  int fd, i;

  for (i = 0; i < CHILD_WRITES; i++)
    array[i * PAGE] = (char) (100 + i);
  fd = open ("sample.txt");
  if (fd < 2)
    fail ("open \"sample.txt\"");
  if (mmap (MAP_ADDR, filesize (fd), 1, fd, 0) != MAP_ADDR)
    fail ("mmap \"sample.txt\"");
  if (memcmp (MAP_ADDR, "A sample file", 13))
    fail ("the mapping does not start with the file");
  MAP_ADDR[PAGE] = 'x';
  munmap (MAP_ADDR);
  close (fd);
  exit (7);
}

void
test_main (void)
{
  pid_t pid;
  int status;
  int i;

  CHECK (grow_stack (4) == 10, "grow the stack");
  for (i = 0; i < ARRAY_PAGES; i++)
    array[i * PAGE] = (char) i;
  check_array (0, "parent");
  msg ("wrote and read back %d pages", ARRAY_PAGES);
  /* Each message follows what it reports, so the child's exit line
     has one place in the output whichever process runs first. */
  msg ("fork");
  pid = fork ("mix-child");
  if (pid == 0)
    child ();
  if (pid < 0)
    fail ("fork failed");
  status = wait (pid);
  CHECK (status == 7, "wait for the child");
  check_array (0, "parent after fork");
  msg ("the parent's array is unchanged");
}

/* Proves that a process that needs more than memory and swap can hold
   is killed, not the kernel, and gives everything back: after a child
   that fits has run once (a warm-up), with a
   256-frame user pool and a 1 MiB swap disk, a child writing 4 MiB
   exits with -1 (every candidate for eviction is refused a swap slot,
   so nothing is unmapped and mapped back); afterwards the frames plus
   swap slots, the heap blocks beside the frames and the open files are
   as before, and a child that fits runs to its end. */

#include <kernel-counters.h>
#include <stdint.h>
#include "tests/lib.h"
#include "tests/vm/vm-util.h"

#define BIG (4 * 1024 * 1024)

static char big[BIG];

/* Writes the first SIZE bytes of BIG, a byte per page, and exits 0. */
static void
child (size_t size)
{
  size_t i;

  for (i = 0; i < size; i += PAGE_SIZE)
    big[i] = 1;
  for (i = 0; i < size; i += PAGE_SIZE)
    if (big[i] != 1)
      fail ("page at %zu lost its contents", i);
  exit (0);
}

static void
counters (struct kernel_counters *c)
{
  if (get_kernel_counters (c) != 0)
    fail ("get_kernel_counters failed");
}

void
test_main (void)
{
  struct kernel_counters before, after;
  pid_t pid;

  /* A child that fits first warms up what stays allocated. */
  pid = fork ("warm");
  if (pid == 0)
    child (128 * PAGE_SIZE);
  if (pid < 0 || wait (pid) != 0)
    fail ("the first child failed");
  msg ("warmed up");
  counters (&before);
  pid = fork ("hog");
  if (pid == 0)
    child (BIG);
  CHECK (pid > 0 && wait (pid) == -1,
         "the child that overflows memory and swap is killed");
  counters (&after);
  CHECK (after.user_frames + after.swap_slots
         == before.user_frames + before.swap_slots
         && after.heap_blocks - after.user_frames
            == before.heap_blocks - before.user_frames
         && after.open_files == before.open_files,
         "its frames, swap slots and heap blocks came back");
  pid = fork ("fits");
  if (pid == 0)
    child (128 * PAGE_SIZE);
  CHECK (pid > 0 && wait (pid) == 0, "a child that fits runs to its end");
}

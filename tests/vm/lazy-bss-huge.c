/* Proves that a huge bss costs next to nothing until it is touched: a
   program with 512 MiB of bss loads, reads zeros and keeps what it
   writes at its first, middle and last pages, forks a child that sees
   the same, and the kernel heap holds only a few thousand blocks
   meanwhile (a record per page would take 131072). */

#include <kernel-counters.h>
#include <stdint.h>
#include "tests/lib.h"
#include "tests/vm/vm-util.h"

#define BSS_LEN (512UL * 1024 * 1024)

static char bss[BSS_LEN];

/* Checks that the page at OFFSET of the bss reads zero, then writes
   VALUE to it and reads it back. */
static void
touch (size_t offset, char value)
{
  if (bss[offset] != 0 || bss[offset + PAGE_SIZE - 1] != 0)
    fail ("bss page at %zu is not zero", offset);
  bss[offset] = value;
  if (bss[offset] != value)
    fail ("bss page at %zu lost a write", offset);
}

void
test_main (void)
{
  struct kernel_counters c;
  pid_t pid;

  touch (0, 1);
  touch (BSS_LEN / 2, 2);
  touch (BSS_LEN - PAGE_SIZE, 3);
  msg ("first, middle and last bss pages read zero and keep writes");

  pid = fork ("child");
  if (pid == 0)
    exit (bss[0] + bss[BSS_LEN / 2] + bss[BSS_LEN - PAGE_SIZE]);
  CHECK (pid > 0 && wait (pid) == 6, "a child sees the same");

  if (get_kernel_counters (&c) != 0)
    fail ("get_kernel_counters failed");
  CHECK (c.heap_blocks < 5000, "the kernel heap holds few blocks");
}

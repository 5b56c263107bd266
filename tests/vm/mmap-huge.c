/* Proves that an untouched mapping costs next to nothing, whatever its
   length: mappings of 64 MiB and 1 GiB of a small file take a few heap
   blocks between them; a page touched near each end reads the file, or
   zeros past its end; a forked child sees the same; and munmap gives
   back every heap block and open file. */

#include <kernel-counters.h>
#include <stdint.h>
#include <string.h>
#include "tests/lib.h"
#include "tests/vm/vm-util.h"

#define SMALL_LEN (64UL * 1024 * 1024)
#define HUGE_LEN (1024UL * 1024 * 1024)
#define HUGE_BASE ((void *) 0x100000000UL)

static char contents[2 * PAGE_SIZE];

/* Fails unless MAP, a mapping of sample.txt (SIZE bytes), reads the
   file at its start and zeros at OFFSET. */
static void
check_map (const char *map, int size, size_t offset, const char *who)
{
  size_t i;

  compare_bytes (map, contents, size, 0, who);
  for (i = 0; i < PAGE_SIZE; i++)
    if (map[offset + i] != 0)
      fail ("%s: byte %zu is not zero", who, offset + i);
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
  struct kernel_counters before, mapped, after;
  const char *small, *huge;
  int fd, size;
  pid_t pid;

  /* Reading the file first warms up what stays allocated. */
  fd = open_or_fail ("sample.txt");
  size = filesize (fd);
  if (read (fd, contents, size) != size)
    fail ("read \"sample.txt\"");
  close (fd);

  counters (&before);
  fd = open_or_fail ("sample.txt");

  counters (&mapped);
  small = mmap (MAP_BASE, SMALL_LEN, 0, fd, 0);
  huge = mmap (HUGE_BASE, HUGE_LEN, 0, fd, 0);
  CHECK (small == MAP_BASE && huge == HUGE_BASE,
         "mmap 64 MiB and 1 GiB of sample.txt");
  counters (&after);
  CHECK (after.heap_blocks - mapped.heap_blocks <= 8
         && mapped.free_kernel_pages - after.free_kernel_pages <= 2,
         "the untouched mappings take a few heap blocks, no kernel pages");

  check_map (small, size, SMALL_LEN - PAGE_SIZE, "the 64 MiB mapping");
  check_map (huge, size, HUGE_LEN / 2, "the 1 GiB mapping");
  msg ("both read the file at their start and zeros far past it");

  pid = fork ("child");
  if (pid == 0)
    {
      check_map (huge, size, HUGE_LEN - PAGE_SIZE, "the child's mapping");
      exit (0);
    }
  CHECK (pid > 0 && wait (pid) == 0, "a child reads the same");

  munmap ((void *) small);
  munmap ((void *) huge);
  close (fd);
  counters (&after);
  CHECK (after.heap_blocks == before.heap_blocks
         && after.open_files == before.open_files
         && before.free_kernel_pages - after.free_kernel_pages <= 8,
         "munmap gave back every heap block and open file");
}

/* Proves that processes leak nothing: 1000 cycles of fork, a child that
   opens a file, touches memory and exits, and wait leave the free user
   and kernel pages, the open files, the live processes and the kernel
   heap exactly where they were.  The first cycles warm up caches that
   legitimately stay (heap slabs), so the baseline is taken after them. */

#include <kernel-counters.h>
#include <string.h>
#include <syscall.h>
#include "tests/lib.h"

#define WARM_UP 10
#define CYCLES 1000

static char buffer[3 * 4096];

static void
cycle (int i)
{
  pid_t pid = fork ("leaker");

  if (pid == 0)
    {
      int fd = open ("sample.txt");
      if (fd < 0)
        exit (-2);
      memset (buffer, i, sizeof buffer);
      exit (i % 100);
    }
  if (pid < 0)
    fail ("fork %d failed", i);
  if (wait (pid) != i % 100)
    fail ("child %d exited with the wrong status", i);
}

static void
read_counters (struct kernel_counters *c)
{
  if (get_kernel_counters (c) != 0)
    fail ("get_kernel_counters failed");
}

void
test_main (void)
{
  struct kernel_counters before, after;
  int i;

  quiet = true;
  for (i = 0; i < WARM_UP; i++)
    cycle (i);
  read_counters (&before);
  for (i = 0; i < CYCLES; i++)
    cycle (i);
  read_counters (&after);
  quiet = false;

  msg ("%d fork/exit/wait cycles done", CYCLES);
  CHECK (after.free_user_pages == before.free_user_pages,
         "free user pages unchanged (%zu before, %zu after)",
         before.free_user_pages, after.free_user_pages);
  CHECK (after.free_kernel_pages == before.free_kernel_pages,
         "free kernel pages unchanged (%zu before, %zu after)",
         before.free_kernel_pages, after.free_kernel_pages);
  CHECK (after.open_files == before.open_files,
         "open files unchanged (%zu before, %zu after)",
         before.open_files, after.open_files);
  CHECK (after.processes == before.processes,
         "processes unchanged (%zu before, %zu after)",
         before.processes, after.processes);
  CHECK (after.heap_blocks == before.heap_blocks,
         "kernel heap blocks unchanged (%zu before, %zu after)",
         before.heap_blocks, after.heap_blocks);
}

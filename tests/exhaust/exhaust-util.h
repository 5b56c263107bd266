/* Helpers of the exhaustion tests: the kernel's counters, compared
   before and after, and a child that proves the kernel still works. */
#ifndef TESTS_EXHAUST_EXHAUST_UTIL_H
#define TESTS_EXHAUST_EXHAUST_UTIL_H

#include <kernel-counters.h>
#include <syscall.h>
#include "tests/lib.h"

/* Reads the kernel's counters into *C, or fails. */
static inline void
counters_read (struct kernel_counters *c)
{
  if (get_kernel_counters (c) != 0)
    fail ("get_kernel_counters failed");
}

/* Checks that what a run could leak is back where BEFORE had it. */
static inline void
counters_check (const struct kernel_counters *before,
                const struct kernel_counters *after)
{
  CHECK (after->processes == before->processes, "processes back");
  CHECK (after->free_user_pages == before->free_user_pages,
         "free user pages back");
  CHECK (after->swap_slots == before->swap_slots, "swap slots back");
  CHECK (after->open_files == before->open_files, "open files back");
  CHECK (after->heap_blocks == before->heap_blocks,
         "kernel heap blocks back");
  CHECK (after->free_kernel_pages == before->free_kernel_pages,
         "free kernel pages back");
}

/* Forks and execs "exhaust-child", which exits with 0; returns what
   wait says. */
static inline int
run_small_child (void)
{
  pid_t pid = fork ("exhaust-child");

  if (pid == 0)
    {
      exec ("exhaust-child");
      exit (-2);
    }
  return pid < 0 ? -3 : wait (pid);
}

#endif /* tests/exhaust/exhaust-util.h */

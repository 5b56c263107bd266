/* Helpers of the exhaustion tests: the kernel's counters, compared
   before and after, and a child that proves the kernel still works. */
#ifndef TESTS_EXHAUST_EXHAUST_UTIL_H
#define TESTS_EXHAUST_EXHAUST_UTIL_H

#include <kernel-counters.h>
#include <stdio.h>
#include <syscall.h>
#include "tests/lib.h"

/* The end of the program's image (lib/user/user.lds). */
extern char _end[];

/* Writes 0 at P.  Not inlined, so that its caller is not a leaf and keeps
   its arrays above %rsp. */
static void __attribute__ ((noinline))
counters_poke (volatile char *p)
{
  *p = 0;
}

/* Reads the kernel's counters into *C, or fails.  First brings every
   page of the program's image and a few pages of stack back into memory,
   so that pages evicted meanwhile do not count as frames or slots that
   moved. */
static inline void
counters_read (struct kernel_counters *c)
{
  char stack[2 * 4096];
  unsigned long addr;

  for (addr = 0x400000; addr < (unsigned long) _end; addr += 4096)
    (void) *(volatile char *) addr;
  for (addr = 0; addr < sizeof stack; addr += 4096)
    counters_poke (&stack[addr]);
  if (get_kernel_counters (c) != 0)
    fail ("get_kernel_counters failed");
}

/* Prints "WHAT back" if the count of things in use, BEFORE and AFTER,
   did not grow; fails otherwise.  (A count may shrink: something the
   kernel kept from the first run is gone.) */
static inline void
counter_check (const char *what, size_t before, size_t after)
{
  if (after > before)
    fail ("%s: %zu before, %zu after", what, before, after);
  msg ("%s back", what);
}

/* Checks that nothing a run could leak is in use more than BEFORE
   said.  Free kernel pages are not compared: a kernel may free some of
   its own pages a moment after a process is gone. */
static inline void
counters_check (const struct kernel_counters *before,
                const struct kernel_counters *after)
{
  counter_check ("processes", before->processes, after->processes);
  if (after->free_user_pages < before->free_user_pages)
    fail ("free user pages: %zu before, %zu after",
          before->free_user_pages, after->free_user_pages);
  msg ("free user pages back");
  counter_check ("swap slots", before->swap_slots, after->swap_slots);
  counter_check ("open files", before->open_files, after->open_files);
  counter_check ("kernel heap blocks", before->heap_blocks,
                 after->heap_blocks);
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

/* Runs SCENARIO once quietly, to fill whatever the kernel keeps for
   good once used (page tables of its own, say), then again between two
   readings of the counters, and checks that they came back.  Returns
   the counters of the second run in *BEFORE and *AFTER. */
static inline void
exhaust_measure (void (*scenario) (void), struct kernel_counters *before,
                 struct kernel_counters *after)
{
  quiet = true;
  scenario ();
  quiet = false;
  counters_read (before);
  scenario ();
  counters_read (after);
  counters_check (before, after);
}

/* Starts "exhaust-hog MODE ID" in a forked process named "hog" and
   returns its pid (a child whose exec fails exits with -2). */
static inline pid_t
hog_start (const char *mode, int id)
{
  char cmd[32];
  pid_t pid = fork ("hog");

  if (pid == 0)
    {
      snprintf (cmd, sizeof cmd, "exhaust-hog %s %d", mode, id);
      exec (cmd);
      exit (-2);
    }
  return pid;
}

#endif /* tests/exhaust/exhaust-util.h */

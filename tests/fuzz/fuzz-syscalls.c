/* Fuzzes the system-call interface from a seed and proves the kernel
   survives it and leaks nothing.  This file is the driver; the random
   calls are in fuzz-calls.c.

   Run as "fuzz-syscalls SEED CALLS", the program is the driver: it takes
   the kernel's counters (int $0x45), then forks workers, three at a
   time, until CALLS system calls have been made.  Each worker makes a
   batch of calls whose length comes from the batch's own seed: every
   call but the last is "tame" (it cannot get the worker killed: buffers
   lie in the worker's scratch memory, strings are terminated), and the
   last one is "wild" (bad, kernel, non-canonical, misaligned pointers,
   pointers into code or across the end of the stack, unterminated
   strings, huge lengths, exit and exec).  So the driver knows how many
   calls each worker made whether or not the kernel killed it.  Workers
   fork children and exec this program again in "child" mode; those
   fuzz briefly and exit, with depth and count bounded.  At the end the
   driver waits for every process to be gone and checks that free user
   pages, swap slots, open files, processes and kernel heap blocks are
   back where they began; it prints a "Leak:" line for any that is not.

   Nothing a worker does goes to the console except one fixed line when
   it writes to a console descriptor, so the driver's lines stay whole. */

#include <kernel-counters.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <syscall.h>
#include "tests/lib.h"
#include "tests/fuzz/fuzz-calls.h"

const bool silent_program = true;

#define WORKERS_AT_ONCE 3       /* Workers running side by side. */

/* The end of the program's image (lib/user/user.lds). */
extern char _end[];

/* Reads the counters, or fails. */
static void
read_counters (struct kernel_counters *c)
{
  if (get_kernel_counters (c) != 0)
    fail ("get_kernel_counters failed");
}

/* Waits (up to 10 s) until only the processes of BEFORE are
   alive, then fills *AFTER. */
static void
settle (const struct kernel_counters *before, struct kernel_counters *after)
{
  long long start;

  read_counters (after);
  start = after->ticks;
  for (;;)
    {
      /* An orphan still fuzzing: let it finish. */
      spin_pause ();
      read_counters (after);
      if (after->processes <= before->processes
          || after->ticks - start > 1000)
        return;
    }
}

/* Prints one count and whether it came back; returns true if it did. */
static bool
compare (const char *what, size_t before, size_t after)
{
  if (before == after)
    {
      printf ("(%s) %s back: %zu\n", test_name, what, after);
      return true;
    }
  printf ("(%s) Leak: %s %zu before, %zu after\n", test_name, what,
          before, after);
  return false;
}

/* Forks a worker named "fz-w" that makes LENGTH calls from BSEED and
   exits; returns its pid.  A fork may fail while orphans still hold
   memory, so it is tried again for a while. */
static pid_t
fork_worker (unsigned long long bseed, unsigned long length)
{
  int tries;

  for (tries = 0; tries < 200; tries++)
    {
      pid_t pid = fork ("fz-w");
      if (pid == 0)
        fuzz_worker (bseed, length);
      if (pid > 0)
        return pid;
      spin_pause ();
    }
  fail ("fork of a worker failed 200 times");
}

/* Runs worker batches until CALLS calls are made, WORKERS_AT_ONCE
   workers at a time, printing progress every 1000 calls unless QUIET;
   returns the number of workers the kernel killed and sets *BATCHES. */
static int
drive (unsigned seed, unsigned long calls, unsigned long *batches, bool quiet)
{
  unsigned long done = 0, next_report = 1000;
  pid_t pids[WORKERS_AT_ONCE];
  int killed = 0, i, n;

  for (*batches = 0; done < calls; )
    {
      for (n = 0; n < WORKERS_AT_ONCE && done < calls; n++, (*batches)++)
        {
          unsigned long long bseed = fuzz_batch_seed (seed, *batches);
          unsigned long length = 1 + bseed % BATCH_MAX;

          if (length > calls - done)
            length = calls - done;
          pids[n] = fork_worker (bseed, length);
          done += length;
        }
      for (i = 0; i < n; i++)
        killed += wait (pids[i]) == -1;
      if (!quiet && (done >= next_report || done == calls))
        {
          printf ("(%s) %lu calls, %lu workers\n", test_name, done,
                  *batches);
          next_report += 1000;
        }
    }
  return killed;
}

/* Brings every page of the driver's image and a few pages of stack into
   memory, so that the counts before and after the run see the same
   driver, even if its pages were evicted meanwhile. */
static void
prefault (void)
{
  volatile char stack[3 * PAGE];
  unsigned long addr;

  for (addr = 0x400000; addr < (unsigned long) _end; addr += PAGE)
    (void) *(volatile char *) addr;
  for (addr = 0; addr < sizeof stack; addr += PAGE)
    fuzz_poke (&stack[addr], 0);
}

/* Reads the counters once the run's processes are gone. */
static void
measure (const struct kernel_counters *before, struct kernel_counters *after)
{
  settle (before, after);
  prefault ();
  read_counters (after);
}

/* The driver: a short warm-up run (which loads what the kernel caches
   for good), then the counted run, then the check. */
static void
run_driver (unsigned seed, unsigned long calls)
{
  struct kernel_counters start, before, after;
  unsigned long batches;
  bool ok = true;
  int killed;

  printf ("(%s) seed %u, %lu calls\n", test_name, seed, calls);
  read_counters (&start);
  drive (seed ^ 0x5a5a5a5a, 64, &batches, true);
  measure (&start, &before);
  killed = drive (seed, calls, &batches, false);
  measure (&before, &after);
  printf ("(%s) done: %lu calls in %lu workers (%d killed) in %lld ticks\n",
          test_name, calls, batches, killed, after.ticks - before.ticks);
  ok &= compare ("processes", before.processes, after.processes);
  ok &= compare ("free user pages", before.free_user_pages,
                 after.free_user_pages);
  ok &= compare ("swap slots", before.swap_slots, after.swap_slots);
  ok &= compare ("open files", before.open_files, after.open_files);
  ok &= compare ("kernel heap blocks", before.heap_blocks, after.heap_blocks);
  printf ("(%s) %s\n", test_name, ok ? "all counts back" : "counts moved");
}

void
test_main (void)
{
  if (test_argc >= 4 && !strcmp (test_argv[1], "c"))
    fuzz_child (strtoul (test_argv[2], NULL, 10), atoi (test_argv[3]));
  fuzz_verbose = test_argc == 4 && !strcmp (test_argv[3], "v");
  if (test_argc != 3 && !fuzz_verbose)
    {
      printf ("usage: %s SEED CALLS [v]\n", test_name);
      exit (1);
    }
  printf ("(%s) begin\n", test_name);
  run_driver (strtoul (test_argv[1], NULL, 10),
              strtoul (test_argv[2], NULL, 10));
  printf ("(%s) end\n", test_name);
}

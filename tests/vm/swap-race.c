/* Proves that faults, eviction, fork and exit can race without losing
   a page or leaking: for each seed on the command line, a parent with
   more memory than there are user frames forks four children twice
   over; parent and children read and rewrite random pages of their
   copies (so pages are evicted while their owners fault on them and
   copy-on-write frames are split and swapped), the children fork
   short-lived grandchildren that do the same and exit, and every page
   always reads back what its own process last wrote there.  After
   each seed, with only the parent left, frames plus swap slots, the
   heap blocks beside the frames, open files and processes are as they
   were before it. */

#include <kernel-counters.h>
#include <stdint.h>
#include <stdlib.h>
#include "tests/lib.h"
#include "tests/vm/vm-util.h"

#define PAGE_CNT 384            /* 1.5 times the user pool (-ul=256). */
#define WORDS (PAGE_SIZE / sizeof (uint64_t))
#define CHILD_CNT 4
#define ROUND_CNT 2

static uint64_t mem[PAGE_CNT][WORDS];
static uint64_t expected[PAGE_CNT];     /* What each page must hold. */

/* Fails unless page P holds what this process last wrote there. */
static void
check_page (int p, const char *who)
{
  if (mem[p][0] != expected[p] || mem[p][WORDS - 1] != ~expected[p])
    fail ("%s: page %d holds %#llx, expected %#llx", who, p,
          (unsigned long long) mem[p][0], (unsigned long long) expected[p]);
}

static void
write_page (int p, uint64_t value)
{
  expected[p] = value;
  mem[p][0] = value;
  mem[p][WORDS - 1] = ~value;
}

/* STEPS random reads and writes of pages, drawing from R. */
static void
churn (struct fast_random *r, int steps, const char *who)
{
  int i;

  for (i = 0; i < steps; i++)
    {
      int p = (int) fast_random_below (r, PAGE_CNT);
      check_page (p, who);
      if (fast_random_below (r, 4) == 0)
        write_page (p, fast_random_below (r, UINT64_MAX));
    }
}

/* A child: churns, now and then forking a grandchild that churns a
   little and exits, and waits for its grandchildren at the end. */
static void
child (uint64_t seed)
{
  struct fast_random r;
  pid_t kids[4];
  int kid_cnt = 0, i;

  fast_random_init (&r, seed);
  for (i = 0; i < 6; i++)
    {
      churn (&r, 40, "child");
      if (kid_cnt < 4 && fast_random_below (&r, 2) == 0)
        {
          pid_t pid = fork ("grandchild");
          if (pid == 0)
            {
              fast_random_init (&r, seed * 31 + i);
              churn (&r, 30, "grandchild");
              exit (0);
            }
          if (pid < 0)
            fail ("fork of a grandchild failed");
          kids[kid_cnt++] = pid;
        }
    }
  for (i = 0; i < kid_cnt; i++)
    if (wait (kids[i]) != 0)
      fail ("a grandchild failed");
  exit (0);
}

/* One round: CHILD_CNT children race with the parent. */
static void
race_round (uint64_t seed)
{
  struct fast_random r;
  pid_t pids[CHILD_CNT];
  int i;

  for (i = 0; i < CHILD_CNT; i++)
    {
      pids[i] = fork ("child");
      if (pids[i] == 0)
        child (seed * 100 + i);
      if (pids[i] < 0)
        fail ("fork of child %d failed", i);
    }
  fast_random_init (&r, seed * 7 + 1);
  churn (&r, 240, "parent");
  for (i = 0; i < CHILD_CNT; i++)
    if (wait (pids[i]) != 0)
      fail ("child %d failed", i);
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
  int i, p;

  for (p = 0; p < PAGE_CNT; p++)
    write_page (p, p + 1);
  race_round (0);               /* Warms up what stays allocated. */
  for (i = 1; i < test_argc; i++)
    {
      uint64_t seed = atoi (test_argv[i]);
      int round;

      counters (&before);
      for (round = 0; round < ROUND_CNT; round++)
        race_round (seed * 10 + round);
      for (p = 0; p < PAGE_CNT; p++)
        check_page (p, "parent");
      counters (&after);
      CHECK (after.user_frames + after.swap_slots
             == before.user_frames + before.swap_slots
             && after.heap_blocks - after.user_frames
                == before.heap_blocks - before.user_frames
             && after.open_files == before.open_files
             && after.processes == before.processes,
             "seed %llu: every page intact, nothing leaked",
             (unsigned long long) seed);
    }
}

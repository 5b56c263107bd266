/* Proves that a child may exit while it shares its parent's pages: the
   parent's data and frames are unchanged, its later writes keep the
   frames it has (it is the last sharer), and every frame and swap slot
   the fork took is free again.  The test runs twice and measures the
   second round, so that pages the first round touched for the first time
   (code, stack, the buffer) are not counted. */

#include "tests/cow/cow-util.h"

#define PAGE_CNT 64

static uint64_t pages[PAGE_CNT][PAGE_WORDS] __attribute__ ((aligned (4096)));
static uintptr_t frames[PAGE_CNT];

/* Checks that it shares every page, rewrites the even ones, checks its
   data and exits. */
static void
child (uint64_t seed)
{
  size_t i;

  frames_expect (pages, PAGE_CNT, frames, PAGE_CNT, "child");
  for (i = 0; i < PAGE_CNT; i++)
    pattern_check (pages[i], PAGE_WORDS, seed + i, "child, before writing");
  for (i = 0; i < PAGE_CNT; i += 2)
    pattern_fill (pages[i], PAGE_WORDS, seed + 500 + i);
  for (i = 0; i < PAGE_CNT; i++)
    pattern_check (pages[i], PAGE_WORDS, seed + (i % 2 ? 0 : 500) + i,
                   "child, after writing");
  exit (86);
}

static void
run_round (int round)
{
  uint64_t seed = 1000 * round;
  pid_t pid;
  size_t i;

  for (i = 0; i < PAGE_CNT; i++)
    pattern_fill (pages[i], PAGE_WORDS, seed + i);
  frames_record (pages, PAGE_CNT, frames, "parent");

  pid = fork ("child");
  if (pid == 0)
    child (seed);
  if (pid < 0)
    fail ("fork");
  if (wait (pid) != 86)
    fail ("child did not exit with 86");

  frames_expect (pages, PAGE_CNT, frames, PAGE_CNT, "parent");
  for (i = 0; i < PAGE_CNT; i++)
    pattern_check (pages[i], PAGE_WORDS, seed + i, "parent, before writing");
  for (i = 0; i < PAGE_CNT; i++)
    pattern_fill (pages[i], PAGE_WORDS, seed + 700 + i);
  frames_expect (pages, PAGE_CNT, frames, PAGE_CNT, "parent");
  for (i = 0; i < PAGE_CNT; i++)
    pattern_check (pages[i], PAGE_WORDS, seed + 700 + i,
                   "parent, after writing");
  msg ("round %d: parent: data right; its writes kept the frames", round);
}

void
test_main (void)
{
  struct kernel_counters before, after;

  run_round (1);
  counters_read (&before);
  run_round (2);
  counters_read (&after);
  if (after.free_user_pages != before.free_user_pages)
    fail ("%zu free user pages before the second fork, %zu after the "
          "child's exit", before.free_user_pages, after.free_user_pages);
  if (after.user_frames != before.user_frames)
    fail ("%zu user frames before the second fork, %zu after the "
          "child's exit", before.user_frames, after.user_frames);
  if (after.swap_slots != before.swap_slots)
    fail ("%zu swap slots in use before the second fork, %zu after",
          before.swap_slots, after.swap_slots);
  msg ("every frame and swap slot the fork took is free again");
}

/* Proves that a parent may exit while its child still shares its
   pages (the child is left an orphan): the orphan, now the only sharer,
   finds its data unchanged in the frames it shared, and writes every
   page keeping the frame it has; and once both are gone, every frame,
   swap slot and file is free again.  The grandparent runs the whole thing twice and measures
   the second round, so that pages the first round touched for the first
   time (code, stack) are not counted. */

#include "tests/cow/cow-util.h"

#define PAGE_CNT 64

static uint64_t pages[PAGE_CNT][PAGE_WORDS] __attribute__ ((aligned (4096)));

/* The parent's frames, recorded before it forks the orphan. */
static uintptr_t frames[PAGE_CNT];

/* Waits until its parent has exited, checks that its pages are still
   in the frames it shared with the parent and hold the parent's data,
   rewrites them, and tells the grandparent it is done. */
static void
orphan (int round)
{
  char name[16];
  size_t i;

  snprintf (name, sizeof name, "gone-%d", round);
  wait_for_file (name);
  frames_expect (pages, PAGE_CNT, frames, PAGE_CNT, "orphan");
  for (i = 0; i < PAGE_CNT; i++)
    pattern_check (pages[i], PAGE_WORDS, 800 + i, "orphan, before writing");
  for (i = 0; i < PAGE_CNT; i++)
    pattern_fill (pages[i], PAGE_WORDS, 900 + i);
  frames_expect (pages, PAGE_CNT, frames, PAGE_CNT, "orphan");
  for (i = 0; i < PAGE_CNT; i++)
    pattern_check (pages[i], PAGE_WORDS, 900 + i, "orphan, after writing");
  msg ("round %d: orphan: shared frames and data right; its writes kept "
       "the frames", round);
  snprintf (name, sizeof name, "done-%d", round);
  if (!create (name, 0))
    fail ("create \"%s\"", name);
  exit (0);
}

/* Fills the pages, forks the orphan-to-be and exits at once. */
static void
parent (int round)
{
  pid_t pid;
  size_t i;

  for (i = 0; i < PAGE_CNT; i++)
    pattern_fill (pages[i], PAGE_WORDS, 800 + i);
  frames_record (pages, PAGE_CNT, frames, "parent");
  pid = fork ("orphan");
  if (pid == 0)
    orphan (round);
  if (pid < 0)
    fail ("fork orphan");
  exit (85);
}

/* Runs one round and returns when every process but this one is gone. */
static void
run_round (int round)
{
  struct kernel_counters c;
  char name[16];
  pid_t pid;

  pid = fork ("parent");
  if (pid == 0)
    parent (round);
  if (pid < 0)
    fail ("fork parent");
  if (wait (pid) != 85)
    fail ("parent did not exit with 85");
  snprintf (name, sizeof name, "gone-%d", round);
  if (!create (name, 0))
    fail ("create \"%s\"", name);
  snprintf (name, sizeof name, "done-%d", round);
  wait_for_file (name);
  for (;;)
    {
      counters_read (&c);
      if (c.processes == 1)
        break;
      spin_pause ();
    }
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
    fail ("%zu free user pages before the second round, %zu after",
          before.free_user_pages, after.free_user_pages);
  if (after.swap_slots != before.swap_slots)
    fail ("%zu swap slots in use before the second round, %zu after",
          before.swap_slots, after.swap_slots);
  if (after.open_files != before.open_files)
    fail ("%zu open files before the second round, %zu after",
          before.open_files, after.open_files);
  msg ("every frame, swap slot and file is free again");
}

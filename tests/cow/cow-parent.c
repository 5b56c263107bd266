/* Proves that a write by the parent after fork copies the page for the
   parent: the parent's page moves to a new frame with the new data,
   while the child keeps the old frame and the old data. */

#include "tests/cow/cow-util.h"

#define PAGE_CNT 4
#define WRITTEN 1               /* The page the parent writes. */

static uint64_t pages[PAGE_CNT][PAGE_WORDS] __attribute__ ((aligned (4096)));
static uintptr_t frames[PAGE_CNT];

/* Waits until the parent has written, then checks that nothing of the
   child's changed. */
static void
child (void)
{
  size_t i;

  wait_for_file ("written");
  frames_expect (pages, PAGE_CNT, frames, PAGE_CNT, "child");
  for (i = 0; i < PAGE_CNT; i++)
    pattern_check (pages[i], PAGE_WORDS, 200 + i, "child's page");
  msg ("child: every page has its old frame and its old data");
  exit (82);
}

void
test_main (void)
{
  pid_t pid;
  size_t i;

  for (i = 0; i < PAGE_CNT; i++)
    pattern_fill (pages[i], PAGE_WORDS, 200 + i);
  frames_record (pages, PAGE_CNT, frames, "parent");

  pid = fork ("child");
  if (pid == 0)
    child ();
  if (pid < 0)
    fail ("fork");

  pattern_fill (pages[WRITTEN], PAGE_WORDS, 299);
  frames_expect (pages, PAGE_CNT, frames, WRITTEN, "parent");
  pattern_check (pages[WRITTEN], PAGE_WORDS, 299, "parent's written page");
  msg ("parent: page %d moved to a new frame with the new data", WRITTEN);
  if (!create ("written", 0))
    fail ("create \"written\"");
  if (wait (pid) != 82)
    fail ("child did not exit with 82");
  for (i = 0; i < PAGE_CNT; i++)
    if (i != WRITTEN)
      pattern_check (pages[i], PAGE_WORDS, 200 + i, "parent's page");
  msg ("parent: the other pages are unchanged");
}

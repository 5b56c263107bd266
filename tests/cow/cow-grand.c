/* Proves that sharing carries over to grandchildren: a grandchild
   shares the grandparent's untouched pages and the child's copied page,
   its own writes copy them again without disturbing either ancestor,
   and once the grandchild has copied the child's page away, the child's
   next write keeps the frame it has (it is the last sharer). */

#include "tests/cow/cow-util.h"

#define PAGE_CNT 4

static uint64_t pages[PAGE_CNT][PAGE_WORDS] __attribute__ ((aligned (4096)));

/* The grandparent's frames, and the frame of the child's copy of page
   1, each recorded before the next fork. */
static uintptr_t frames[PAGE_CNT];
static uintptr_t child_frame;

/* Fails unless page I is in frame EXPECT[I] and holds the pattern
   SEEDS[I]. */
static void
check (const uintptr_t expect[PAGE_CNT], const uint64_t seeds[PAGE_CNT],
       const char *who)
{
  size_t i;

  for (i = 0; i < PAGE_CNT; i++)
    {
      uintptr_t pa = frame_of (pages[i], who);

      if (pa != expect[i])
        fail ("%s: page %zu is in frame %#lx, expected %#lx", who, i,
              (unsigned long) pa, (unsigned long) expect[i]);
      pattern_check (pages[i], PAGE_WORDS, seeds[i], who);
    }
}

/* Checks what it inherited, then writes pages 1 and 2. */
static void
grandchild (void)
{
  uintptr_t expect[PAGE_CNT] = { frames[0], child_frame, frames[2],
                                 frames[3] };
  uint64_t seeds[PAGE_CNT] = { 400, 451, 402, 403 };

  check (expect, seeds, "grandchild");
  msg ("grandchild: shares 3 pages with the grandparent, 1 with the child");
  pattern_fill (pages[1], PAGE_WORDS, 471);
  pattern_fill (pages[2], PAGE_WORDS, 472);
  expect[1] = frame_of (pages[1], "grandchild");
  expect[2] = frame_of (pages[2], "grandchild");
  if (expect[1] == child_frame || expect[2] == frames[2])
    fail ("grandchild: a page written is still in a shared frame");
  seeds[1] = 471;
  seeds[2] = 472;
  check (expect, seeds, "grandchild");
  msg ("grandchild: its two writes made two copies");
  exit (83);
}

/* Writes page 1, forks the grandchild, and checks that nothing of its
   own changed. */
static void
child (void)
{
  uintptr_t expect[PAGE_CNT];
  uint64_t seeds[PAGE_CNT] = { 400, 451, 402, 403 };
  pid_t pid;

  frames_expect (pages, PAGE_CNT, frames, PAGE_CNT, "child");
  pattern_fill (pages[1], PAGE_WORDS, 451);
  frames_expect (pages, PAGE_CNT, frames, 1, "child");
  child_frame = frame_of (pages[1], "child");
  msg ("child: page 1 copied, the other pages still shared");

  pid = fork ("grandchild");
  if (pid == 0)
    grandchild ();
  if (pid < 0)
    fail ("fork grandchild");
  if (wait (pid) != 83)
    fail ("grandchild did not exit with 83");

  memcpy (expect, frames, sizeof expect);
  expect[1] = child_frame;
  check (expect, seeds, "child");
  pattern_fill (pages[1], PAGE_WORDS, 461);
  seeds[1] = 461;
  check (expect, seeds, "child");
  msg ("child: unchanged, and its last write kept the frame it had");
  exit (82);
}

void
test_main (void)
{
  uint64_t seeds[PAGE_CNT] = { 400, 401, 402, 403 };
  pid_t pid;
  size_t i;

  for (i = 0; i < PAGE_CNT; i++)
    pattern_fill (pages[i], PAGE_WORDS, seeds[i]);
  frames_record (pages, PAGE_CNT, frames, "grandparent");

  pid = fork ("child");
  if (pid == 0)
    child ();
  if (pid < 0)
    fail ("fork child");
  if (wait (pid) != 82)
    fail ("child did not exit with 82");
  check (frames, seeds, "grandparent");
  msg ("grandparent: data and frames are unchanged");
}

/* Proves that several children can share the parent's pages at once,
   each writing a different page: each child's written page gets a frame
   of its own while its other pages stay in the parent's frames, every
   child sees its own write and no one else's, and the parent's data is
   untouched. */

#include "tests/cow/cow-util.h"

#define CHILD_CNT 4
#define PAGE_CNT 6

static uint64_t pages[PAGE_CNT][PAGE_WORDS] __attribute__ ((aligned (4096)));
static uintptr_t frames[PAGE_CNT];

/* Fails unless page I holds the parent's pattern, or for page OWN the
   pattern child OWN wrote. */
static void
check_pages (size_t own, const char *who)
{
  size_t i;

  for (i = 0; i < PAGE_CNT; i++)
    pattern_check (pages[i], PAGE_WORDS, i == own ? 350 + i : 300 + i, who);
}

/* Child ID writes page ID, then holds on until every child has written,
   so that all of them share the other pages at the same time. */
static void
child (size_t id)
{
  char who[16];

  snprintf (who, sizeof who, "child %zu", id);
  frames_expect (pages, PAGE_CNT, frames, PAGE_CNT, who);
  check_pages (PAGE_CNT, who);
  pattern_fill (pages[id], PAGE_WORDS, 350 + id);
  barrier_wait (id, CHILD_CNT);
  frames_expect (pages, PAGE_CNT, frames, id, who);
  check_pages (id, who);
  exit (id);
}

void
test_main (void)
{
  pid_t pids[CHILD_CNT];
  size_t i;

  for (i = 0; i < PAGE_CNT; i++)
    pattern_fill (pages[i], PAGE_WORDS, 300 + i);
  frames_record (pages, PAGE_CNT, frames, "parent");

  for (i = 0; i < CHILD_CNT; i++)
    {
      pids[i] = fork ("child");
      if (pids[i] == 0)
        child (i);
      if (pids[i] < 0)
        fail ("fork child %zu", i);
    }
  for (i = 0; i < CHILD_CNT; i++)
    if (wait (pids[i]) != (int) i)
      fail ("child %zu did not exit with %zu", i, i);
  msg ("%d children each wrote their own page and saw the rest shared",
       CHILD_CNT);
  frames_expect (pages, PAGE_CNT, frames, PAGE_CNT, "parent");
  check_pages (PAGE_CNT, "parent");
  msg ("parent: data and frames are unchanged");
}

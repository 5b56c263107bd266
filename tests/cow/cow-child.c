/* Proves that fork shares pages and that a single write in the child
   copies only the page written: before the write every page of the
   child's buffer sits in the parent's frame; after it, the written page
   has a frame of its own and the others are still shared; the parent's
   data and frames are unchanged. */

#include "tests/cow/cow-util.h"

#define PAGE_CNT 8
#define WRITTEN 3               /* The page the child writes. */

static uint64_t pages[PAGE_CNT][PAGE_WORDS] __attribute__ ((aligned (4096)));

/* The parent's frames, recorded before fork; the child's copy of this
   array holds the same addresses. */
static uintptr_t frames[PAGE_CNT];

static void
child (void)
{
  size_t i;

  frames_expect (pages, PAGE_CNT, frames, PAGE_CNT, "child");
  msg ("child: all %d pages are in the parent's frames", PAGE_CNT);
  pages[WRITTEN][7] = 0xc0ffee;
  frames_expect (pages, PAGE_CNT, frames, WRITTEN, "child");
  msg ("child: after writing page %d only that page has a frame of its own",
       WRITTEN);
  for (i = 0; i < PAGE_CNT; i++)
    if (i != WRITTEN)
      pattern_check (pages[i], PAGE_WORDS, 100 + i, "child's page");
  if (pages[WRITTEN][7] != 0xc0ffee)
    fail ("child: the word written reads back as %#llx",
          (unsigned long long) pages[WRITTEN][7]);
  pages[WRITTEN][7] = pattern_word (100 + WRITTEN, 7);
  pattern_check (pages[WRITTEN], PAGE_WORDS, 100 + WRITTEN,
                 "child's written page");
  msg ("child: data is right");
  exit (81);
}

void
test_main (void)
{
  pid_t pid;
  size_t i;

  for (i = 0; i < PAGE_CNT; i++)
    pattern_fill (pages[i], PAGE_WORDS, 100 + i);
  frames_record (pages, PAGE_CNT, frames, "parent");

  pid = fork ("child");
  if (pid == 0)
    child ();
  if (pid < 0)
    fail ("fork");
  if (wait (pid) != 81)
    fail ("child did not exit with 81");

  frames_expect (pages, PAGE_CNT, frames, PAGE_CNT, "parent");
  for (i = 0; i < PAGE_CNT; i++)
    pattern_check (pages[i], PAGE_WORDS, 100 + i, "parent's page");
  msg ("parent: data and frames are unchanged");
}

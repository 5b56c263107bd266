/* Proves that copy-on-write fork works on memory that was partly
   swapped out before the fork: the parent touches more pages than there
   are user frames, so its early pages are evicted; fork shares the
   resident ones; the child reads every page back right (from shared
   frames and shared swap slots alike) and rewrites some; and after the
   child has gone the parent reads every page back unchanged and rewrites
   others. */

#include "tests/cow/cow-util.h"

/* Room for the user pool of a 20 MB machine and then some; only as many
   pages as the test needs are touched.  The test runs with the user pool
   capped (-ul=384), because a page that one sharer reads back from a
   shared swap slot is no longer shared: reading everything back in both
   processes can need twice the pages touched, and that must fit in the
   frames plus a 4 MB swap disk (1024 slots). */
#define MAX_PAGES 3072

/* Pages touched beyond the number of user frames. */
#define EXTRA_PAGES 192

/* Frames fork must share at least: most of the 384 user frames hold
   the buffer when it forks. */
#define MIN_SHARED 256

/* Each process rewrites every STRIDE-th page, the child from page 0 and
   the parent from page STRIDE / 2. */
#define STRIDE 32

static uint64_t pages[MAX_PAGES][PAGE_WORDS] __attribute__ ((aligned (4096)));
static size_t page_cnt;

/* Returns the pattern seed of page I after FIRST, FIRST + STRIDE, ...
   have been rewritten with seeds from NEW_BASE (FIRST is PAGE_CNT when
   nothing was rewritten). */
static uint64_t
seed_of (size_t i, size_t first, uint64_t new_base)
{
  if (i >= first && (i - first) % STRIDE == 0)
    return new_base + i;
  return 500000 + i;
}

/* Fails unless every page holds the seed seed_of gives it. */
static void
check_all (size_t first, uint64_t new_base, const char *who)
{
  size_t i;

  for (i = 0; i < page_cnt; i++)
    pattern_check (pages[i], PAGE_WORDS, seed_of (i, first, new_base), who);
}

/* Rewrites pages FIRST, FIRST + STRIDE, ... with seeds from NEW_BASE. */
static void
rewrite (size_t first, uint64_t new_base)
{
  size_t i;

  for (i = first; i < page_cnt; i += STRIDE)
    pattern_fill (pages[i], PAGE_WORDS, new_base + i);
}

static void
child (void)
{
  check_all (page_cnt, 0, "child, before writing");
  rewrite (0, 600000);
  check_all (0, 600000, "child, after writing");
  msg ("child: read every page back, rewrote 1 in %d", STRIDE);
  exit (84);
}

void
test_main (void)
{
  struct kernel_counters before, after;
  pid_t pid;
  size_t i;

  counters_read (&before);
  page_cnt = before.free_user_pages + before.user_frames + EXTRA_PAGES;
  if (page_cnt > MAX_PAGES)
    fail ("%zu user frames leave no room for the test",
          before.free_user_pages + before.user_frames);
  for (i = 0; i < page_cnt; i++)
    pattern_fill (pages[i], PAGE_WORDS, 500000 + i);
  counters_read (&after);
  CHECK (after.evictions > before.evictions,
         "touched more pages than there are frames: pages were evicted");

  counters_read (&before);
  pid = fork ("child");
  if (pid == 0)
    child ();
  if (pid < 0)
    fail ("fork");
  if (wait (pid) != 84)
    fail ("child did not exit with 84");
  counters_read (&after);
  if (after.fork_shares - before.fork_shares < MIN_SHARED)
    fail ("fork shared only %lld frames, not the %d or more resident",
          after.fork_shares - before.fork_shares, MIN_SHARED);
  msg ("fork shared the resident pages copy-on-write");

  check_all (page_cnt, 0, "parent, before writing");
  rewrite (STRIDE / 2, 700000);
  check_all (STRIDE / 2, 700000, "parent, after writing");
  msg ("parent: read every page back unchanged, rewrote 1 in %d", STRIDE);
}

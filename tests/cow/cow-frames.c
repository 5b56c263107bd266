/* Proves that copy-on-write fork saves frames: after the parent touches
   1 MiB (256 pages) and forks, and while the child is alive, the user
   frames in use have grown by fewer than 32 (an eager copy would take at
   least 256 more), and the fork shared at least 256 frames. */

#include "tests/cow/cow-util.h"

#define PAGE_CNT 256
#define GROWTH_LIMIT 32

static uint64_t pages[PAGE_CNT][PAGE_WORDS] __attribute__ ((aligned (4096)));

void
test_main (void)
{
  struct kernel_counters before, after;
  long long grown;
  pid_t pid;

  pattern_fill (pages[0], PAGE_CNT * PAGE_WORDS, 1234);
  counters_read (&before);
  pid = fork ("child");
  if (pid == 0)
    {
      wait_for_file ("measured");
      pattern_check (pages[0], PAGE_CNT * PAGE_WORDS, 1234, "child");
      exit (88);
    }
  if (pid < 0)
    fail ("fork");
  counters_read (&after);

  grown = (long long) after.user_frames - (long long) before.user_frames;
  if (grown >= GROWTH_LIMIT)
    fail ("user frames grew by %lld after fork, not fewer than %d",
          grown, GROWTH_LIMIT);
  msg ("user frames grew by fewer than %d pages", GROWTH_LIMIT);
  if (after.fork_shares - before.fork_shares < PAGE_CNT)
    fail ("fork shared only %lld frames, fewer than %d",
          after.fork_shares - before.fork_shares, PAGE_CNT);
  msg ("fork shared at least %d frames", PAGE_CNT);
  if (!create ("measured", 0))
    fail ("create \"measured\"");
  if (wait (pid) != 88)
    fail ("child did not exit with 88");
  pattern_check (pages[0], PAGE_CNT * PAGE_WORDS, 1234, "parent");
  msg ("both copies of the data are right");
}

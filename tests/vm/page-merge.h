/* The parent of the page-merge tests: 4 MiB of random 32-bit words go
   to four chunk files, child processes sort the chunks, and the parent
   merges the sorted chunks into a second 4 MiB array, then checks that
   the result is in order and holds the same words as before. */
#ifndef TESTS_VM_PAGE_MERGE_H
#define TESTS_VM_PAGE_MERGE_H

#include <stdint.h>
#include <stdio.h>
#include "tests/lib.h"
#include "tests/vm/vm-util.h"

#define CHUNK_CNT 4
#define CHUNK_WORDS (256 * 1024)
#define CHUNK_SIZE (CHUNK_WORDS * sizeof (uint32_t))
#define TOTAL_WORDS (CHUNK_CNT * CHUNK_WORDS)

static uint32_t unsorted[TOTAL_WORDS];
static uint32_t merged[TOTAL_WORDS];

/* A fingerprint of a multiset of words: equal multisets give equal
   fingerprints, whatever the order. */
struct merge_fingerprint
  {
    uint64_t sum;               /* Sum of the words. */
    uint64_t mixed_sum;         /* Sum of a hash of each word. */
  };

static inline struct merge_fingerprint
merge_fingerprint (const uint32_t *words, size_t cnt)
{
  struct merge_fingerprint f = { 0, 0 };
  size_t i;

  for (i = 0; i < cnt; i++)
    {
      f.sum += words[i];
      f.mixed_sum += pattern_word (0, words[i]);
    }
  return f;
}

/* Runs "CHILD I" for every chunk I, all at once if PARALLEL, else one
   after another, and checks that each exits with I. */
static inline void
merge_run_children (const char *child, bool parallel)
{
  pid_t pids[CHUNK_CNT];
  int i;

  if (parallel)
    {
      exec_children (child, pids, CHUNK_CNT);
      wait_children (pids, CHUNK_CNT);
      return;
    }
  for (i = 0; i < CHUNK_CNT; i++)
    {
      char cmd[64];

      snprintf (cmd, sizeof cmd, "%s %d", child, i);
      pids[i] = fork (child);
      if (pids[i] == 0)
        {
          exec (cmd);
          fail ("exec \"%s\" failed", cmd);
        }
      if (pids[i] == PID_ERROR)
        fail ("fork for \"%s\" failed", cmd);
      if (wait (pids[i]) != i)
        fail ("child %d did not exit with %d", i, i);
    }
}

/* Merges the CHUNK_CNT sorted runs of UNSORTED into MERGED. */
static inline void
merge_chunks (void)
{
  size_t next[CHUNK_CNT] = { 0 };
  size_t out;

  for (out = 0; out < TOTAL_WORDS; out++)
    {
      int best = -1;
      int c;

      for (c = 0; c < CHUNK_CNT; c++)
        if (next[c] < CHUNK_WORDS
            && (best < 0 || unsorted[c * CHUNK_WORDS + next[c]]
                            < unsorted[best * CHUNK_WORDS + next[best]]))
          best = c;
      merged[out] = unsorted[best * CHUNK_WORDS + next[best]++];
    }
}

/* The whole test, with CHILD as the sorting program. */
static inline void
merge_test (const char *child, bool parallel)
{
  struct merge_fingerprint before, after;
  char name[32];
  size_t i;
  int c;

  random_fill (unsorted, sizeof unsorted, 400);
  before = merge_fingerprint (unsorted, TOTAL_WORDS);
  for (c = 0; c < CHUNK_CNT; c++)
    {
      snprintf (name, sizeof name, "sort-chunk-%d", c);
      make_file (name, unsorted + c * CHUNK_WORDS, CHUNK_SIZE);
    }
  msg ("wrote %d chunks of %zu KiB", CHUNK_CNT, CHUNK_SIZE / 1024);

  merge_run_children (child, parallel);
  msg ("children sorted the chunks");

  for (c = 0; c < CHUNK_CNT; c++)
    {
      int fd;

      snprintf (name, sizeof name, "sort-chunk-%d", c);
      fd = open_or_fail (name);
      if (read (fd, unsorted + c * CHUNK_WORDS, CHUNK_SIZE) != (int) CHUNK_SIZE)
        fail ("read \"%s\"", name);
      close (fd);
    }
  merge_chunks ();
  for (i = 1; i < TOTAL_WORDS; i++)
    if (merged[i - 1] > merged[i])
      fail ("merged words %zu and %zu are out of order", i - 1, i);
  after = merge_fingerprint (merged, TOTAL_WORDS);
  CHECK (before.sum == after.sum && before.mixed_sum == after.mixed_sum,
         "merged %d words in order, none lost or changed", (int) TOTAL_WORDS);
}

#endif /* tests/vm/page-merge.h */

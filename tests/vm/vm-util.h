/* Helpers shared by the virtual-memory tests: the user address-space
   layout, word patterns that tell every page apart, a fast generator of
   pseudo-random numbers, and files made or checked in one call.  All of
   them are static inline, since each test links only the test library. */
#ifndef TESTS_VM_VM_UTIL_H
#define TESTS_VM_VM_UTIL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <syscall.h>
#include "tests/lib.h"

/* The user address-space layout fixed by the interface contract. */
#define PAGE_SIZE 4096
#define USER_STACK 0x47480000UL
#define STACK_LIMIT (1024 * 1024)
#define KERN_BASE 0x8004000000UL

/* An address far from code, data and stack, where tests put mappings. */
#define MAP_BASE ((void *) 0x10000000)

/* Rounds ADDR down to the start of its page. */
static inline void *
page_of (const void *addr)
{
  return (void *) ((uintptr_t) addr & ~(uintptr_t) (PAGE_SIZE - 1));
}

/* Tells whether a frame backs the page holding ADDR just now. */
static inline bool
is_resident (const void *addr)
{
  return get_phys_addr ((void *) addr) != NULL;
}

/* Returns the value the pattern SEED puts in word I: every word of every
   page differs, and different seeds give different words. */
static inline uint64_t
pattern_word (uint64_t seed, uint64_t i)
{
  uint64_t x = (i + 1) * 0x9e3779b97f4a7c15ULL ^ (seed * 0xbf58476d1ce4e5b9ULL);

  x ^= x >> 31;
  x *= 0x94d049bb133111ebULL;
  return x ^ (x >> 29);
}

/* Fills the CNT words at WORDS with the pattern SEED. */
static inline void
pattern_fill (uint64_t *words, size_t cnt, uint64_t seed)
{
  size_t i;

  for (i = 0; i < cnt; i++)
    words[i] = pattern_word (seed, i);
}

/* Returns the index of the first of the CNT words at WORDS that does
   not hold the pattern SEED, or CNT if all do. */
static inline size_t
pattern_mismatch (const uint64_t *words, size_t cnt, uint64_t seed)
{
  size_t i;

  for (i = 0; i < cnt; i++)
    if (words[i] != pattern_word (seed, i))
      return i;
  return cnt;
}

/* Fails the test unless the CNT words at WORDS hold the pattern SEED;
   WHAT names the memory in the message. */
static inline void
pattern_check (const uint64_t *words, size_t cnt, uint64_t seed,
               const char *what)
{
  size_t bad = pattern_mismatch (words, cnt, seed);

  if (bad != cnt)
    fail ("%s: word %zu (page %zu) holds %#llx, expected %#llx", what, bad,
          bad * sizeof *words / PAGE_SIZE, (unsigned long long) words[bad],
          (unsigned long long) pattern_word (seed, bad));
}

/* A small xorshift generator: much faster than random_ulong, which
   matters for loops of millions of steps under emulation. */
struct fast_random
  {
    uint64_t state;             /* Never zero. */
  };

static inline void
fast_random_init (struct fast_random *r, uint64_t seed)
{
  r->state = seed * 0x2545f4914f6cdd1dULL + 0x853c49e6748fea9bULL;
  if (r->state == 0)
    r->state = 1;
}

/* Returns a number in [0, BOUND); BOUND must be positive. */
static inline uint64_t
fast_random_below (struct fast_random *r, uint64_t bound)
{
  uint64_t x = r->state;

  x ^= x << 13;
  x ^= x >> 7;
  x ^= x << 17;
  r->state = x;
  return (x >> 11) % bound;
}

/* Creates FILE holding the SIZE bytes at BUF (created at its full size,
   since files need not grow by writing); fails the test if that cannot
   be done.  Prints nothing. */
static inline void
make_file (const char *file, const void *buf, size_t size)
{
  int fd;

  if (!create (file, size))
    fail ("create \"%s\"", file);
  fd = open (file);
  if (fd < 0)
    fail ("open \"%s\"", file);
  if (size > 0 && (size_t) write (fd, buf, size) != size)
    fail ("write %zu bytes to \"%s\"", size, file);
  close (fd);
}

/* Opens FILE for a test; fails the test if it cannot. */
static inline int
open_or_fail (const char *file)
{
  int fd = open (file);

  if (fd < 0)
    fail ("open \"%s\"", file);
  return fd;
}

/* Marks process number ID of CNT as ready by creating the file
   "ready-ID", then waits until all CNT processes are ready, so that they
   all hold their memory at the same time.  There is no system call to
   sleep, so it polls; after a million polls it fails. */
static inline void
barrier_wait (int id, int cnt)
{
  char name[16];
  int i;

  snprintf (name, sizeof name, "ready-%d", id);
  if (!create (name, 0))
    fail ("create \"%s\"", name);
  for (i = 0; i < cnt; i++)
    {
      long tries;

      snprintf (name, sizeof name, "ready-%d", i);
      for (tries = 0; ; tries++)
        {
          int fd = open (name);

          if (fd >= 0)
            {
              close (fd);
              break;
            }
          if (tries >= 1000000)
            fail ("process %d gave up waiting for process %d", id, i);
        }
    }
}

/* Moves the largest of the first CNT words at WORDS, a binary heap
   except at index I, down to where the heap order holds again. */
static inline void
sift_down (uint32_t *words, size_t i, size_t cnt)
{
  for (;;)
    {
      size_t largest = i;
      size_t left = 2 * i + 1;
      size_t right = left + 1;
      uint32_t t;

      if (left < cnt && words[left] > words[largest])
        largest = left;
      if (right < cnt && words[right] > words[largest])
        largest = right;
      if (largest == i)
        return;
      t = words[i];
      words[i] = words[largest];
      words[largest] = t;
      i = largest;
    }
}

/* Sorts the CNT words at WORDS in place, in ascending order (heapsort:
   no extra memory, so the sort touches only the pages it is given). */
static inline void
sort_words (uint32_t *words, size_t cnt)
{
  size_t i;

  for (i = cnt / 2; i-- > 0; )
    sift_down (words, i, cnt);
  for (i = cnt; i-- > 1; )
    {
      uint32_t t = words[0];
      words[0] = words[i];
      words[i] = t;
      sift_down (words, 0, i);
    }
}

#endif /* tests/vm/vm-util.h */

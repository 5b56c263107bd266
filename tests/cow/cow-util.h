/* Helpers shared by the copy-on-write tests: a page-aligned buffer's
   frames recorded and compared, and the kernel counters read in one
   call.  All of them are static inline, since each test links only the
   test library. */
#ifndef TESTS_COW_COW_UTIL_H
#define TESTS_COW_COW_UTIL_H

#include <kernel-counters.h>
#include <stddef.h>
#include <stdint.h>
#include <syscall.h>
#include "tests/lib.h"
#include "tests/vm/vm-util.h"

/* Words in a page. */
#define PAGE_WORDS (PAGE_SIZE / sizeof (uint64_t))

/* Fills *C with the kernel counters; fails the test if it cannot. */
static inline void
counters_read (struct kernel_counters *c)
{
  if (get_kernel_counters (c) != 0)
    fail ("get_kernel_counters failed");
}

/* Returns the physical address of the frame at ADDR; fails the test if
   there is none.  WHO names the process in the message. */
static inline uintptr_t
frame_of (const void *addr, const char *who)
{
  void *pa = get_phys_addr ((void *) addr);

  if (pa == NULL)
    fail ("%s: no frame at %p", who, addr);
  return (uintptr_t) pa;
}

/* Stores in FRAMES[I] the frame of page I of the PAGE_CNT pages at
   PAGES; fails the test if a page has no frame. */
static inline void
frames_record (const void *pages, size_t page_cnt, uintptr_t frames[],
               const char *who)
{
  size_t i;

  for (i = 0; i < page_cnt; i++)
    frames[i] = frame_of ((const char *) pages + i * PAGE_SIZE, who);
}

/* Fails the test unless page I of the PAGE_CNT pages at PAGES sits in
   FRAMES[I] exactly when I is not OWN; page OWN (if it is below
   PAGE_CNT) must sit in a frame that is not FRAMES[OWN].  WHO names the
   process in the message. */
static inline void
frames_expect (const void *pages, size_t page_cnt, const uintptr_t frames[],
               size_t own, const char *who)
{
  size_t i;

  for (i = 0; i < page_cnt; i++)
    {
      uintptr_t pa = frame_of ((const char *) pages + i * PAGE_SIZE, who);

      if (i != own && pa != frames[i])
        fail ("%s: page %zu is in frame %#lx, not the shared frame %#lx",
              who, i, (unsigned long) pa, (unsigned long) frames[i]);
      if (i == own && pa == frames[i])
        fail ("%s: page %zu is still in the shared frame %#lx after the "
              "write", who, i, (unsigned long) pa);
    }
}

#endif /* tests/cow/cow-util.h */

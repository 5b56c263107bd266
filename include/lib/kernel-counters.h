/* Kernel counters that user tests read with int $0x45 to prove that
   nothing leaks: each is a count of something live or free in the whole
   system. */
#ifndef LIB_KERNEL_COUNTERS_H
#define LIB_KERNEL_COUNTERS_H

#include <stddef.h>

struct kernel_counters
  {
    size_t free_user_pages;     /* Free pages in the user pool. */
    size_t free_kernel_pages;   /* Free pages in the kernel pool. */
    size_t open_files;          /* Open files behind descriptors. */
    size_t processes;           /* Live user processes. */
    size_t heap_blocks;         /* Live kernel malloc blocks. */
    size_t user_frames;         /* Frames holding user pages. */
    size_t swap_slots;          /* Swap slots in use. */
    long long ticks;            /* Timer ticks since boot. */
    long long fork_copies;      /* Frames copied by fork. */
    long long fork_shares;      /* Frames shared copy-on-write by fork. */
    long long cow_copies;       /* Frames copied by writes after fork. */
    long long evictions;        /* Frames evicted. */
  };

#endif /* lib/kernel-counters.h */

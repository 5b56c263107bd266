/* The page allocator: physical memory above the kernel, split into a
   kernel pool and a user pool, handed out in pages. */
#ifndef THREADS_PALLOC_H
#define THREADS_PALLOC_H

#include <stddef.h>
#include <stdint.h>

/* How to allocate pages. */
enum palloc_flags
  {
    PAL_ASSERT = 001,           /* Panic on failure. */
    PAL_ZERO = 002,             /* Zero page contents. */
    PAL_USER = 004              /* From the user pool, not the kernel's. */
  };

void palloc_init (uint64_t free_start, uint64_t free_end,
                  size_t user_page_limit);
void *palloc_get_page (enum palloc_flags flags);
void *palloc_get_multiple (enum palloc_flags flags, size_t page_cnt);
void palloc_free_page (void *page);
void palloc_free_multiple (void *pages, size_t page_cnt);
size_t palloc_free_count (enum palloc_flags flags);
size_t palloc_pool_size (enum palloc_flags flags);

#endif /* threads/palloc.h */

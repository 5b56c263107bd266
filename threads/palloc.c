/* The page allocator.

   Free physical memory (everything from the end of the kernel to the top
   of the RAM region holding it) is split into two pools: the kernel pool
   for kernel data and the user pool for user frames, so user programs
   that exhaust memory cannot starve the kernel.  The user pool gets half
   the pages, or at most -ul=N pages.  Each pool tracks its pages in a
   bitmap kept in the first pages of the pool itself. */

#include "threads/palloc.h"
#include <bitmap.h>
#include <debug.h>
#include <round.h>
#include <stdio.h>
#include <string.h>
#include "threads/synch.h"
#include "threads/vaddr.h"

/* A memory pool.  LOCK guards USED_MAP. */
struct pool
  {
    struct lock lock;
    struct bitmap *used_map;    /* Bit set = page in use. */
    uint8_t *base;              /* First page (kernel virtual). */
    size_t page_cnt;            /* Pages in the pool, bitmap excluded. */
  };

static struct pool kernel_pool, user_pool;

/* Byte written over freed pages, so use after free shows. */
#define FREE_POISON 0xcc

/* Sets up POOL over the PAGE_CNT pages at BASE, keeping its bitmap in
   the first of them. */
static void
init_pool (struct pool *pool, uint8_t *base, size_t page_cnt,
           const char *name)
{
  size_t bm_pages = DIV_ROUND_UP (bitmap_buf_size (page_cnt), PGSIZE);

  if (bm_pages >= page_cnt)
    PANIC ("palloc_init: not enough memory for the %s pool", name);
  page_cnt -= bm_pages;

  lock_init (&pool->lock);
  pool->used_map = bitmap_create_in_buf (page_cnt, base, bm_pages * PGSIZE);
  pool->base = base + bm_pages * PGSIZE;
  pool->page_cnt = page_cnt;
}

/* Splits physical memory [FREE_START, FREE_END) into the two pools; the
   user pool gets at most USER_PAGE_LIMIT pages. */
void
palloc_init (uint64_t free_start, uint64_t free_end, size_t user_page_limit)
{
  uint8_t *start = pg_round_up (ptov (free_start));
  uint8_t *end = pg_round_down (ptov (free_end));
  size_t free_pages = (end - start) / PGSIZE;
  size_t user_pages = free_pages / 2;
  size_t kernel_pages;

  if (user_pages > user_page_limit)
    user_pages = user_page_limit;
  kernel_pages = free_pages - user_pages;

  init_pool (&kernel_pool, start, kernel_pages, "kernel");
  init_pool (&user_pool, start + kernel_pages * PGSIZE, user_pages, "user");
}

static struct pool *
pool_for (enum palloc_flags flags)
{
  return flags & PAL_USER ? &user_pool : &kernel_pool;
}

/* Obtains PAGE_CNT contiguous free pages from the pool FLAGS name, zeroed
   with PAL_ZERO.  Returns their kernel virtual address, or NULL if there
   are not enough (panics instead with PAL_ASSERT). */
void *
palloc_get_multiple (enum palloc_flags flags, size_t page_cnt)
{
  struct pool *pool = pool_for (flags);
  size_t index;
  void *pages;

  if (page_cnt == 0)
    return NULL;

  lock_acquire (&pool->lock);
  index = bitmap_scan_and_flip (pool->used_map, 0, page_cnt, false);
  lock_release (&pool->lock);

  if (index == BITMAP_ERROR)
    {
      if (flags & PAL_ASSERT)
        PANIC ("palloc_get: out of pages");
      return NULL;
    }
  pages = pool->base + PGSIZE * index;
  if (flags & PAL_ZERO)
    memset (pages, 0, PGSIZE * page_cnt);
  return pages;
}

void *
palloc_get_page (enum palloc_flags flags)
{
  return palloc_get_multiple (flags, 1);
}

/* True if PAGE lies in POOL. */
static bool
page_from_pool (const struct pool *pool, const void *page)
{
  const uint8_t *p = page;

  return p >= pool->base && p < pool->base + pool->page_cnt * PGSIZE;
}

/* Frees the PAGE_CNT pages at PAGES. */
void
palloc_free_multiple (void *pages, size_t page_cnt)
{
  struct pool *pool;
  size_t index;

  ASSERT (pg_ofs (pages) == 0);
  if (pages == NULL || page_cnt == 0)
    return;

  if (page_from_pool (&kernel_pool, pages))
    pool = &kernel_pool;
  else if (page_from_pool (&user_pool, pages))
    pool = &user_pool;
  else
    PANIC ("palloc_free: %p is not an allocated page", pages);

  index = ((uint8_t *) pages - pool->base) / PGSIZE;
#ifndef NDEBUG
  memset (pages, FREE_POISON, PGSIZE * page_cnt);
#endif
  lock_acquire (&pool->lock);
  ASSERT (bitmap_all (pool->used_map, index, page_cnt));
  bitmap_set_multiple (pool->used_map, index, page_cnt, false);
  lock_release (&pool->lock);
}

void
palloc_free_page (void *page)
{
  palloc_free_multiple (page, 1);
}

/* Number of free pages in the pool FLAGS names. */
size_t
palloc_free_count (enum palloc_flags flags)
{
  struct pool *pool = pool_for (flags);
  size_t cnt;

  lock_acquire (&pool->lock);
  cnt = bitmap_count (pool->used_map, 0, pool->page_cnt, false);
  lock_release (&pool->lock);
  return cnt;
}

/* Number of pages in the pool FLAGS names. */
size_t
palloc_pool_size (enum palloc_flags flags)
{
  return pool_for (flags)->page_cnt;
}

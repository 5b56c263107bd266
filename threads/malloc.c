/* The kernel heap.

   Small requests (up to 2 kB) are rounded up to a power of two from 16
   bytes and served from slabs: kernel pages cut into equal blocks, with a
   header at the start of the page.  A block finds its slab by rounding
   its address down to the page.  Free blocks of a size class are kept on
   the class's free list; a slab whose blocks are all free goes back to
   the page allocator.  Larger requests get whole pages with a header in
   front.  Freed memory is poisoned so use after free shows at once. */

#include "threads/malloc.h"
#include <debug.h>
#include <list.h>
#include <round.h>
#include <stdint.h>
#include <string.h>
#include "threads/palloc.h"
#include "threads/synch.h"
#include "threads/vaddr.h"

#define MIN_BLOCK 16
#define CLASS_CNT 8                     /* 16, 32, ..., 2048 bytes. */
#define SLAB_MAGIC 0x51ab51ab
#define BIG_MAGIC 0xb16b10c5
#define FREE_POISON 0xcc

/* A size class.  LOCK guards FREE_LIST, SLAB_CNT and the slabs'
   FREE_CNT.  One empty slab per class is kept, so a loop that mallocs
   and frees one block does not go to the page allocator each time. */
struct size_class
  {
    size_t block_size;
    size_t blocks_per_slab;
    size_t slab_cnt;                    /* Slabs of this class. */
    struct list free_list;              /* struct free_block elems. */
    struct lock lock;
  };

/* Header at the start of every heap page.  For a slab, CLASS is set; for
   a big block, PAGE_CNT says how many pages it spans. */
struct slab
  {
    unsigned magic;
    struct size_class *class;
    size_t free_cnt;                    /* Free blocks in this slab. */
    size_t page_cnt;                    /* Big blocks only. */
  };

/* A free block: its first bytes link it into the free list. */
struct free_block
  {
    struct list_elem elem;
  };

static struct size_class classes[CLASS_CNT];

/* Live blocks, for leak checks in tests. */
static size_t live_blocks;
static struct lock live_lock;

/* Offset of the first block in a slab: the header, rounded up to a
   multiple of the block size (at least MIN_BLOCK). */
static size_t
slab_first_offset (const struct size_class *c)
{
  return ROUND_UP (sizeof (struct slab), c->block_size);
}

void
malloc_init (void)
{
  size_t size = MIN_BLOCK;
  int i;

  for (i = 0; i < CLASS_CNT; i++, size *= 2)
    {
      struct size_class *c = &classes[i];

      c->block_size = size;
      c->blocks_per_slab = (PGSIZE - slab_first_offset (c)) / size;
      list_init (&c->free_list);
      lock_init (&c->lock);
    }
  lock_init (&live_lock);
}

static void
count_live (int delta)
{
  lock_acquire (&live_lock);
  live_blocks += delta;
  lock_release (&live_lock);
}

/* Number of blocks allocated and not yet freed. */
size_t
malloc_live_blocks (void)
{
  return live_blocks;
}

/* Gets a fresh slab for class C and puts its blocks on the free list.
   Returns false if no page is available.  C's lock is held. */
static bool
add_slab (struct size_class *c)
{
  struct slab *s = palloc_get_page (0);
  uint8_t *block;
  size_t i;

  if (s == NULL)
    return false;
  s->magic = SLAB_MAGIC;
  s->class = c;
  s->free_cnt = c->blocks_per_slab;
  s->page_cnt = 1;
  c->slab_cnt++;
  block = (uint8_t *) s + slab_first_offset (c);
  for (i = 0; i < c->blocks_per_slab; i++, block += c->block_size)
    list_push_back (&c->free_list, &((struct free_block *) block)->elem);
  return true;
}

/* Allocates SIZE bytes with whole pages. */
static void *
malloc_big (size_t size)
{
  size_t page_cnt = DIV_ROUND_UP (size + sizeof (struct slab), PGSIZE);
  struct slab *s = palloc_get_multiple (0, page_cnt);

  if (s == NULL)
    return NULL;
  s->magic = BIG_MAGIC;
  s->class = NULL;
  s->free_cnt = 0;
  s->page_cnt = page_cnt;
  return s + 1;
}

/* Returns a new block of at least SIZE bytes, or NULL if SIZE is zero or
   memory is exhausted.  The contents are undefined. */
void *
malloc (size_t size)
{
  struct size_class *c;
  struct free_block *b;
  struct slab *s;

  if (size == 0)
    return NULL;
  if (size > classes[CLASS_CNT - 1].block_size)
    {
      void *p = size < SIZE_MAX - PGSIZE ? malloc_big (size) : NULL;
      if (p != NULL)
        count_live (1);
      return p;
    }

  for (c = classes; c->block_size < size; c++)
    continue;

  lock_acquire (&c->lock);
  if (list_empty (&c->free_list) && !add_slab (c))
    {
      lock_release (&c->lock);
      return NULL;
    }
  b = list_entry (list_pop_front (&c->free_list), struct free_block, elem);
  s = pg_round_down (b);
  s->free_cnt--;
  lock_release (&c->lock);
  count_live (1);
  return b;
}

/* Returns a zeroed block for CNT elements of SIZE bytes, or NULL. */
void *
calloc (size_t cnt, size_t size)
{
  void *p;

  if (size != 0 && cnt > SIZE_MAX / size)
    return NULL;
  p = malloc (cnt * size);
  if (p != NULL)
    memset (p, 0, cnt * size);
  return p;
}

/* Usable size of BLOCK. */
static size_t
block_size (void *block)
{
  struct slab *s = pg_round_down (block);

  return s->magic == SLAB_MAGIC
         ? s->class->block_size
         : s->page_cnt * PGSIZE - sizeof *s;
}

/* Resizes OLD to NEW_SIZE bytes, possibly moving it.  Returns the new
   block, or NULL on failure (OLD is then untouched).  realloc (NULL, n)
   is malloc (n); realloc (p, 0) frees P and returns NULL. */
void *
realloc (void *old, size_t new_size)
{
  void *new;
  size_t old_size;

  if (new_size == 0)
    {
      free (old);
      return NULL;
    }
  if (old == NULL)
    return malloc (new_size);

  old_size = block_size (old);
  if (new_size <= old_size && new_size > old_size / 2)
    return old;
  new = malloc (new_size);
  if (new == NULL)
    return NULL;
  memcpy (new, old, old_size < new_size ? old_size : new_size);
  free (old);
  return new;
}

/* Returns the blocks of slab S to its page allocator.  S's class lock is
   held. */
static void
release_slab (struct slab *s)
{
  struct size_class *c = s->class;
  uint8_t *block = (uint8_t *) s + slab_first_offset (c);
  size_t i;

  for (i = 0; i < c->blocks_per_slab; i++, block += c->block_size)
    list_remove (&((struct free_block *) block)->elem);
  c->slab_cnt--;
  palloc_free_page (s);
}

/* Frees BLOCK, from malloc, calloc or realloc.  free (NULL) does
   nothing. */
void
free (void *block)
{
  struct slab *s;

  if (block == NULL)
    return;

  s = pg_round_down (block);
  if (s->magic == BIG_MAGIC && (void *) (s + 1) == block)
    {
      count_live (-1);
      palloc_free_multiple (s, s->page_cnt);
      return;
    }
  if (s->magic != SLAB_MAGIC)
    PANIC ("free: %p was not allocated by malloc", block);

  struct size_class *c = s->class;
  ASSERT (((uint8_t *) block - (uint8_t *) s - slab_first_offset (c))
          % c->block_size == 0);
#ifndef NDEBUG
  memset (block, FREE_POISON, c->block_size);
#endif
  count_live (-1);
  lock_acquire (&c->lock);
  list_push_front (&c->free_list, &((struct free_block *) block)->elem);
  if (++s->free_cnt == c->blocks_per_slab && c->slab_cnt > 1)
    release_slab (s);
  lock_release (&c->lock);
}

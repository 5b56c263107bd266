/* The frame table: every user-pool frame that holds a page, in a ring
   that the eviction clock sweeps.

   Eviction is the second-chance clock: the hand skips pinned frames and
   gives a recently accessed page another round (clearing its accessed
   bit); the first page found not accessed is evicted.  Each step either
   evicts or clears a bit, so a fault costs amortized O(1) steps.

   FRAME_LOCK guards the ring, the hand, every frame's PAGE and PINNED,
   and every page's FRAME.  It is held across the victim's swap_out, so
   anyone who wants to touch a page that might be under eviction (its
   owner faulting on it, or destroying it) takes FRAME_LOCK first and
   finds the eviction finished. */

#include "vm/vm.h"
#include <debug.h>
#include "threads/malloc.h"
#include "threads/mmu.h"
#include "threads/palloc.h"
#include "threads/synch.h"
#include "threads/thread.h"
#include "vm/frame.h"

static struct lock frame_lock;
static struct list frames;              /* The clock ring. */
static struct list_elem *hand;          /* Next frame the clock looks at. */
static size_t frame_cnt;                /* Frames in the ring. */

void
frame_init (void)
{
  lock_init (&frame_lock);
  list_init (&frames);
  hand = NULL;
}

/* Frames holding pages, for leak checks. */
size_t
frame_count (void)
{
  return frame_cnt;
}

/* Removes F from the ring, moving the hand past it.  FRAME_LOCK held. */
static void
ring_remove (struct frame *f)
{
  if (hand == &f->elem)
    hand = list_next (hand);
  list_remove (&f->elem);
  frame_cnt--;
}

/* Advances the hand and returns the frame it was on.  FRAME_LOCK held;
   the ring is not empty. */
static struct frame *
clock_next (void)
{
  struct frame *f;

  if (hand == NULL || hand == list_end (&frames))
    hand = list_begin (&frames);
  f = list_entry (hand, struct frame, elem);
  hand = list_next (hand);
  return f;
}

/* Picks a victim with the clock and takes its page out: unmaps it and
   saves its contents.  Returns the frame, pinned and empty, or NULL if no
   page can be evicted (all pinned, or swap full).  FRAME_LOCK held. */
static struct frame *
evict_locked (void)
{
  size_t steps;

  for (steps = 0; steps < 2 * frame_cnt + 1; steps++)
    {
      struct frame *f = clock_next ();
      struct page *p = f->page;

      if (f->pinned || p == NULL)
        continue;
      if (pml4_is_accessed (p->pml4, p->va))
        {
          pml4_set_accessed (p->pml4, p->va, false);
          continue;
        }

      /* Unmap first: the owner faults from now on and waits for us. */
      f->pinned = true;
      pml4_clear_page (p->pml4, p->va);
      if (!swap_out (p))
        {
          pml4_set_page (p->pml4, p->va, f->kva, p->writable);
          f->pinned = false;
          continue;
        }
      p->frame = NULL;
      f->page = NULL;
      vm_stats.evictions++;
      return f;
    }
  return NULL;
}

/* Evicts a page and returns its frame, pinned and empty, or NULL. */
struct frame *
vm_evict_frame (void)
{
  struct frame *f;

  lock_acquire (&frame_lock);
  f = evict_locked ();
  lock_release (&frame_lock);
  return f;
}

/* Returns a pinned frame with no page, from the user pool or, when that
   is empty, by evicting a page.  Returns NULL if neither works. */
struct frame *
vm_get_frame (void)
{
  void *kva = palloc_get_page (PAL_USER);
  struct frame *f;

  if (kva == NULL)
    return vm_evict_frame ();

  f = malloc (sizeof *f);
  if (f == NULL)
    {
      palloc_free_page (kva);
      return NULL;
    }
  f->kva = kva;
  f->page = NULL;
  f->pinned = true;
  lock_acquire (&frame_lock);
  list_push_back (&frames, &f->elem);
  frame_cnt++;
  lock_release (&frame_lock);
  return f;
}

/* Gives PAGE frame F (pinned, from vm_get_frame), still pinned. */
void
frame_attach (struct frame *f, struct page *page)
{
  lock_acquire (&frame_lock);
  ASSERT (page->frame == NULL);
  f->page = page;
  page->frame = f;
  lock_release (&frame_lock);
}

/* Makes F a candidate for eviction again. */
void
frame_unpin (struct frame *f)
{
  lock_acquire (&frame_lock);
  f->pinned = false;
  lock_release (&frame_lock);
}

/* Pins PAGE's frame if it has one, so it stays while the caller reads
   it.  Returns the frame, or NULL if PAGE is not resident. */
struct frame *
frame_pin_page (struct page *page)
{
  struct frame *f;

  lock_acquire (&frame_lock);
  f = page->frame;
  if (f != NULL)
    f->pinned = true;
  lock_release (&frame_lock);
  return f;
}

/* Waits for any eviction of PAGE to finish.  Afterwards PAGE->frame is
   stable for its owner. */
void
frame_sync (struct page *page UNUSED)
{
  lock_acquire (&frame_lock);
  lock_release (&frame_lock);
}

/* Frees PAGE's frame (waiting for an eviction in progress) and unmaps
   it.  Does nothing if PAGE is not resident. */
void
vm_free_frame (struct page *page)
{
  struct frame *f;

  lock_acquire (&frame_lock);
  f = page->frame;
  if (f != NULL)
    {
      ring_remove (f);
      page->frame = NULL;
      if (page->pml4 != NULL)
        pml4_clear_page (page->pml4, page->va);
    }
  lock_release (&frame_lock);
  if (f != NULL)
    {
      palloc_free_page (f->kva);
      free (f);
    }
}

/* Frees frame F, which holds no page (a failed claim). */
void
frame_discard (struct frame *f)
{
  lock_acquire (&frame_lock);
  ring_remove (f);
  if (f->page != NULL)
    f->page->frame = NULL;
  lock_release (&frame_lock);
  palloc_free_page (f->kva);
  free (f);
}

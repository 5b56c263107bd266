/* The frame table: every user-pool frame that holds pages, in a ring
   that the eviction clock sweeps.

   A frame usually holds one page.  After a copy-on-write fork it may be
   shared by the same ANON page of several processes, all mapping it
   read-only; the first write by one of them gives that one its own copy
   (vm_handle_wp).  A frame is only ever shared by ANON pages.

   Eviction is the second-chance clock: the hand skips pinned frames and
   gives a frame that any of its pages accessed recently another round
   (clearing the accessed bits); the first frame found not accessed is
   evicted.  Each step either evicts or clears bits, so a fault costs
   amortized O(1) steps.  Evicting a shared frame writes it to one swap
   slot that all its pages then share.

   FRAME_LOCK guards the ring, the hand, every frame's PAGES, PAGE_CNT
   and PIN_CNT, and every page's FRAME.  It is held across a victim's
   swap_out, so anyone who wants to touch a page that might be under
   eviction (its owner faulting on it, or destroying it) takes FRAME_LOCK
   first and finds the eviction finished. */

#include "vm/frame.h"
#include <debug.h>
#include <string.h>
#include "threads/malloc.h"
#include "threads/mmu.h"
#include "threads/palloc.h"
#include "threads/synch.h"
#include "threads/thread.h"
#include "threads/vaddr.h"
#include "vm/swap.h"
#include "vm/trace.h"
#include "vm/vm.h"

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

/* True if any page of F was accessed since the last sweep; clears the
   accessed bits.  FRAME_LOCK held. */
static bool
test_and_clear_accessed (struct frame *f)
{
  struct list_elem *e;
  bool accessed = false;

  for (e = list_begin (&f->pages); e != list_end (&f->pages);
       e = list_next (e))
    {
      struct page *p = list_entry (e, struct page, frame_elem);
      if (pml4_is_accessed (p->pml4, p->va))
        {
          pml4_set_accessed (p->pml4, p->va, false);
          accessed = true;
        }
    }
  return accessed;
}

/* Maps every page of F again (an eviction that could not save F):
   writable only if F is not shared.  FRAME_LOCK held. */
static void
remap_all (struct frame *f)
{
  struct list_elem *e;

  for (e = list_begin (&f->pages); e != list_end (&f->pages);
       e = list_next (e))
    {
      struct page *p = list_entry (e, struct page, frame_elem);
      vm_map_page (p, f->kva, p->writable && f->page_cnt == 1);
    }
}

/* Saves the contents of F's pages for eviction: the first page's
   swap_out, and for a shared frame (ANON pages only) a reference to the
   same swap slot for each other page.  FRAME_LOCK held; F's pages are
   already unmapped.  Returns false if the contents cannot be saved. */
static bool
save_pages (struct frame *f)
{
  struct page *first = list_entry (list_front (&f->pages), struct page,
                                   frame_elem);
  struct list_elem *e;

  if (!swap_out (first))
    return false;
  for (e = list_next (&first->frame_elem); e != list_end (&f->pages);
       e = list_next (e))
    {
      struct page *p = list_entry (e, struct page, frame_elem);

      ASSERT (p->operations->type == VM_ANON);
      if (!swap_slot_share (first->anon.slot))
        {
          /* The count is full: undo the pages done so far. */
          struct list_elem *u;
          for (u = list_next (&first->frame_elem); u != e; u = list_next (u))
            {
              struct page *q = list_entry (u, struct page, frame_elem);
              swap_slot_free (q->anon.slot);
              q->anon.slot = SWAP_SLOT_NONE;
            }
          swap_slot_free (first->anon.slot);
          first->anon.slot = SWAP_SLOT_NONE;
          return false;
        }
      p->anon.slot = first->anon.slot;
      vm_stats.swap_outs++;
    }
  return true;
}

/* Picks a victim with the clock and takes its pages out: unmaps them and
   saves the contents.  Returns the frame, pinned and empty, or NULL if no
   frame can be evicted (all pinned, or swap full).  FRAME_LOCK held. */
static struct frame *
evict_locked (void)
{
  size_t steps;

  for (steps = 0; steps < 2 * frame_cnt + 1; steps++)
    {
      struct frame *f = clock_next ();
      struct list_elem *e;

      if (f->pin_cnt > 0 || f->page_cnt == 0 || test_and_clear_accessed (f))
        continue;

      /* Unmap first: the owners fault from now on and wait for us. */
      f->pin_cnt++;
      for (e = list_begin (&f->pages); e != list_end (&f->pages);
           e = list_next (e))
        {
          struct page *p = list_entry (e, struct page, frame_elem);
          pml4_clear_page (p->pml4, p->va);
        }
      if (!save_pages (f))
        {
          remap_all (f);
          f->pin_cnt--;
          continue;
        }
      while (!list_empty (&f->pages))
        {
          struct page *p = list_entry (list_pop_front (&f->pages),
                                       struct page, frame_elem);
          vmtrace_evict (p);
          p->frame = NULL;
        }
      f->page_cnt = 0;
      vm_stats.evictions++;
      return f;
    }
  return NULL;
}

/* Evicts a frame's pages and returns the frame, pinned and empty, or
   NULL. */
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
   is empty, by evicting.  Returns NULL if neither works. */
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
  list_init (&f->pages);
  f->page_cnt = 0;
  f->pin_cnt = 1;
  lock_acquire (&frame_lock);
  list_push_back (&frames, &f->elem);
  frame_cnt++;
  lock_release (&frame_lock);
  return f;
}

/* Adds PAGE, which has no frame, to frame F's pages.  FRAME_LOCK held. */
static void
attach_locked (struct frame *f, struct page *page)
{
  ASSERT (page->frame == NULL);
  list_push_back (&f->pages, &page->frame_elem);
  f->page_cnt++;
  page->frame = f;
}

/* Gives PAGE frame F (pinned, from vm_get_frame), still pinned. */
void
frame_attach (struct frame *f, struct page *page)
{
  lock_acquire (&frame_lock);
  attach_locked (f, page);
  lock_release (&frame_lock);
}

/* Drops a pin from F.  A frame whose pages all went away while it was
   pinned is freed with its last pin.  FRAME_LOCK held; returns true if
   the caller must free F (after releasing the lock). */
static bool
unpin_locked (struct frame *f)
{
  ASSERT (f->pin_cnt > 0);
  if (--f->pin_cnt > 0 || f->page_cnt > 0)
    return false;
  ring_remove (f);
  return true;
}

static void
free_frame (struct frame *f)
{
  palloc_free_page (f->kva);
  free (f);
}

/* Makes F a candidate for eviction again (once every pin is gone). */
void
frame_unpin (struct frame *f)
{
  bool dead;

  lock_acquire (&frame_lock);
  dead = unpin_locked (f);
  lock_release (&frame_lock);
  if (dead)
    free_frame (f);
}

/* Pins PAGE's frame if it has one, so it stays while the caller uses
   it.  Returns the frame, or NULL if PAGE is not resident. */
struct frame *
frame_pin_page (struct page *page)
{
  struct frame *f;

  lock_acquire (&frame_lock);
  f = page->frame;
  if (f != NULL)
    f->pin_cnt++;
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

/* Makes DST, a page with no frame, share SRC's frame, with both mapped
   read-only (copy-on-write).  Returns false if SRC is not resident.
   DST is mapped in DST->pml4. */
bool
frame_share (struct page *dst, struct page *src)
{
  struct frame *f;
  bool ok = false;

  lock_acquire (&frame_lock);
  f = src->frame;
  if (f != NULL && vm_map_page (dst, f->kva, false))
    {
      vm_map_page (src, f->kva, false);
      attach_locked (f, dst);
      ok = true;
    }
  lock_release (&frame_lock);
  return ok;
}

/* Handles a write to PAGE, which is writable but mapped read-only
   because its frame is shared: the last sharer takes the frame back
   writable, any other gets a copy of its own.  Returns false if out of
   memory. */
bool
vm_handle_wp (struct page *page)
{
  struct frame *f, *copy;
  bool dead;

  lock_acquire (&frame_lock);
  f = page->frame;
  if (f == NULL)
    {
      /* Evicted since the fault: fault it back in. */
      lock_release (&frame_lock);
      return vm_do_claim_page (page);
    }
  if (f->page_cnt == 1)
    {
      vm_map_page (page, f->kva, page->writable);
      lock_release (&frame_lock);
      vm_stats.cow_reuses++;
      return true;
    }
  f->pin_cnt++;
  lock_release (&frame_lock);

  copy = vm_get_frame ();
  if (copy == NULL)
    {
      frame_unpin (f);
      return false;
    }
  memcpy (copy->kva, f->kva, PGSIZE);

  lock_acquire (&frame_lock);
  list_remove (&page->frame_elem);
  f->page_cnt--;
  page->frame = NULL;
  dead = unpin_locked (f);
  attach_locked (copy, page);
  vm_map_page (page, copy->kva, page->writable);
  copy->pin_cnt--;
  vmtrace_cow_copy (page);
  lock_release (&frame_lock);
  if (dead)
    free_frame (f);
  vm_stats.cow_copies++;
  return true;
}

/* Takes PAGE off its frame (waiting for an eviction in progress) and
   unmaps it; frees the frame if no other page shares it.  Does nothing
   if PAGE is not resident. */
void
vm_free_frame (struct page *page)
{
  struct frame *f;
  bool last = false;

  lock_acquire (&frame_lock);
  f = page->frame;
  if (f != NULL)
    {
      list_remove (&page->frame_elem);
      page->frame = NULL;
      if (page->pml4 != NULL)
        pml4_clear_page (page->pml4, page->va);
      last = --f->page_cnt == 0 && f->pin_cnt == 0;
      if (last)
        ring_remove (f);
    }
  lock_release (&frame_lock);
  if (last)
    free_frame (f);
}

/* Frees frame F, pinned once by the caller, after a claim that failed:
   PAGE (if attached) is taken off it. */
void
frame_discard (struct frame *f)
{
  lock_acquire (&frame_lock);
  while (!list_empty (&f->pages))
    {
      struct page *p = list_entry (list_pop_front (&f->pages), struct page,
                                   frame_elem);
      p->frame = NULL;
    }
  f->page_cnt = 0;
  ring_remove (f);
  lock_release (&frame_lock);
  free_frame (f);
}

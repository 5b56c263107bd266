/* The frame table: every user-pool frame that holds pages, and
   eviction.

   A frame usually holds one page.  After a copy-on-write fork it may be
   shared by the same ANON page of several processes, all mapping it
   read-only; the first write by one of them gives that one its own copy
   (vm_handle_wp).  Only ANON pages are ever shared.

   Nothing here holds a lock across disk I/O.  A frame whose contents
   are in transit is BUSY; FRAME_LOCK guards only the bookkeeping (see
   the legend in vm/frame.h), and whoever needs a page on a busy frame
   waits on FRAME_SETTLED until the frame is not busy.  So while one
   process's page is written to swap, other processes fault in resident,
   zero-filled and lazily loaded pages without waiting.

   Eviction: the replacement policy (evict.c) names a candidate; the
   candidate's pages reserve the place their contents will go (a swap
   slot) while FRAME_LOCK is held, so that once the pages are unmapped
   the eviction cannot fail; the frame turns busy, its pages are
   unmapped, the lock is dropped, the contents are written, and the
   pages are detached.  Their owners, faulting meanwhile, wait for
   that. */

#include "vm/frame.h"
#include <debug.h>
#include "threads/malloc.h"
#include "threads/mmu.h"
#include "threads/palloc.h"
#include "threads/synch.h"
#include "vm/evict.h"
#include "vm/trace.h"
#include "vm/vm.h"

static struct lock frame_lock;
static struct condition frame_settled;  /* A busy frame stopped being. */
static size_t frame_cnt;                /* FRAME_LOCK: frames in use. */

void
frame_init (void)
{
  lock_init (&frame_lock);
  cond_init (&frame_settled);
  evict_init ();
}

/* Frames holding (or about to hold) pages, for leak checks. */
size_t
frame_count (void)
{
  return frame_cnt;
}

/* Frees F, which is in no list and holds no page.  No lock held. */
static void
free_frame (struct frame *f)
{
  palloc_free_page (f->kva);
  free (f);
}

/* Adds PAGE, which has no frame, to F's pages.  FRAME_LOCK held. */
static void
attach_locked (struct frame *f, struct page *page)
{
  ASSERT (page->frame == NULL);
  list_push_back (&f->pages, &page->frame_elem);
  f->page_cnt++;
  page->frame = f;
}

/* Takes PAGE off its frame F.  FRAME_LOCK held. */
static void
detach_locked (struct frame *f, struct page *page)
{
  ASSERT (page->frame == f);
  list_remove (&page->frame_elem);
  f->page_cnt--;
  page->frame = NULL;
}

/* Maps PAGE to the frame at KVA, WRITABLE or not, executable if PAGE
   is.  Returns false if a page table cannot be had. */
static bool
map_at (struct page *page, void *kva, bool writable)
{
  if (!pml4_set_page (page->pml4, page->va, kva, writable))
    return false;
  if (page->executable)
    pml4_set_exec (page->pml4, page->va, true);
  return true;
}

/* Maps PAGE at its frame, WRITABLE or not.  Returns false if a page
   table cannot be had.  The caller keeps PAGE's frame from changing
   (the frame is busy or pinned for it). */
bool
frame_map (struct page *page, bool writable)
{
  return map_at (page, page->frame->kva, writable);
}

/* Reserves, for each page of F, the place its contents will go.  The
   first page reserves; the others (sharers of an ANON frame) share its
   reservation, which cannot fail.  Returns false, with nothing
   reserved, if the first cannot.  FRAME_LOCK held. */
static bool
reserve_pages (struct frame *f)
{
  struct page *lead = list_entry (list_front (&f->pages), struct page,
                                  frame_elem);
  struct list_elem *e;

  if (!page_reserve (lead, lead))
    return false;
  for (e = list_next (&lead->frame_elem); e != list_end (&f->pages);
       e = list_next (e))
    {
      bool ok = page_reserve (list_entry (e, struct page, frame_elem), lead);
      ASSERT (ok);
    }
  return true;
}

/* Asks the policy for a victim whose pages can be saved, makes it busy
   and unmaps its pages.  Returns NULL if there is none (every frame
   pinned or busy, or swap full).  FRAME_LOCK held. */
static struct frame *
pick_victim (void)
{
  size_t tries;

  for (tries = 0; tries <= frame_cnt; tries++)
    {
      struct frame *f = evict_choose ();
      struct list_elem *e;

      if (f == NULL)
        return NULL;
      evict_remove (f);
      if (!reserve_pages (f))
        {
          evict_add (f);        /* Cannot be saved now: to the back. */
          continue;
        }
      f->busy = true;
      for (e = list_begin (&f->pages); e != list_end (&f->pages);
           e = list_next (e))
        {
          struct page *p = list_entry (e, struct page, frame_elem);
          pml4_clear_page (p->pml4, p->va);
        }
      return f;
    }
  return NULL;
}

/* Evicts a frame: picks a victim, writes its contents out with no lock
   held, and detaches its pages.  Returns the frame, busy and empty, or
   NULL if nothing can be evicted. */
struct frame *
frame_evict (void)
{
  struct frame *f;

  lock_acquire (&frame_lock);
  f = pick_victim ();
  lock_release (&frame_lock);
  if (f == NULL)
    return NULL;

  /* Busy: nobody else touches F's pages' contents or FRAME links. */
  swap_out (list_entry (list_front (&f->pages), struct page, frame_elem));

  lock_acquire (&frame_lock);
  while (!list_empty (&f->pages))
    {
      struct page *p = list_entry (list_front (&f->pages), struct page,
                                   frame_elem);
      vmtrace_evict (p);
      detach_locked (f, p);
    }
  cond_broadcast (&frame_settled, &frame_lock);
  lock_release (&frame_lock);
  vm_stats_bump (&vm_stats.evictions);
  return f;
}

/* Returns a busy frame with no page, from the user pool or, when that
   is empty, by evicting.  Returns NULL if neither works. */
struct frame *
frame_get (void)
{
  void *kva = palloc_get_page (PAL_USER);
  struct frame *f;

  if (kva == NULL)
    return frame_evict ();
  f = malloc (sizeof *f);
  if (f == NULL)
    {
      palloc_free_page (kva);
      return NULL;
    }
  f->kva = kva;
  list_init (&f->pages);
  f->page_cnt = 0;
  f->pin_cnt = 0;
  f->busy = true;
  f->age = 0;
  lock_acquire (&frame_lock);
  frame_cnt++;
  lock_release (&frame_lock);
  return f;
}

/* Gives PAGE, which has no frame, the busy frame F. */
void
frame_attach (struct frame *f, struct page *page)
{
  ASSERT (f->busy);
  lock_acquire (&frame_lock);
  attach_locked (f, page);
  lock_release (&frame_lock);
}

/* F, busy, is filled and mapped: it may be evicted from now on, and
   whoever waits for it goes on. */
void
frame_done (struct frame *f)
{
  lock_acquire (&frame_lock);
  ASSERT (f->busy && f->page_cnt > 0);
  f->busy = false;
  evict_add (f);
  cond_broadcast (&frame_settled, &frame_lock);
  lock_release (&frame_lock);
}

/* Frees F, busy, after a fill that failed; its page (if attached) is
   taken off it. */
void
frame_discard (struct frame *f)
{
  lock_acquire (&frame_lock);
  ASSERT (f->busy);
  while (!list_empty (&f->pages))
    detach_locked (f, list_entry (list_front (&f->pages), struct page,
                                  frame_elem));
  frame_cnt--;
  lock_release (&frame_lock);
  free_frame (f);
}

/* Waits until PAGE is on no busy frame, then pins its frame, if it has
   one, so that it stays while the caller reads or releases it.  Returns
   the frame, or NULL if PAGE is not resident (and then, if only PAGE's
   owner brings it in, it stays so). */
struct frame *
frame_pin_page (struct page *page)
{
  struct frame *f;

  lock_acquire (&frame_lock);
  while (page->frame != NULL && page->frame->busy)
    cond_wait (&frame_settled, &frame_lock);
  f = page->frame;
  if (f != NULL)
    f->pin_cnt++;
  lock_release (&frame_lock);
  return f;
}

/* Drops one pin from F, freeing F if it was the last hold on it.
   FRAME_LOCK held; returns true if the caller must free F after
   releasing the lock. */
static bool
unpin_locked (struct frame *f)
{
  ASSERT (f->pin_cnt > 0 && !f->busy);
  if (--f->pin_cnt > 0 || f->page_cnt > 0)
    return false;
  evict_remove (f);
  frame_cnt--;
  return true;
}

/* Drops a pin that frame_pin_page took. */
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

/* Takes PAGE off F, its frame, which the caller pinned with
   frame_pin_page, unmaps it and drops the pin; F is freed with its last
   page. */
void
frame_release (struct frame *f, struct page *page)
{
  bool dead;

  lock_acquire (&frame_lock);
  detach_locked (f, page);
  if (page->pml4 != NULL)
    pml4_clear_page (page->pml4, page->va);
  dead = unpin_locked (f);
  lock_release (&frame_lock);
  if (dead)
    free_frame (f);
}

/* Makes DST, a page with no frame, share SRC's frame, which the caller
   pinned, with both mapped read-only (copy-on-write).  Returns false if
   DST cannot be mapped. */
bool
frame_share (struct page *dst, struct page *src)
{
  struct frame *f = src->frame;
  bool ok;

  ASSERT (f != NULL && f->pin_cnt > 0);
  lock_acquire (&frame_lock);
  ok = map_at (dst, f->kva, false);
  if (ok)
    {
      map_at (src, f->kva, false);
      attach_locked (f, dst);
    }
  lock_release (&frame_lock);
  return ok;
}

/* Maps PAGE, found on F, its frame, which the caller pinned, again:
   writable if PAGE is and nobody shares F.  Returns false if a page
   table cannot be had. */
bool
frame_remap (struct frame *f, struct page *page)
{
  bool ok;

  lock_acquire (&frame_lock);
  ASSERT (page->frame == f);
  ok = frame_map (page, page->writable && f->page_cnt == 1);
  lock_release (&frame_lock);
  return ok;
}

/* If PAGE is the only page left on F, its frame, which the caller
   pinned, maps it writable again and returns true (a copy-on-write
   fault of the last sharer).  Otherwise returns false. */
bool
frame_keep_sole (struct frame *f, struct page *page)
{
  bool sole;

  lock_acquire (&frame_lock);
  ASSERT (page->frame == f);
  sole = f->page_cnt == 1;
  if (sole)
    frame_map (page, page->writable);
  lock_release (&frame_lock);
  return sole;
}

/* Moves PAGE from its frame, which the caller pinned, to TO, a busy
   frame holding a copy of the contents, and maps it writable if PAGE
   is.  The caller then unpins the old frame and calls frame_done (TO).
   PAGE is mapped already, so the mapping needs no new page table. */
void
frame_move (struct page *page, struct frame *to)
{
  bool ok;

  ASSERT (to->busy);
  lock_acquire (&frame_lock);
  detach_locked (page->frame, page);
  attach_locked (to, page);
  ok = frame_map (page, page->writable);
  ASSERT (ok);
  lock_release (&frame_lock);
}

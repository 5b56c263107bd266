/* The frame table: the user-pool frames that hold pages, and who may
   touch them when (see vm/frame.c).

   Locks, in the order they are taken:
     1. FRAME_LOCK (frame.c): the frame table, the replacement policy's
        list and hand, every frame's PAGES, PAGE_CNT, PIN_CNT and BUSY,
        and every page's FRAME and FRAME_ELEM.  Held only for short
        bookkeeping, never across disk I/O: a thread that must wait for
        a frame waits on FRAME_DONE, a condition of FRAME_LOCK.
     2. The swap lock (swap.c), taken inside FRAME_LOCK to reserve a
        slot for a victim.
     3. File system locks, never taken with FRAME_LOCK held.
   Disk I/O for a frame (filling it, writing it out) happens with no VM
   lock held; the frame is BUSY meanwhile, and anyone who needs a page
   on a busy frame waits until it is not. */
#ifndef VM_FRAME_H
#define VM_FRAME_H

#include <list.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct page;

/* A frame of physical memory holding user pages: one, or the same ANON
   page of several processes sharing it copy-on-write after fork.

   A frame is BUSY while its contents are in transit: from the moment a
   claim gets it until the page is filled and mapped, and from the
   moment the evictor picks it until its pages are saved and detached.
   A busy frame is in no policy list, so it is never picked; a pinned
   frame (PIN_CNT > 0) is in the list but never picked either. */
struct frame
  {
    void *kva;                  /* Kernel address.  Fixed. */
    struct list pages;          /* FRAME_LOCK: struct page (frame_elem). */
    int page_cnt;               /* FRAME_LOCK: length of PAGES. */
    int pin_cnt;                /* FRAME_LOCK: readers that keep it. */
    bool busy;                  /* FRAME_LOCK: being filled or saved. */
    struct list_elem elem;      /* FRAME_LOCK: in the policy's list. */
    uint8_t age;                /* FRAME_LOCK: the lru policy's history. */
  };

/* True if F may be chosen as a victim: nobody pins it and it holds a
   page.  Caller holds FRAME_LOCK. */
static inline bool
frame_is_evictable (const struct frame *f)
{
  return f->pin_cnt == 0 && f->page_cnt > 0 && !f->busy;
}

void frame_init (void);
size_t frame_count (void);
struct frame *frame_get (void);
struct frame *frame_evict (void);
void frame_attach (struct frame *f, struct page *page);
bool frame_map (struct page *page, bool writable);
void frame_done (struct frame *f);
void frame_discard (struct frame *f);
struct frame *frame_pin_page (struct page *page);
void frame_unpin (struct frame *f);
void frame_release (struct frame *f, struct page *page);
bool frame_share (struct page *dst, struct page *src);
bool frame_remap (struct frame *f, struct page *page);
bool frame_keep_sole (struct frame *f, struct page *page);
void frame_move (struct page *page, struct frame *to);

#endif /* vm/frame.h */

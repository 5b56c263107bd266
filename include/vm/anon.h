/* ANON pages: memory with no file behind it (stack, heap, bss, and the
   data of executables once loaded).  Zero-filled at birth; evicted to a
   swap slot; swapped back in on the next fault. */
#ifndef VM_ANON_H
#define VM_ANON_H

#include <stdbool.h>
#include <stddef.h>

struct page;

/* Swap slot meaning "not in swap". */
#define SWAP_SLOT_NONE ((size_t) -1)

/* Legend: SLOT is written by the evictor (reserving it, under
   FRAME_LOCK, as the frame turns busy) and by the owner (reading it back
   in a claim, with the page on a busy frame; freeing it at destroy,
   after waiting out any busy frame), never by both at once.  A resident
   page that is not busy has no slot. */
struct anon_page
  {
    size_t slot;                /* Swap slot holding it, or NONE. */
  };

void vm_anon_init (void);
bool anon_initializer (struct page *page, int type, void *kva);

#endif /* vm/anon.h */

/* Kernel thread stacks with guard pages; see include/threads/kstack.h. */

#include "threads/kstack.h"
#include <bitmap.h>
#include <debug.h>
#include <stdio.h>
#include <string.h>
#include "threads/interrupt.h"
#include "threads/mmu.h"
#include "threads/palloc.h"
#include "threads/synch.h"
#include "threads/vaddr.h"

/* Each slot: one guard page, then the stack.  Slots are 4 pages so the
   guard below a stack is also the gap above the previous one. */
#define SLOT_PAGES 4
#define SLOT_SIZE (SLOT_PAGES * PGSIZE)
#define SLOT_CNT 4096

/* Guard page of the boot stack, from start.S. */
extern char boot_guard[];

static struct bitmap *slots;    /* Bit set = slot in use. */
static struct lock slots_lock;

/* The deepest any stack has gone, in bytes, and its thread's name (cut
   to fit).  Interrupts off: updated by any thread. */
static size_t deepest;
static char deepest_owner[16];

void
kstack_init (void)
{
  lock_init (&slots_lock);
  slots = bitmap_create (SLOT_CNT);
  if (slots == NULL)
    PANIC ("kstack_init: no memory for the stack bitmap");
}

/* Base address of slot SLOT. */
static uint64_t
slot_base (size_t slot)
{
  return KSTACK_REGION + (uint64_t) slot * SLOT_SIZE;
}

/* Unmaps and frees the first CNT stack pages of SLOT. */
static void
release_pages (size_t slot, int cnt)
{
  int i;

  for (i = 0; i < cnt; i++)
    {
      uint64_t va = slot_base (slot) + (SLOT_PAGES - KSTACK_PAGES + i)
                    * PGSIZE;
      palloc_free_page (kernel_unmap_page ((void *) va));
    }
}

/* Allocates a stack and returns its top (the initial %rsp), or NULL if
   out of memory or slots. */
void *
kstack_alloc (void)
{
  size_t slot;
  int i;

  lock_acquire (&slots_lock);
  slot = bitmap_scan_and_flip (slots, 0, 1, false);
  lock_release (&slots_lock);
  if (slot == BITMAP_ERROR)
    return NULL;

  for (i = 0; i < KSTACK_PAGES; i++)
    {
      uint64_t va = slot_base (slot) + (SLOT_PAGES - KSTACK_PAGES + i)
                    * PGSIZE;
      void *page = palloc_get_page (PAL_ZERO);

      if (page == NULL || !kernel_map_page ((void *) va, page))
        {
          palloc_free_page (page);
          release_pages (slot, i);
          lock_acquire (&slots_lock);
          bitmap_reset (slots, slot);
          lock_release (&slots_lock);
          return NULL;
        }
    }
  return (void *) (slot_base (slot) + SLOT_SIZE);
}

/* Returns how many bytes below TOP, the top of a kernel stack (or of
   the boot stack, of the same size), have ever been written.  Stacks
   start zeroed, so the lowest nonzero word marks the deepest point,
   give or take a few zero words written there. */
size_t
kstack_depth (const void *top)
{
  const uint64_t *p = (const uint64_t *) ((uintptr_t) top - KSTACK_SIZE);

  while (p < (const uint64_t *) top && *p == 0)
    p++;
  return (uintptr_t) top - (uintptr_t) p;
}

/* True if TOP is the top of the boot stack or of a stack slot: what a
   live thread's stack_top must be.  Checked before a stack is scanned,
   so that a panic's statistics walk past a corrupted thread. */
static bool
is_stack_top (const void *top)
{
  uint64_t t = (uint64_t) top;

  if (t == (uint64_t) boot_guard + PGSIZE + KSTACK_SIZE)
    return true;
  return t > KSTACK_REGION
         && t <= KSTACK_REGION + (uint64_t) SLOT_CNT * SLOT_SIZE
         && (t - KSTACK_REGION) % SLOT_SIZE == 0;
}

/* Counts how deep the stack at TOP, thread OWNER's, has gone in the
   deepest-stack statistics.  Does nothing if TOP is not a stack's
   top. */
void
kstack_note_depth (const void *top, const char *owner)
{
  size_t depth;
  enum intr_level old;

  if (!is_stack_top (top))
    return;
  depth = kstack_depth (top);
  old = intr_disable ();
  if (depth > deepest)
    {
      deepest = depth;
      strlcpy (deepest_owner, owner, sizeof deepest_owner);
    }
  intr_set_level (old);
}

/* Frees the stack whose top is TOP.  Its depth was counted when its
   thread exited. */
void
kstack_free (void *top)
{
  size_t slot = ((uint64_t) top - KSTACK_REGION) / SLOT_SIZE - 1;

  ASSERT ((uint64_t) top > KSTACK_REGION);
  release_pages (slot, KSTACK_PAGES);
  lock_acquire (&slots_lock);
  bitmap_reset (slots, slot);
  lock_release (&slots_lock);
}

/* Prints the deepest any stack counted so far went. */
void
kstack_print_stats (void)
{
  printf ("Stack: deepest kernel stack %zu of %d bytes, in %s\n",
          deepest, KSTACK_SIZE, deepest_owner);
}

/* True if ADDR lies in a guard page: below a thread stack in the stack
   region, or below the boot stack. */
bool
kstack_is_guard (uint64_t addr)
{
  if (addr >= (uint64_t) boot_guard && addr < (uint64_t) boot_guard + PGSIZE)
    return true;
  if (addr < KSTACK_REGION || addr >= KSTACK_REGION
                                      + (uint64_t) SLOT_CNT * SLOT_SIZE)
    return false;
  return (addr - KSTACK_REGION) % SLOT_SIZE
         < (SLOT_PAGES - KSTACK_PAGES) * PGSIZE;
}

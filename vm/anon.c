/* ANON pages.

   Life story: born UNINIT (or directly ANON for a fork's copy); its
   first fault zero-fills it (and copies in executable data when its
   initializer says so); eviction writes it to a swap slot, reserved
   before its frame is unmapped; the next fault reads it back and frees
   the slot; at fork a resident page is shared copy-on-write and a
   swapped one shares its slot; destroyed at exit or exec, freeing its
   slot (its frame is freed by the caller). */

#include "vm/vm.h"
#include <string.h>
#include "threads/vaddr.h"
#include "vm/swap.h"
#include "vm/trace.h"

static bool anon_swap_in (struct page *page, void *kva);
static bool anon_reserve (struct page *page, struct page *lead);
static void anon_swap_out (struct page *page);
static bool anon_duplicate (struct page *dst, const struct page *src);
static void anon_destroy (struct page *page);

static const struct page_operations anon_ops =
  {
    .swap_in = anon_swap_in,
    .reserve = anon_reserve,
    .swap_out = anon_swap_out,
    .duplicate = anon_duplicate,
    .destroy = anon_destroy,
    .cow = true,
    .type = VM_ANON,
  };

void
vm_anon_init (void)
{
  swap_init ();
}

/* Turns PAGE into an ANON page with zeroed contents at KVA. */
bool
anon_initializer (struct page *page, int type UNUSED, void *kva)
{
  page->operations = &anon_ops;
  page->anon.slot = SWAP_SLOT_NONE;
  memset (kva, 0, PGSIZE);
  return true;
}

/* Reads PAGE back from its swap slot (or zeroes it if it has none) and
   lets go of the slot. */
static bool
anon_swap_in (struct page *page, void *kva)
{
  size_t slot = page->anon.slot;

  if (slot == SWAP_SLOT_NONE)
    {
      memset (kva, 0, PGSIZE);
      return true;
    }
  swap_slot_read (slot, kva);
  vmtrace_swap_in (page, slot);
  swap_slot_free (slot);
  page->anon.slot = SWAP_SLOT_NONE;
  vm_stats_bump (&vm_stats.swap_ins);
  return true;
}

/* Takes a new swap slot for PAGE, or a share of LEAD's.  Fails only if
   swap is full. */
static bool
anon_reserve (struct page *page, struct page *lead)
{
  ASSERT (page->anon.slot == SWAP_SLOT_NONE);
  if (page == lead)
    {
      page->anon.slot = swap_slot_alloc ();
      return page->anon.slot != SWAP_SLOT_NONE;
    }
  ASSERT (lead->operations == &anon_ops);
  swap_slot_share (lead->anon.slot);
  page->anon.slot = lead->anon.slot;
  return true;
}

/* Writes PAGE's frame to the slot anon_reserve took. */
static void
anon_swap_out (struct page *page)
{
  swap_slot_write (page->anon.slot, page->frame->kva);
  vmtrace_swap_out (page, page->anon.slot);
  vm_stats_bump (&vm_stats.swap_outs);
}

/* A swapped-out SRC's slot is shared with DST; a resident SRC has no
   slot, and its contents are shared or copied by the caller. */
static bool
anon_duplicate (struct page *dst, const struct page *src)
{
  if (src->anon.slot != SWAP_SLOT_NONE)
    swap_slot_share (src->anon.slot);
  dst->anon.slot = src->anon.slot;
  return true;
}

static void
anon_destroy (struct page *page)
{
  if (page->anon.slot != SWAP_SLOT_NONE)
    {
      swap_slot_free (page->anon.slot);
      page->anon.slot = SWAP_SLOT_NONE;
    }
}

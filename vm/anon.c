/* ANON pages.

   Life story: born UNINIT (or directly ANON for a fork's copy); its
   first fault zero-fills it (and copies in executable data when its
   initializer says so); eviction writes it to a swap slot; the next
   fault reads it back and frees the slot; destroyed at exit or exec,
   freeing its frame or slot. */

#include "vm/vm.h"
#include <string.h>
#include "threads/vaddr.h"
#include "vm/swap.h"
#include "vm/trace.h"

static bool anon_swap_in (struct page *page, void *kva);
static bool anon_swap_out (struct page *page);
static void anon_destroy (struct page *page);

static const struct page_operations anon_ops =
  {
    .swap_in = anon_swap_in,
    .swap_out = anon_swap_out,
    .destroy = anon_destroy,
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

/* Reads PAGE back from its swap slot (or zeroes it if it has none). */
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
  vm_stats.swap_ins++;
  return true;
}

/* Writes PAGE to a new swap slot.  Fails if swap is full. */
static bool
anon_swap_out (struct page *page)
{
  size_t slot = swap_slot_alloc ();

  if (slot == SWAP_SLOT_NONE)
    return false;
  swap_slot_write (slot, page->frame->kva);
  page->anon.slot = slot;
  vmtrace_swap_out (page, slot);
  vm_stats.swap_outs++;
  return true;
}

static void
anon_destroy (struct page *page)
{
  vm_free_frame (page);
  if (page->anon.slot != SWAP_SLOT_NONE)
    {
      swap_slot_free (page->anon.slot);
      page->anon.slot = SWAP_SLOT_NONE;
    }
}

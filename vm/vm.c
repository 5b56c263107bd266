/* The core of virtual memory: the supplemental page table, page
   allocation, the page-fault path, claiming frames, stack growth, and
   copying and destroying address spaces.  The page types live in
   uninit.c, anon.c and file.c; frames and eviction in frame.c; the swap
   disk in swap.c.  See docs/vm.md. */

#include "vm/vm.h"
#include <debug.h>
#include <stdio.h>
#include <string.h>
#include "filesys/file.h"
#include "threads/interrupt.h"
#include "threads/malloc.h"
#include "threads/mmu.h"
#include "threads/thread.h"
#include "threads/vaddr.h"
#include "userprog/process.h"
#include "vm/frame.h"
#include "vm/swap.h"

/* The stack may grow this far below USER_STACK. */
#define STACK_MAX (1024 * 1024)

struct vm_stats vm_stats;
bool vm_cow_enabled = true;

void
vm_init (void)
{
  frame_init ();
  vm_anon_init ();
  vm_file_init ();
}

void
vm_print_stats (void)
{
  printf ("VM: %lld page faults, %lld lazy loads, %lld stack growths, "
          "%lld evictions, %lld swap-ins, %lld swap-outs, "
          "%lld file write-backs\n",
          vm_stats.page_faults, vm_stats.lazy_loads, vm_stats.stack_growths,
          vm_stats.evictions, vm_stats.swap_ins, vm_stats.swap_outs,
          vm_stats.write_backs);
  printf ("Fork: %lld frames shared, %lld copied; copy-on-write: "
          "%lld copies, %lld reuses (%s)\n",
          vm_stats.fork_shares, vm_stats.fork_copies, vm_stats.cow_copies,
          vm_stats.cow_reuses, vm_cow_enabled ? "on" : "off");
  printf ("Swap: %lld idle ticks while the swap disk was busy\n",
          swap_idle_ticks ());
}

/* Once no process is left, no user frame or swap slot may be in use:
   prints a "Leak:" line for each that is (the test checkers fail on
   it). */
void
vm_check_leaks (void)
{
  if (process_count () != 0)
    return;
  if (frame_count () != 0)
    printf ("Leak: %zu user frames still in use with no process left\n",
            frame_count ());
  if (swap_slots_used () != 0)
    printf ("Leak: %zu swap slots still in use with no process left\n",
            swap_slots_used ());
}

static unsigned
page_hash (const struct hash_elem *e, void *aux UNUSED)
{
  const struct page *p = hash_entry (e, struct page, spt_elem);
  return hash_int ((int) ((uint64_t) p->va >> PGBITS));
}

static bool
page_less (const struct hash_elem *a, const struct hash_elem *b,
           void *aux UNUSED)
{
  return hash_entry (a, struct page, spt_elem)->va
         < hash_entry (b, struct page, spt_elem)->va;
}

/* Initializes an empty table.  Returns false if out of memory. */
bool
supplemental_page_table_init (struct supplemental_page_table *spt)
{
  list_init (&spt->mmaps);
  return hash_init (&spt->pages, page_hash, page_less, NULL);
}

/* The page containing VA in SPT, or NULL. */
struct page *
spt_find_page (struct supplemental_page_table *spt, void *va)
{
  struct page key;
  struct hash_elem *e;

  key.va = pg_round_down (va);
  e = hash_find (&spt->pages, &key.spt_elem);
  return e != NULL ? hash_entry (e, struct page, spt_elem) : NULL;
}

/* Adds PAGE to SPT.  Returns false if a page is already at its address. */
bool
spt_insert_page (struct supplemental_page_table *spt, struct page *page)
{
  return hash_insert (&spt->pages, &page->spt_elem) == NULL;
}

/* Removes PAGE from SPT and destroys it. */
void
spt_remove_page (struct supplemental_page_table *spt, struct page *page)
{
  hash_delete (&spt->pages, &page->spt_elem);
  destroy (page);
  free (page);
}

/* The type initializer for TYPE. */
static page_type_initializer *
type_initializer (enum vm_type type)
{
  switch (VM_TYPE (type))
    {
    case VM_ANON: return anon_initializer;
    case VM_FILE: return file_backed_initializer;
    default: return NULL;
    }
}

/* Creates an UNINIT page at UPAGE in the running process that will
   become TYPE (VM_ANON or VM_FILE, with markers) and be filled by INIT
   (AUX), or zero-filled if INIT is NULL.  Returns false if UPAGE is
   taken or memory is short; AUX then stays the caller's. */
bool
vm_alloc_page_with_initializer (enum vm_type type, void *upage,
                                bool writable, vm_initializer *init,
                                void *aux)
{
  struct supplemental_page_table *spt = &thread_current ()->spt;
  page_type_initializer *initializer = type_initializer (type);
  struct page *page;

  ASSERT (VM_TYPE (type) != VM_UNINIT);
  ASSERT (initializer != NULL);
  ASSERT (pg_ofs (upage) == 0);

  if (spt_find_page (spt, upage) != NULL)
    return false;
  page = malloc (sizeof *page);
  if (page == NULL)
    return false;
  uninit_new (page, upage, init, type, aux, initializer);
  page->writable = writable;
  page->executable = false;
  page->markers = (type & ~7) >> 3;
  page->pml4 = thread_current ()->pml4;
  if (!spt_insert_page (spt, page))
    {
      free (page);
      return false;
    }
  return true;
}

/* Gives PAGE a frame, fills it, and maps it in the running process.
   Returns false if no frame can be had or the contents cannot be read;
   PAGE is then unchanged. */
bool
vm_do_claim_page (struct page *page)
{
  struct frame *f;

  /* Let any eviction of this page finish before we look at it. */
  frame_sync (page);
  ASSERT (page->frame == NULL);

  f = vm_get_frame ();
  if (f == NULL)
    return false;
  page->pml4 = thread_current ()->pml4;
  frame_attach (f, page);
  if (!swap_in (page, f->kva) || !vm_map_page (page, f->kva, page->writable))
    {
      frame_discard (f);
      return false;
    }
  frame_unpin (f);
  return true;
}

/* Maps PAGE to the frame at KVA in its address space, WRITABLE or not,
   executable if PAGE is.  Returns false if a page table cannot be had. */
bool
vm_map_page (struct page *page, void *kva, bool writable)
{
  if (!pml4_set_page (page->pml4, page->va, kva, writable))
    return false;
  if (page->executable)
    pml4_set_exec (page->pml4, page->va, true);
  return true;
}

/* Claims the page at VA of the running process. */
bool
vm_claim_page (void *va)
{
  struct page *page = spt_find_page (&thread_current ()->spt, va);

  return page != NULL && vm_do_claim_page (page);
}

/* Adds a stack page at ADDR (rounded down) and claims it. */
bool
vm_stack_growth (void *addr)
{
  void *upage = pg_round_down (addr);

  if (!vm_alloc_page (VM_ANON | VM_MARKER_STACK, upage, true))
    return false;
  vm_stats.stack_growths++;
  return vm_claim_page (upage);
}

/* True if a fault at ADDR with user stack pointer RSP is a stack access
   that should grow the stack: within 1 MiB below USER_STACK, and no lower
   than 8 bytes below RSP (what a push touches first). */
static bool
is_stack_access (uint64_t addr, uint64_t rsp)
{
  return addr < USER_STACK && addr >= USER_STACK - STACK_MAX
         && addr + 8 >= rsp;
}

/* Resolves a page fault at ADDR, if it can: a first touch of a lazily
   loaded page, a page that was evicted, or stack growth.  USER says the
   fault came from user mode, WRITE that it was a write, NOT_PRESENT that
   no page was mapped (rather than a protection violation).  Returns false
   if the access is bad; the caller then ends the process (or makes a
   user-memory copy fail). */
bool
vm_try_handle_fault (struct intr_frame *f, void *addr, bool user,
                     bool write, bool not_present)
{
  struct thread *cur = thread_current ();
  struct page *page;
  uint64_t rsp;

  vm_stats.page_faults++;
  if (cur->pml4 == NULL || addr == NULL
      || (uint64_t) addr >= USER_VADDR_LIMIT)
    return false;

  page = spt_find_page (&cur->spt, addr);
  if (!not_present)
    {
      /* A protection fault: only a write to a writable page whose frame
         is shared copy-on-write can be resolved. */
      return page != NULL && write && page->writable && vm_handle_wp (page);
    }
  if (page == NULL)
    {
      rsp = user ? f->rsp : cur->user_rsp;
      return is_stack_access ((uint64_t) addr, rsp)
             && vm_stack_growth (addr);
    }
  if (write && !page->writable)
    return false;
  return vm_do_claim_page (page);
}

/* Makes DST, a new page at SRC's address in the running process, a copy
   of SRC (from the parent).  Returns false if out of memory. */
static bool
copy_page (struct supplemental_page_table *dst, struct page *src)
{
  struct page *page;
  struct frame *src_frame, *f;

  if (src->operations->type == VM_UNINIT)
    {
      struct page_load *aux = NULL;
      if (src->uninit.aux != NULL
          && (aux = page_load_duplicate (src->uninit.aux)) == NULL)
        return false;
      if (!vm_alloc_page_with_initializer (src->uninit.type, src->va,
                                           src->writable, src->uninit.init,
                                           aux))
        {
          page_load_free (aux);
          return false;
        }
      spt_find_page (dst, src->va)->executable = src->executable;
      return true;
    }

  page = malloc (sizeof *page);
  if (page == NULL)
    return false;
  *page = *src;
  page->frame = NULL;
  page->pml4 = thread_current ()->pml4;
  if (src->operations->type == VM_FILE)
    {
      page->file.file = file_reopen (src->file.file);
      if (page->file.file == NULL)
        {
          free (page);
          return false;
        }
    }
  else
    page->anon.slot = SWAP_SLOT_NONE;
  if (!spt_insert_page (dst, page))
    {
      destroy (page);
      free (page);
      return false;
    }

  /* The contents.  A resident ANON page shares the parent's frame
     copy-on-write.  Otherwise: from the parent's frame, pinned while we
     read it; or the parent's swap slot, shared if its count allows, else
     read.  The parent is blocked in fork, so its non-resident pages stay
     put. */
  if (vm_cow_enabled && src->operations->type == VM_ANON
      && frame_share (page, src))
    {
      vm_stats.fork_shares++;
      return true;
    }
  src_frame = frame_pin_page (src);
  if (src_frame == NULL)
    {
      if (src->operations->type != VM_ANON || src->anon.slot == SWAP_SLOT_NONE)
        return true;            /* A file page: it reads its file. */
      if (swap_slot_share (src->anon.slot))
        {
          page->anon.slot = src->anon.slot;
          return true;
        }
    }
  f = vm_get_frame ();
  if (f == NULL)
    {
      if (src_frame != NULL)
        frame_unpin (src_frame);
      return false;
    }
  if (src_frame != NULL)
    memcpy (f->kva, src_frame->kva, PGSIZE);
  else
    swap_slot_read (src->anon.slot, f->kva);
  frame_attach (f, page);
  if (!vm_map_page (page, f->kva, page->writable))
    {
      if (src_frame != NULL)
        frame_unpin (src_frame);
      frame_discard (f);
      return false;
    }
  vm_stats.fork_copies++;
  if (src_frame != NULL)
    {
      if (pml4_is_dirty (src->pml4, src->va))
        pml4_set_dirty (page->pml4, page->va, true);
      frame_unpin (src_frame);
    }
  frame_unpin (f);
  return true;
}

/* Copies SRC, the parent's table, into DST, the running (child)
   process's empty table: UNINIT pages stay UNINIT with their own aux,
   resident pages get their own frames with the same contents, swapped
   pages share the parent's swap slot.  Returns false if out of memory;
   DST then holds a partial copy for supplemental_page_table_kill. */
bool
supplemental_page_table_copy (struct supplemental_page_table *dst,
                              struct supplemental_page_table *src)
{
  struct hash_iterator i;

  if (!mmap_copy_regions (dst, src))
    return false;
  hash_first (&i, &src->pages);
  while (hash_next (&i))
    if (!copy_page (dst, hash_entry (hash_cur (&i), struct page, spt_elem)))
      return false;
  return true;
}

static void
page_destructor (struct hash_elem *e, void *aux UNUSED)
{
  struct page *page = hash_entry (e, struct page, spt_elem);

  destroy (page);
  free (page);
}

/* Destroys every page of SPT (writing dirty file pages back) and frees
   their frames and swap slots.  SPT can be initialized again after. */
void
supplemental_page_table_kill (struct supplemental_page_table *spt)
{
  mmap_kill_regions (spt);
  hash_destroy (&spt->pages, page_destructor);
}

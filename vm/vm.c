/* The core of virtual memory: the supplemental page table, page
   allocation, the page-fault path, claiming frames, stack growth, and
   copying and destroying address spaces.  This file decides what
   belongs at an address; frame.c hands over frames (evicting through
   the policy in evict.c); the page types (uninit.c, anon.c, file.c)
   fill and save them through their operations tables; swap.c keeps the
   swap disk.  Calls go only that way, never back up.  See docs/vm.md. */

#include "vm/vm.h"
#include <debug.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include "filesys/file.h"
#include "threads/interrupt.h"
#include "threads/malloc.h"
#include "threads/mmu.h"
#include "threads/thread.h"
#include "threads/vaddr.h"
#include "userprog/process.h"
#include "vm/evict.h"
#include "vm/frame.h"
#include "vm/swap.h"
#include "vm/trace.h"

/* The stack may grow this far below USER_STACK. */

struct vm_stats vm_stats;
bool vm_cow_enabled = true;

void
vm_init (void)
{
  frame_init ();
  vm_anon_init ();
  vm_file_init ();
  vmtrace_start ();
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
  printf ("Swap: %lld idle ticks while the swap disk was busy; "
          "evict=%s\n", swap_idle_ticks (), evict_policy_name ());
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

/* Destroys PAGE, which is in no table any more, and frees it: waits
   out any eviction of it, lets its type free what it owns (writing a
   dirty file page back), then releases its frame. */
static void
page_kill (struct page *page)
{
  struct frame *f = frame_pin_page (page);

  destroy (page);
  if (f != NULL)
    frame_release (f, page);
  free (page);
}

/* Removes PAGE from SPT and destroys it. */
void
spt_remove_page (struct supplemental_page_table *spt, struct page *page)
{
  hash_delete (&spt->pages, &page->spt_elem);
  page_kill (page);
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
   become TYPE (VM_ANON or VM_FILE, markers allowed) and be filled by
   INIT (AUX), or zero-filled if INIT is NULL.  Returns false if UPAGE
   is taken or memory is short; AUX then stays the caller's. */
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
  uninit_new (page, upage, init, VM_TYPE (type), aux, initializer);
  page->writable = writable;
  page->executable = false;
  page->pml4 = thread_current ()->pml4;
  if (!spt_insert_page (spt, page))
    {
      free (page);
      return false;
    }
  vmtrace_alloc (page);
  return true;
}

/* Returns a busy frame with no page, evicting one if the user pool is
   empty, or NULL if none can be had. */
struct frame *
vm_get_frame (void)
{
  return frame_get ();
}

/* Evicts a frame and returns it, busy and empty, or NULL. */
struct frame *
vm_evict_frame (void)
{
  return frame_evict ();
}

/* Gives PAGE, of the running process, a frame, fills it, and maps it.
   Waits first for any eviction of PAGE to finish; a page found still
   (or again) on a frame is simply mapped.  Returns false if no frame
   can be had or the contents cannot be produced; PAGE is then
   unchanged. */
bool
vm_do_claim_page (struct page *page)
{
  struct frame *f = frame_pin_page (page);
  bool mapped;

  if (f != NULL)
    {
      mapped = frame_remap (f, page);
      frame_unpin (f);
      return mapped;
    }

  /* Make the page table now, so that once swap_in has consumed the
     swap slot or the load record, mapping cannot fail. */
  page->pml4 = thread_current ()->pml4;
  if (pml4e_walk (page->pml4, (uint64_t) page->va, true) == NULL)
    return false;
  f = frame_get ();
  if (f == NULL)
    return false;
  frame_attach (f, page);
  if (!swap_in (page, f->kva))
    {
      frame_discard (f);
      return false;
    }
  mapped = frame_map (page, page->writable);
  ASSERT (mapped);
  vmtrace_claim (page);
  frame_done (f);
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
  vm_stats_bump (&vm_stats.stack_growths);
  return vm_claim_page (upage);
}

/* True if a fault at ADDR with user stack pointer RSP is a stack access
   that should grow the stack: within 1 MiB below USER_STACK, and no lower
   than 128 bytes below RSP: the x86-64 ABI's red zone, which a compiled
   function may write without moving RSP (a push touches only 8). */
static bool
is_stack_access (uint64_t addr, uint64_t rsp)
{
  return addr < USER_STACK && addr >= USER_STACK - STACK_MAX
         && addr + 128 >= rsp;
}

/* Resolves a page fault at ADDR, if it can: a first touch of a lazily
   loaded page, a page that was evicted, a write to a copy-on-write
   page, or stack growth.  USER says the fault came from user mode,
   WRITE that it was a write, NOT_PRESENT that no page was mapped
   (rather than a protection violation).  Returns false if the access
   is bad; the caller then ends the process (or makes a user-memory
   copy fail). */
bool
vm_try_handle_fault (struct intr_frame *f, void *addr, bool user,
                     bool write, bool not_present)
{
  struct thread *cur = thread_current ();
  struct page *page;
  uint64_t rsp;

  vm_stats_bump (&vm_stats.page_faults);
  vmtrace_fault (addr, write, user, not_present);
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
    page = mmap_page_create (&cur->spt, addr);
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

/* Handles a write to PAGE, which is writable but mapped read-only
   because its frame is shared: the last sharer takes the frame back
   writable, any other gets a copy of its own.  Returns false if out of
   memory. */
bool
vm_handle_wp (struct page *page)
{
  struct frame *f = frame_pin_page (page);
  struct frame *copy;

  if (f == NULL)
    return vm_do_claim_page (page);     /* Evicted since the fault. */
  if (frame_keep_sole (f, page))
    {
      frame_unpin (f);
      vm_stats_bump (&vm_stats.cow_reuses);
      return true;
    }
  copy = frame_get ();
  if (copy == NULL)
    {
      frame_unpin (f);
      return false;
    }
  memcpy (copy->kva, f->kva, PGSIZE);
  frame_move (page, copy);
  vmtrace_cow_copy (page);
  frame_unpin (f);
  frame_done (copy);
  vm_stats_bump (&vm_stats.cow_copies);
  return true;
}

/* Gives PAGE, the child's copy of SRC, SRC's contents from SRC's frame
   F (pinned): shared copy-on-write if SRC's type allows, else copied
   into a frame of its own.  Returns false if out of memory. */
static bool
copy_contents (struct page *page, struct page *src, struct frame *f)
{
  struct frame *copy;
  bool mapped;

  if (vm_cow_enabled && src->operations->cow && frame_share (page, src))
    {
      vm_stats_bump (&vm_stats.fork_shares);
      vmtrace_cow_share (page);
      return true;
    }
  if (pml4e_walk (page->pml4, (uint64_t) page->va, true) == NULL
      || (copy = frame_get ()) == NULL)
    return false;
  memcpy (copy->kva, f->kva, PGSIZE);
  frame_attach (copy, page);
  mapped = frame_map (page, page->writable);
  ASSERT (mapped);
  if (pml4_is_dirty (src->pml4, src->va))
    pml4_set_dirty (page->pml4, page->va, true);
  vmtrace_claim (page);
  frame_done (copy);
  vm_stats_bump (&vm_stats.fork_copies);
  return true;
}

/* Adds to DST, the running (child) process's table, a copy of SRC, a
   page of the parent: its type state through the type's duplicate
   operation, then its contents if it is resident.  The parent is
   blocked in fork, so SRC either stays on its frame (pinned here) or
   stays out (only its owner could bring it in).  Returns false if out
   of memory. */
static bool
copy_page (struct supplemental_page_table *dst, struct page *src)
{
  struct page *page = malloc (sizeof *page);
  struct frame *f;
  bool ok;

  if (page == NULL)
    return false;
  f = frame_pin_page (src);
  *page = *src;
  page->frame = NULL;
  page->pml4 = thread_current ()->pml4;
  ok = page_duplicate (page, src);
  if (!ok)
    free (page);
  else if (!spt_insert_page (dst, page))
    {
      page_kill (page);
      ok = false;
    }
  else if (f != NULL)
    ok = copy_contents (page, src, f);
  if (f != NULL)
    frame_unpin (f);
  return ok;
}

/* Copies SRC, the parent's table, into DST, the running (child)
   process's empty table.  The parent must be blocked in fork until
   this returns.  Returns false if out of memory; DST then holds a
   partial copy for supplemental_page_table_kill. */
bool
supplemental_page_table_copy (struct supplemental_page_table *dst,
                              struct supplemental_page_table *src)
{
  struct thread *parent = (struct thread *) ((uint8_t *) src
                                             - offsetof (struct thread, spt));
  struct hash_iterator i;

  ASSERT (dst == &thread_current ()->spt && src != dst);
  ASSERT (parent->status == THREAD_BLOCKED);
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
  page_kill (hash_entry (e, struct page, spt_elem));
}

/* Destroys every page of SPT (writing dirty file pages back) and frees
   their frames and swap slots.  SPT can be initialized again after. */
void
supplemental_page_table_kill (struct supplemental_page_table *spt)
{
  mmap_kill_regions (spt);
  hash_destroy (&spt->pages, page_destructor);
}

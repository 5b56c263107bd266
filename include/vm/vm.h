/* Virtual memory: pages and the supplemental page table.

   Every user page is described by a struct page in its process's
   supplemental page table, whatever state it is in.  A page is born
   UNINIT, carrying the initializer that will give it its contents; its
   first fault turns it into an ANON page (zero-filled or loaded from the
   executable, swapped to the swap disk) or a FILE page (a piece of a
   mapped file, written back when dirty).  Each type does its work
   through its own operations table.  Untouched pages of a mapping or of
   a bss have no struct page yet: a region (file.h) stands for them.

   Who touches what: a process's table and pages are changed only by
   the process itself (its one thread), with one exception: the evictor,
   running in any process, reaches resident pages through their frames
   and changes them under the frame rules (vm/frame.h).  A fork's child
   reads its parent's table while the parent is blocked in fork.  Lock
   order: FRAME_LOCK, then the swap lock, then file system locks; no VM
   lock is held across disk I/O. */
#ifndef VM_VM_H
#define VM_VM_H

#include <hash.h>
#include <list.h>
#include <stdbool.h>
#include <stdint.h>
#include "threads/vaddr.h"
#include "vm/anon.h"
#include "vm/file.h"
#include "vm/frame.h"
#include "vm/uninit.h"

/* Page types.  The low three bits are the type; the bits above are
   markers a caller may pass along with it (the kernel keeps none). */
enum vm_type
  {
    VM_UNINIT = 0,              /* Not yet initialized; see uninit.c. */
    VM_ANON = 1,                /* Anonymous: swap backs it. */
    VM_FILE = 2,                /* Backed by a mapped file. */

    VM_MARKER_STACK = 1 << 3,   /* Part of the user stack. */
    VM_MARKER_0 = VM_MARKER_STACK,
    VM_MARKER_1 = 1 << 4,
    VM_MARKER_END = 1 << 30     /* Highest marker that fits an int. */
  };

#define VM_TYPE(TYPE) ((TYPE) & 7)

struct page_operations;
struct intr_frame;
struct frame;

/* A user page.  Owned by its process's supplemental page table; freed
   by spt_remove_page or supplemental_page_table_kill.

   Legend:
     VA, WRITABLE, EXECUTABLE, SPT_ELEM: the owner (the loader may still
       widen WRITABLE and EXECUTABLE of an UNINIT page); fixed once the
       program runs.
     PML4: the owner, only while the page has no frame; read by the
       evictor under FRAME_LOCK for pages on frames.
     FRAME, FRAME_ELEM: FRAME_LOCK (vm/frame.h).
     OPERATIONS and the union: the owner, or whoever holds the page's
       frame busy (the evictor reserving a swap slot in ANON, the owner
       filling the page); an owner that finds its page on a busy frame
       waits first, so the two never overlap. */
struct page
  {
    const struct page_operations *operations;
    void *va;                   /* User virtual address (page-aligned). */
    struct frame *frame;        /* Resident frame, or NULL. */
    uint64_t *pml4;             /* Address space the page is mapped in. */
    bool writable;              /* May user code write it? */
    bool executable;            /* May user code execute it? */
    struct hash_elem spt_elem;  /* In the supplemental page table. */
    struct list_elem frame_elem; /* In its frame's pages. */

    /* Per-type state; the operations table says which member is live. */
    union
      {
        struct uninit_page uninit;
        struct anon_page anon;
        struct file_page file;
      };
  };

/* The stack's limit: it may grow down to USER_STACK - STACK_MAX. */
#define STACK_MAX (1024 * 1024)

/* True if PAGE lies in the user stack's region. */
static inline bool
page_is_stack (const struct page *page)
{
  return (uint64_t) page->va < USER_STACK
         && (uint64_t) page->va >= USER_STACK - STACK_MAX;
}

/* What each page type does.  The contract:
   - swap_in (PAGE, KVA): fill the frame at KVA with PAGE's contents.
     Called by vm_do_claim_page with PAGE on a busy frame, not mapped
     yet, and no lock held (it may read a disk).  Returns false if the
     contents cannot be produced; the claim then fails and the faulting
     process is killed.  Nothing after a successful swap_in can fail.
   - reserve (PAGE, LEAD): the evictor chose PAGE's frame; claim the
     place PAGE's contents will go, before the frame is unmapped.
     LEAD is the frame's first page; a sharer of an ANON frame (PAGE !=
     LEAD) shares LEAD's reservation, which cannot fail.  Called under
     FRAME_LOCK.  Returns false, changing nothing, if there is no room
     (swap full).
   - swap_out (PAGE): write PAGE's contents where reserve said, for the
     whole frame.  Called by the evictor with the frame busy, every page
     on it unmapped and no lock held.  Cannot fail.
   - duplicate (DST, SRC): fork.  Give DST, a copy of SRC made in the
     child (no frame, not in a table yet), the type's state of its own:
     a file handle, a load record, a share of a swap slot.  SRC's frame,
     if it has one, is pinned, and then the contents are copied or
     shared afterwards; if not, SRC stays out until the parent runs.
     Returns false if out of memory, with nothing for destroy to free.
   - destroy (PAGE): free everything the type owns (swap slot, load
     record, file handle), writing a dirty file page back first.  Called
     by the owner with the page's frame, if it has one, pinned; the
     frame itself is released afterwards by the caller.  Does not free
     PAGE.
   - cow: true if a resident page of this type is shared copy-on-write
     at fork rather than copied.
   - type: the VM_* type this table implements.
   UNINIT pages are on a frame only while their first claim fills it,
   busy, so the evictor never calls reserve or swap_out on them. */
struct page_operations
  {
    bool (*swap_in) (struct page *page, void *kva);
    bool (*reserve) (struct page *page, struct page *lead);
    void (*swap_out) (struct page *page);
    bool (*duplicate) (struct page *dst, const struct page *src);
    void (*destroy) (struct page *page);
    bool cow;
    enum vm_type type;
  };

/* The type PAGE has, or for an UNINIT page the type its first fault
   will make it. */
static inline enum vm_type
page_get_type (const struct page *page)
{
  return page->operations->type == VM_UNINIT
         ? VM_TYPE (page->uninit.type) : page->operations->type;
}

static inline bool
swap_in (struct page *page, void *kva)
{
  return page->operations->swap_in (page, kva);
}

static inline bool
page_reserve (struct page *page, struct page *lead)
{
  return page->operations->reserve (page, lead);
}

static inline void
swap_out (struct page *page)
{
  page->operations->swap_out (page);
}

static inline bool
page_duplicate (struct page *dst, const struct page *src)
{
  return src->operations->duplicate (dst, src);
}

static inline void
destroy (struct page *page)
{
  page->operations->destroy (page);
}

/* A process's supplemental page table: its pages, by address, and its
   mappings.  Changed only by the owning process; read by a forked child
   while the parent is blocked in fork.  The evictor never looks at it
   (it reaches pages through frames). */
struct supplemental_page_table
  {
    struct hash pages;
    struct list mmaps;          /* struct mmap_region (file.c). */
  };

void vm_init (void);
void vm_print_stats (void);
void vm_check_leaks (void);

bool supplemental_page_table_init (struct supplemental_page_table *spt);
bool supplemental_page_table_copy (struct supplemental_page_table *dst,
                                   struct supplemental_page_table *src);
void supplemental_page_table_kill (struct supplemental_page_table *spt);
struct page *spt_find_page (struct supplemental_page_table *spt, void *va);
bool spt_insert_page (struct supplemental_page_table *spt, struct page *page);
void spt_remove_page (struct supplemental_page_table *spt, struct page *page);

#define vm_alloc_page(TYPE, UPAGE, WRITABLE) \
  vm_alloc_page_with_initializer ((TYPE), (UPAGE), (WRITABLE), NULL, NULL)
bool vm_alloc_page_with_initializer (enum vm_type type, void *upage,
                                     bool writable, vm_initializer *init,
                                     void *aux);

bool vm_try_handle_fault (struct intr_frame *f, void *addr, bool user,
                          bool write, bool not_present);
bool vm_claim_page (void *va);
bool vm_do_claim_page (struct page *page);
bool vm_stack_growth (void *addr);

struct frame *vm_get_frame (void);
struct frame *vm_evict_frame (void);
bool vm_handle_wp (struct page *page);

/* Statistics, for the power-off line.  Every counter is bumped with
   vm_stats_bump, an atomic add, from any thread without a lock, and read
   without one (a snapshot). */
struct vm_stats
  {
    long long page_faults;
    long long lazy_loads;
    long long stack_growths;
    long long evictions;
    long long swap_ins;
    long long swap_outs;
    long long write_backs;
    long long fork_shares;      /* Frames shared copy-on-write at fork. */
    long long fork_copies;      /* Frames copied at fork. */
    long long cow_copies;       /* Copies made by writes to shared frames. */
    long long cow_reuses;       /* Last sharers that took a frame back. */
  };
extern struct vm_stats vm_stats;

static inline void
vm_stats_bump (long long *counter)
{
  __atomic_fetch_add (counter, 1, __ATOMIC_RELAXED);
}

/* Copy-on-write fork (on unless the kernel runs with -no-cow). */
extern bool vm_cow_enabled;

#endif /* vm/vm.h */

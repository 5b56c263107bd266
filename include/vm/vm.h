/* Virtual memory: pages, frames and the supplemental page table.

   Every user page is described by a struct page in its process's
   supplemental page table, whatever state it is in.  A page is born
   UNINIT, carrying the initializer that will give it its contents; its
   first fault turns it into an ANON page (zero-filled or loaded from the
   executable, swapped to the swap disk) or a FILE page (a piece of a
   mapped file, written back when dirty).  Each type does its work
   through its own operations table.

   Lock order: a process's own pages are touched only by that process,
   except by eviction, which works on any process's resident pages under
   FRAME_LOCK (frame.c).  So: FRAME_LOCK, then the swap lock, then file
   system locks.  Nothing that holds a file system lock ever waits for
   FRAME_LOCK (system calls move data through kernel bounce buffers and
   never touch user memory with a file system lock held). */
#ifndef VM_VM_H
#define VM_VM_H

#include <hash.h>
#include <list.h>
#include <stdbool.h>
#include <stdint.h>
#include "vm/anon.h"
#include "vm/file.h"
#include "vm/uninit.h"

/* Page types.  The low three bits are the type; the bits above are
   markers that say something about a page without changing how it
   behaves. */
enum vm_type
  {
    VM_UNINIT = 0,              /* Not yet initialized; see uninit.c. */
    VM_ANON = 1,                /* Anonymous: swap backs it. */
    VM_FILE = 2,                /* Backed by a mapped file. */

    VM_MARKER_STACK = 1 << 3,   /* Part of the user stack. */
    VM_MARKER_0 = VM_MARKER_STACK,
    VM_MARKER_1 = 1 << 4,       /* Free for diagnostics. */
    VM_MARKER_END = 1 << 31
  };

#define VM_TYPE(TYPE) ((TYPE) & 7)

struct page_operations;
struct intr_frame;
struct frame;

/* A user page.

   Owned by its process's supplemental page table; freed by
   spt_remove_page or supplemental_page_table_kill.  FRAME and the link
   back from the frame change only under FRAME_LOCK. */
struct page
  {
    const struct page_operations *operations;
    void *va;                   /* User virtual address (page-aligned). */
    struct frame *frame;        /* Resident frame, or NULL. */
    uint64_t *pml4;             /* Address space the page is mapped in. */
    bool writable;              /* May user code write it? */
    bool executable;            /* May user code execute it? */
    uint8_t markers;            /* VM_MARKER_* bits >> 3. */
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

/* A frame of physical memory holding user pages: one, or several ANON
   pages of different processes sharing it copy-on-write.  Lives in the
   frame table; every field but KVA is guarded by FRAME_LOCK. */
struct frame
  {
    void *kva;                  /* Kernel address of the frame. */
    struct list pages;          /* struct page (frame_elem) using it. */
    int page_cnt;               /* Length of PAGES. */
    int pin_cnt;                /* Pins: > 0 means never evicted. */
    struct list_elem elem;      /* In the frame table's clock ring. */
  };

/* What each page type does.  The contract:
   - swap_in (PAGE, KVA): fill the frame at KVA with PAGE's contents.
     Called by vm_do_claim_page with the frame pinned and not yet mapped;
     no lock is held.  Returns false if the contents cannot be produced
     (the faulting process is then killed).
   - swap_out (PAGE): save PAGE's contents so the frame can be reused.
     Called by the evictor under FRAME_LOCK after PAGE's mapping is
     removed.  Returns false if there is nowhere to put them.
   - destroy (PAGE): free everything PAGE owns (frame, swap slot, aux,
     writing back a dirty file page), but not PAGE itself, which the
     supplemental page table frees.  Called by the owner with no lock
     held.
   - type: the VM_* type this table implements. */
struct page_operations
  {
    bool (*swap_in) (struct page *page, void *kva);
    bool (*swap_out) (struct page *page);
    void (*destroy) (struct page *page);
    enum vm_type type;
  };

static inline bool
swap_in (struct page *page, void *kva)
{
  return page->operations->swap_in (page, kva);
}

static inline bool
swap_out (struct page *page)
{
  return page->operations->swap_out (page);
}

static inline void
destroy (struct page *page)
{
  if (page->operations->destroy != NULL)
    page->operations->destroy (page);
}

static inline enum vm_type
page_get_type (const struct page *page)
{
  return page->operations->type == VM_UNINIT
         ? VM_TYPE (page->uninit.type) : page->operations->type;
}

/* A process's supplemental page table: its pages, by address. */
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
void vm_free_frame (struct page *page);
bool vm_handle_wp (struct page *page);
bool vm_map_page (struct page *page, void *kva, bool writable);

/* Statistics, for the power-off line. */
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

/* Copy-on-write fork (on unless the kernel runs with -no-cow). */
extern bool vm_cow_enabled;

#endif /* vm/vm.h */

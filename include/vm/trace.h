/* The VM trace: with the boot option -vmtrace, the kernel writes one
   short line per VM event (a fault, a claim, an eviction, a fork's
   sharing...) to the debug console, for utils/vmviz to draw.  The
   format is in docs/vmtrace.md.

   Each vmtrace_* function below is a one-line hook placed where the VM
   does the thing it names.  When tracing is off a hook costs one
   predictable branch on VMTRACE_ENABLED; when it is on, the line is
   formatted on the stack and written with interrupts off for the few
   microseconds the write takes.  A hook never allocates, never sleeps
   and takes no lock, so it may be called with any lock held. */
#ifndef VM_TRACE_H
#define VM_TRACE_H

#include <stdbool.h>
#include <stddef.h>

struct page;

/* Set by -vmtrace before anything is traced; never changes after. */
extern bool vmtrace_enabled;

/* The events.  docs/vmtrace.md gives each one's line. */
enum vmtrace_event
  {
    VMTRACE_START,              /* Tracing begins: frames, swap slots. */
    VMTRACE_EXEC,               /* A process starts a program. */
    VMTRACE_FORK,               /* A process is born by fork. */
    VMTRACE_EXIT,               /* A process ends. */
    VMTRACE_ALLOC,              /* A page is born UNINIT. */
    VMTRACE_FAULT,              /* A page fault, before it is handled. */
    VMTRACE_LAZY,               /* An UNINIT page gets its first contents. */
    VMTRACE_SWAP_IN,            /* An ANON page is read from swap. */
    VMTRACE_CLAIM,              /* A page is now resident in a frame. */
    VMTRACE_EVICT,              /* A page leaves its frame for eviction. */
    VMTRACE_SWAP_OUT,           /* An ANON page is written to swap. */
    VMTRACE_SHARE,              /* Fork: a page shares its parent's frame. */
    VMTRACE_COW_COPY,           /* A write gives a shared page a frame. */
    VMTRACE_MMAP,               /* A file is mapped. */
    VMTRACE_MUNMAP,             /* A mapping is removed. */
  };

void vmtrace_emit (enum vmtrace_event event, const struct page *page,
                   const void *addr, long long arg);

/* Tracing begins (from vm_init). */
static inline void
vmtrace_start (void)
{
  if (__builtin_expect (vmtrace_enabled, 0))
    vmtrace_emit (VMTRACE_START, NULL, NULL, 0);
}

/* The running process starts the program of CMD_LINE in its new address
   space. */
static inline void
vmtrace_exec (const char *cmd_line)
{
  if (__builtin_expect (vmtrace_enabled, 0))
    vmtrace_emit (VMTRACE_EXEC, NULL, cmd_line, 0);
}

/* The running process, forked from PARENT_TID, has its address space
   and is about to copy its parent's pages. */
static inline void
vmtrace_fork (int parent_tid)
{
  if (__builtin_expect (vmtrace_enabled, 0))
    vmtrace_emit (VMTRACE_FORK, NULL, NULL, parent_tid);
}

/* The running thread ends with STATUS; traced if it has an address
   space, which it is about to destroy. */
static inline void
vmtrace_exit (int status)
{
  if (__builtin_expect (vmtrace_enabled, 0))
    vmtrace_emit (VMTRACE_EXIT, NULL, NULL, status);
}

/* PAGE was just created UNINIT in the running process. */
static inline void
vmtrace_alloc (const struct page *page)
{
  if (__builtin_expect (vmtrace_enabled, 0))
    vmtrace_emit (VMTRACE_ALLOC, page, NULL, 0);
}

/* A page fault at ADDR: a WRITE or a read, from USER or kernel mode, on
   a NOT_PRESENT page or a protection violation. */
static inline void
vmtrace_fault (const void *addr, bool write, bool user, bool not_present)
{
  if (__builtin_expect (vmtrace_enabled, 0))
    vmtrace_emit (VMTRACE_FAULT, NULL, addr,
                  write | user << 1 | not_present << 2);
}

/* PAGE, UNINIT until now, got its first contents. */
static inline void
vmtrace_lazy_load (const struct page *page)
{
  if (__builtin_expect (vmtrace_enabled, 0))
    vmtrace_emit (VMTRACE_LAZY, page, NULL, 0);
}

/* PAGE was read back from swap slot SLOT. */
static inline void
vmtrace_swap_in (const struct page *page, size_t slot)
{
  if (__builtin_expect (vmtrace_enabled, 0))
    vmtrace_emit (VMTRACE_SWAP_IN, page, NULL, slot);
}

/* PAGE is resident and mapped in PAGE->frame. */
static inline void
vmtrace_claim (const struct page *page)
{
  if (__builtin_expect (vmtrace_enabled, 0))
    vmtrace_emit (VMTRACE_CLAIM, page, NULL, 0);
}

/* PAGE, of any process, is leaving PAGE->frame, which is being
   evicted.  Called before PAGE->frame is cleared. */
static inline void
vmtrace_evict (const struct page *page)
{
  if (__builtin_expect (vmtrace_enabled, 0))
    vmtrace_emit (VMTRACE_EVICT, page, NULL, 0);
}

/* PAGE, of any process, was written to swap slot SLOT. */
static inline void
vmtrace_swap_out (const struct page *page, size_t slot)
{
  if (__builtin_expect (vmtrace_enabled, 0))
    vmtrace_emit (VMTRACE_SWAP_OUT, page, NULL, slot);
}

/* PAGE, of the running (child) process, now shares PAGE->frame with its
   parent's page, copy-on-write. */
static inline void
vmtrace_cow_share (const struct page *page)
{
  if (__builtin_expect (vmtrace_enabled, 0))
    vmtrace_emit (VMTRACE_SHARE, page, NULL, 0);
}

/* A write to PAGE gave it PAGE->frame, a copy of the frame it shared. */
static inline void
vmtrace_cow_copy (const struct page *page)
{
  if (__builtin_expect (vmtrace_enabled, 0))
    vmtrace_emit (VMTRACE_COW_COPY, page, NULL, 0);
}

/* The running process mapped PAGE_CNT pages of a file at ADDR. */
static inline void
vmtrace_mmap (const void *addr, size_t page_cnt)
{
  if (__builtin_expect (vmtrace_enabled, 0))
    vmtrace_emit (VMTRACE_MMAP, NULL, addr, page_cnt);
}

/* The running process is removing the PAGE_CNT-page mapping at ADDR. */
static inline void
vmtrace_munmap (const void *addr, size_t page_cnt)
{
  if (__builtin_expect (vmtrace_enabled, 0))
    vmtrace_emit (VMTRACE_MUNMAP, NULL, addr, page_cnt);
}

#endif /* vm/trace.h */

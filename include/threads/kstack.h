/* Kernel thread stacks, each with an unmapped guard page below it.

   Stacks live in their own region of kernel virtual memory (PML4 entry
   511, shared by every address space), one slot per thread: a guard
   page that is never mapped, then KSTACK_PAGES mapped pages.  Running off
   the bottom of a stack touches the guard page, and the double-fault
   handler (on its own stack) reports the overflow by thread name.

   Stacks start zeroed, which lets the kernel measure how deep each one
   went: a stack is measured when its thread exits, and for every live
   thread at power-off, which prints the deepest of
   all with the thread that went there ("Stack:" statistics line). */
#ifndef THREADS_KSTACK_H
#define THREADS_KSTACK_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "threads/vaddr.h"

/* Mapped pages per stack, and their bytes. */
#define KSTACK_PAGES 2
#define KSTACK_SIZE (KSTACK_PAGES * PGSIZE)

/* Start of the stack region. */
#define KSTACK_REGION 0xffffff8000000000ull

void kstack_init (void);
void *kstack_alloc (void);
void kstack_free (void *top);
bool kstack_is_guard (uint64_t addr);
size_t kstack_depth (const void *top);
void kstack_note_depth (const void *top, const char *owner);
void kstack_print_stats (void);

#endif /* threads/kstack.h */

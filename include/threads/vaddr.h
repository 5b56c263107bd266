/* Virtual addresses: page arithmetic, the user/kernel split, and the
   kernel's direct map of physical memory at KERN_BASE. */
#ifndef THREADS_VADDR_H
#define THREADS_VADDR_H

#include <debug.h>
#include <stdbool.h>
#include <stdint.h>
#include "threads/loader.h"

#define BITMASK(SHIFT, CNT) (((1ul << (CNT)) - 1) << (SHIFT))

#define PGSHIFT 0
#define PGBITS 12
#define PGSIZE (1 << PGBITS)
#define PGMASK BITMASK (PGSHIFT, PGBITS)

/* Offset of VA within its page. */
#define pg_ofs(VA) ((uint64_t) (VA) & PGMASK)
/* Page number of VA. */
#define pg_no(VA) ((uint64_t) (VA) >> PGBITS)
/* VA rounded up / down to a page boundary. */
#define pg_round_up(VA) ((void *) (((uint64_t) (VA) + PGSIZE - 1) & ~PGMASK))
#define pg_round_down(VA) ((void *) ((uint64_t) (VA) & ~PGMASK))

/* Initial top of a user stack. */
#define USER_STACK 0x47480000

/* User addresses lie below KERN_BASE. */
#define is_user_vaddr(VADDR) ((uint64_t) (VADDR) < KERN_BASE)
#define is_kernel_vaddr(VADDR) ((uint64_t) (VADDR) >= KERN_BASE)

/* Kernel virtual address at which physical address PADDR is mapped. */
#define ptov(PADDR) ((void *) ((uint64_t) (PADDR) + KERN_BASE))

/* Physical address that kernel virtual address VADDR maps to. */
#define vtop(VADDR) \
  ({ ASSERT (is_kernel_vaddr (VADDR)); (uint64_t) (VADDR) - KERN_BASE; })

#endif /* threads/vaddr.h */

/* x86-64 page-table entries.  A virtual address splits into four 9-bit
   table indexes and a 12-bit offset:

     63    48 47   39 38   30 29   21 20   12 11      0
     | sign  | PML4  | PDPT  |  PD   |  PT   | offset |
*/
#ifndef THREADS_PTE_H
#define THREADS_PTE_H

#include <stdint.h>

#define PML4SHIFT 39
#define PDPTSHIFT 30
#define PDSHIFT 21
#define PTSHIFT 12

#define PML4_INDEX(VA) (((uint64_t) (VA) >> PML4SHIFT) & 0x1ff)
#define PDPT_INDEX(VA) (((uint64_t) (VA) >> PDPTSHIFT) & 0x1ff)
#define PD_INDEX(VA) (((uint64_t) (VA) >> PDSHIFT) & 0x1ff)
#define PT_INDEX(VA) (((uint64_t) (VA) >> PTSHIFT) & 0x1ff)

#define PTE_P 0x1ull            /* Present. */
#define PTE_W 0x2ull            /* Writable. */
#define PTE_U 0x4ull            /* User accessible. */
#define PTE_A 0x20ull           /* Accessed. */
#define PTE_D 0x40ull           /* Dirty. */
#define PTE_PS 0x80ull          /* Large page (in a PD or PDPT). */
#define PTE_G 0x100ull          /* Global. */
#define PTE_NX (1ull << 63)     /* No execute. */
#define PTE_ADDR 0x000ffffffffff000ull  /* Frame address bits. */

#define PTE_FLAGS (~PTE_ADDR)

/* Physical address an entry points to. */
static inline uint64_t pte_addr (uint64_t pte) { return pte & PTE_ADDR; }

#endif /* threads/pte.h */

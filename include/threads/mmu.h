/* Page tables: the kernel's own, and per-process address spaces with the
   kernel mapped in.

   User pages live below 0x8000000000 (PML4 entry 0); PML4 entries 1-511
   map the kernel and are shared by every address space.  User addresses
   in [0x8000000000, KERN_BASE) cannot be mapped. */
#ifndef THREADS_MMU_H
#define THREADS_MMU_H

#include <stdbool.h>
#include <stdint.h>
#include "threads/pte.h"

/* Highest user address that can be mapped, plus one. */
#define USER_VADDR_LIMIT 0x8000000000ull

void paging_init (uint64_t mem_top, uint64_t *free_start);
extern uint64_t *base_pml4;

bool kernel_map_page (void *va, void *kpage);
void *kernel_unmap_page (void *va);
uint64_t *pml4e_walk (uint64_t *pml4, uint64_t va, bool create);
uint64_t *pml4_create (void);
void pml4_destroy (uint64_t *pml4);
void pml4_activate (uint64_t *pml4);

typedef bool pte_for_each_func (uint64_t *pte, void *va, void *aux);
bool pml4_for_each (uint64_t *pml4, pte_for_each_func *func, void *aux);

void *pml4_get_page (uint64_t *pml4, const void *upage);
bool pml4_set_page (uint64_t *pml4, void *upage, void *kpage, bool writable);
void pml4_clear_page (uint64_t *pml4, void *upage);
void pml4_set_exec (uint64_t *pml4, void *upage, bool executable);
bool pml4_is_dirty (uint64_t *pml4, const void *upage);
void pml4_set_dirty (uint64_t *pml4, const void *upage, bool dirty);
bool pml4_is_accessed (uint64_t *pml4, const void *upage);
void pml4_set_accessed (uint64_t *pml4, const void *upage, bool accessed);

#endif /* threads/mmu.h */

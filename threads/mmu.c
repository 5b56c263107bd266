/* Page tables.  The kernel's base page table maps all physical memory at
   KERN_BASE with 4 kB pages; every process page table shares its kernel
   half (PML4 entries 1-511) and has its own user half (entry 0). */

#include "threads/mmu.h"
#include <debug.h>
#include <string.h>
#include "threads/io.h"
#include "threads/kstack.h"
#include "threads/palloc.h"
#include "threads/vaddr.h"

#define ENTRIES 512
#define EFER_MSR 0xc0000080
#define EFER_NXE (1 << 11)
#define CR0_WP (1 << 16)

static void set_bit (uint64_t *pml4, const void *vpage, uint64_t bit,
                     bool value);

/* The boot stack's guard page, from start.S: never mapped. */
extern char boot_guard[];

/* Section boundaries, from the linker script. */
extern char __text_end[], __rodata_end[];

/* The kernel's page table, used by kernel threads. */
uint64_t *base_pml4;

/* During paging_init, page-table pages come from a bump pointer at the
   start of free memory (the page allocator does not exist yet). */
static uint64_t *bump_next;

static uint64_t *
alloc_table (bool early)
{
  uint64_t *table;

  if (early)
    {
      table = bump_next;
      bump_next += ENTRIES;
    }
  else
    {
      table = palloc_get_page (0);
      if (table == NULL)
        return NULL;
    }
  memset (table, 0, PGSIZE);
  return table;
}

/* Returns the table that ENTRY points to, creating it (with intermediate
   flags FLAGS) if CREATE, else NULL if absent. */
static uint64_t *
next_level (uint64_t *entry, bool create, bool early, uint64_t flags)
{
  if (!(*entry & PTE_P))
    {
      uint64_t *table;

      if (!create || (table = alloc_table (early)) == NULL)
        return NULL;
      *entry = vtop (table) | flags;
    }
  return ptov (pte_addr (*entry));
}

/* Finds the last-level entry for VA in PML4.  With CREATE, missing
   tables are allocated; returns NULL if they are missing (or cannot be
   allocated).  User addresses at or above USER_VADDR_LIMIT have no
   entries of their own and give NULL. */
static uint64_t *
walk (uint64_t *pml4, uint64_t va, bool create, bool early)
{
  uint64_t flags = PTE_P | PTE_W | (is_user_vaddr (va) ? PTE_U : 0);
  uint64_t *pdpt, *pd, *pt;

  if (is_user_vaddr (va) && va >= USER_VADDR_LIMIT)
    return NULL;
  pdpt = next_level (&pml4[PML4_INDEX (va)], create, early, flags);
  if (pdpt == NULL)
    return NULL;
  pd = next_level (&pdpt[PDPT_INDEX (va)], create, early, flags);
  if (pd == NULL)
    return NULL;
  pt = next_level (&pd[PD_INDEX (va)], create, early, flags);
  if (pt == NULL)
    return NULL;
  return &pt[PT_INDEX (va)];
}

uint64_t *
pml4e_walk (uint64_t *pml4, uint64_t va, bool create)
{
  return walk (pml4, va, create, false);
}

/* Flags for the direct-map page at physical PA: kernel text is
   read-only and executable, read-only data read-only, and everything
   else writable and not executable. */
static uint64_t
kernel_page_flags (uint64_t pa)
{
  uint64_t text_end = vtop (__text_end);
  uint64_t rodata_end = vtop (__rodata_end);

  if (pa >= LOADER_KERNEL_PHYS && pa < text_end)
    return PTE_P | PTE_G;
  if (pa >= text_end && pa < rodata_end)
    return PTE_P | PTE_G | PTE_NX;
  return PTE_P | PTE_W | PTE_G | PTE_NX;
}

/* Builds the kernel page table mapping physical [0, MEM_TOP) at
   KERN_BASE (kernel text read-only, all else no-execute), taking its
   pages from *FREE_START (advanced past them), turns on no-execute
   support and write protection in ring 0, and switches to it. */
void
paging_init (uint64_t mem_top, uint64_t *free_start)
{
  uint64_t guard = vtop (boot_guard);
  uint64_t pa;

  bump_next = ptov (pg_round_up (*free_start));
  base_pml4 = alloc_table (true);
  for (pa = 0; pa < mem_top; pa += PGSIZE)
    {
      uint64_t *pte = walk (base_pml4, (uint64_t) ptov (pa), true, true);
      if (pa != guard)
        *pte = pa | kernel_page_flags (pa);
    }

  /* The stack region's top-level entry must exist before any address
     space copies the kernel's top level. */
  walk (base_pml4, KSTACK_REGION, true, true);
  *free_start = vtop (bump_next);

  wrmsr (EFER_MSR, rdmsr (EFER_MSR) | EFER_NXE);
  asm volatile ("mov %%cr0, %%rax; or %0, %%rax; mov %%rax, %%cr0"
                : : "i" (CR0_WP) : "rax");
  pml4_activate (NULL);
}

/* Maps the kernel page KPAGE at kernel virtual address VA (outside the
   direct map, e.g. a thread stack), writable and not executable, in
   every address space.  Returns false if a page table cannot be had. */
bool
kernel_map_page (void *va, void *kpage)
{
  uint64_t *pte = walk (base_pml4, (uint64_t) va, true, false);

  ASSERT (pg_ofs (va) == 0 && is_kernel_vaddr (va));
  if (pte == NULL)
    return false;
  *pte = vtop (kpage) | PTE_P | PTE_W | PTE_G | PTE_NX;
  return true;
}

/* Unmaps the kernel page at VA and returns the page it mapped. */
void *
kernel_unmap_page (void *va)
{
  uint64_t *pte = walk (base_pml4, (uint64_t) va, false, false);
  void *kpage;

  ASSERT (pte != NULL && (*pte & PTE_P));
  kpage = ptov (pte_addr (*pte));
  *pte = 0;
  asm volatile ("invlpg (%0)" : : "r" (va) : "memory");
  return kpage;
}

/* Creates a new address space: an empty user half and the kernel
   mapped.  Returns NULL if out of memory. */
uint64_t *
pml4_create (void)
{
  uint64_t *pml4 = palloc_get_page (0);

  if (pml4 == NULL)
    return NULL;
  memcpy (pml4, base_pml4, PGSIZE);
  pml4[0] = 0;
  return pml4;
}

/* Frees the page-table pages of TABLE at LEVEL (3 = PDPT ... 1 = PT)
   and below, but not the frames they map. */
static void
free_tables (uint64_t *table, int level)
{
  int i;

  if (level > 1)
    for (i = 0; i < ENTRIES; i++)
      if (table[i] & PTE_P)
        free_tables (ptov (pte_addr (table[i])), level - 1);
  palloc_free_page (table);
}

/* Destroys PML4's user half and PML4 itself.  The frames it mapped belong
   to their owners and are not freed. */
void
pml4_destroy (uint64_t *pml4)
{
  if (pml4 == NULL)
    return;
  ASSERT (pml4 != base_pml4);
  if (pml4[0] & PTE_P)
    free_tables (ptov (pte_addr (pml4[0])), 3);
  palloc_free_page (pml4);
}

/* Loads PML4 (or the kernel's, if NULL) into the CPU, unless it is
   already loaded (reloading would flush the TLB for nothing). */
void
pml4_activate (uint64_t *pml4)
{
  uint64_t cr3 = vtop (pml4 != NULL ? pml4 : base_pml4);

  if (rcr3 () != cr3)
    lcr3 (cr3);
}

/* Calls FUNC (PTE, VA, AUX) for each present user page in PML4 in
   address order; stops and returns false when FUNC does. */
bool
pml4_for_each (uint64_t *pml4, pte_for_each_func *func, void *aux)
{
  uint64_t *pdpt, *pd, *pt;
  int i, j, k;

  if (!(pml4[0] & PTE_P))
    return true;
  pdpt = ptov (pte_addr (pml4[0]));
  for (i = 0; i < ENTRIES; i++)
    {
      if (!(pdpt[i] & PTE_P))
        continue;
      pd = ptov (pte_addr (pdpt[i]));
      for (j = 0; j < ENTRIES; j++)
        {
          if (!(pd[j] & PTE_P))
            continue;
          pt = ptov (pte_addr (pd[j]));
          for (k = 0; k < ENTRIES; k++)
            if (pt[k] & PTE_P)
              {
                uint64_t va = ((uint64_t) i << PDPTSHIFT)
                              | ((uint64_t) j << PDSHIFT)
                              | ((uint64_t) k << PTSHIFT);
                if (!func (&pt[k], (void *) va, aux))
                  return false;
              }
        }
    }
  return true;
}

/* Drops VA's translation from the TLB if PML4 is the active table. */
static void
invalidate (uint64_t *pml4, const void *va)
{
  if (rcr3 () == vtop (pml4))
    asm volatile ("invlpg (%0)" : : "r" (va) : "memory");
}

/* The kernel virtual address of the byte UADDR maps to in PML4, or NULL
   if it is not mapped. */
void *
pml4_get_page (uint64_t *pml4, const void *uaddr)
{
  uint64_t *pte;

  ASSERT (is_user_vaddr (uaddr));
  pte = walk (pml4, (uint64_t) uaddr, false, false);
  if (pte == NULL || !(*pte & PTE_P))
    return NULL;
  return (uint8_t *) ptov (pte_addr (*pte)) + pg_ofs (uaddr);
}

/* Maps user page UPAGE to the frame at kernel address KPAGE in PML4,
   writable if WRITABLE, not executable (see pml4_set_exec).  Returns false if a page table could not be
   allocated or UPAGE cannot be mapped. */
bool
pml4_set_page (uint64_t *pml4, void *upage, void *kpage, bool writable)
{
  uint64_t *pte;

  ASSERT (pg_ofs (upage) == 0);
  ASSERT (pg_ofs (kpage) == 0);
  ASSERT (is_user_vaddr (upage));
  ASSERT (pml4 != base_pml4);

  pte = walk (pml4, (uint64_t) upage, true, false);
  if (pte == NULL)
    return false;
  *pte = vtop (kpage) | PTE_P | PTE_U | PTE_NX | (writable ? PTE_W : 0);
  invalidate (pml4, upage);
  return true;
}

/* Makes UPAGE in PML4 executable or not (the NX bit). */
void
pml4_set_exec (uint64_t *pml4, void *upage, bool executable)
{
  set_bit (pml4, upage, PTE_NX, !executable);
}

/* Marks UPAGE not present in PML4.  Later accesses fault. */
void
pml4_clear_page (uint64_t *pml4, void *upage)
{
  uint64_t *pte;

  ASSERT (pg_ofs (upage) == 0);
  ASSERT (is_user_vaddr (upage));

  pte = walk (pml4, (uint64_t) upage, false, false);
  if (pte != NULL && (*pte & PTE_P))
    {
      *pte &= ~PTE_P;
      invalidate (pml4, upage);
    }
}

/* Reads or sets bit BIT of VPAGE's entry in PML4. */
static bool
test_bit (uint64_t *pml4, const void *vpage, uint64_t bit)
{
  uint64_t *pte = walk (pml4, (uint64_t) vpage, false, false);

  return pte != NULL && (*pte & bit) != 0;
}

static void
set_bit (uint64_t *pml4, const void *vpage, uint64_t bit, bool value)
{
  uint64_t *pte = walk (pml4, (uint64_t) vpage, false, false);

  if (pte == NULL)
    return;
  if (value)
    *pte |= bit;
  else
    *pte &= ~bit;
  invalidate (pml4, vpage);
}

bool
pml4_is_dirty (uint64_t *pml4, const void *vpage)
{
  return test_bit (pml4, vpage, PTE_D);
}

void
pml4_set_dirty (uint64_t *pml4, const void *vpage, bool dirty)
{
  set_bit (pml4, vpage, PTE_D, dirty);
}

bool
pml4_is_accessed (uint64_t *pml4, const void *vpage)
{
  return test_bit (pml4, vpage, PTE_A);
}

void
pml4_set_accessed (uint64_t *pml4, const void *vpage, bool accessed)
{
  set_bit (pml4, vpage, PTE_A, accessed);
}

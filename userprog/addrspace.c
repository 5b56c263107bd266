/* A process's user address space, loaded eagerly: every page of every
   segment gets a frame from the user pool at load time, and fork copies
   every page. */

#include "userprog/addrspace.h"
#include <string.h>
#include "filesys/file.h"
#include "threads/mmu.h"
#include "threads/palloc.h"
#include "threads/vaddr.h"

/* Returns the frame mapped at UPAGE in PML4, mapping a zeroed one if
   there is none yet; with WRITABLE, makes the mapping writable (two
   segments may share a page).  Returns NULL if out of memory. */
static uint8_t *
frame_at (uint64_t *pml4, void *upage, bool writable)
{
  uint8_t *kpage = pml4_get_page (pml4, upage);
  uint64_t *pte;

  if (kpage != NULL)
    {
      if (writable && (pte = pml4e_walk (pml4, (uint64_t) upage, false)))
        *pte |= PTE_W;
      return kpage;
    }
  kpage = palloc_get_page (PAL_USER | PAL_ZERO);
  if (kpage == NULL)
    return NULL;
  if (!pml4_set_page (pml4, upage, kpage, writable))
    {
      palloc_free_page (kpage);
      return NULL;
    }
  return kpage;
}

/* Maps the segment at VADDR of MEM_SIZE bytes, whose first FILE_SIZE
   bytes come from FILE at OFFSET and the rest are zero. */
bool
load_segment (uint64_t *pml4, struct file *file, off_t offset,
              uint64_t vaddr, uint64_t file_size, uint64_t mem_size,
              bool writable)
{
  uint64_t addr = vaddr;
  uint64_t end = vaddr + mem_size;
  uint64_t file_end = vaddr + file_size;

  while (addr < end)
    {
      void *upage = pg_round_down ((void *) addr);
      uint64_t page_end = (uint64_t) upage + PGSIZE;
      uint8_t *kpage = frame_at (pml4, upage, writable);

      if (kpage == NULL)
        return false;
      if (addr < file_end)
        {
          size_t n = (file_end < page_end ? file_end : page_end) - addr;
          if (file_read_at (file, kpage + pg_ofs (addr), n,
                            offset + (addr - vaddr)) != (off_t) n)
            return false;
        }
      addr = page_end;
    }
  return true;
}

/* Maps the first stack page, just below USER_STACK, and returns its
   kernel address, or NULL if out of memory. */
void *
stack_setup (uint64_t *pml4)
{
  return frame_at (pml4, (uint8_t *) USER_STACK - PGSIZE, true);
}

/* Copies one page of the source address space into DST (AUX). */
static bool
copy_page (uint64_t *pte, void *va, void *dst_)
{
  uint64_t *dst = dst_;
  uint8_t *kpage = palloc_get_page (PAL_USER);

  if (kpage == NULL)
    return false;
  memcpy (kpage, ptov (pte_addr (*pte)), PGSIZE);
  if (!pml4_set_page (dst, va, kpage, (*pte & PTE_W) != 0))
    {
      palloc_free_page (kpage);
      return false;
    }
  return true;
}

/* Copies every user page of SRC into the empty DST.  On failure DST
   holds a partial copy for the caller to destroy. */
bool
address_space_copy (uint64_t *dst, uint64_t *src)
{
  return pml4_for_each (src, copy_page, dst);
}

static bool
free_frame (uint64_t *pte, void *va, void *aux)
{
  palloc_free_page (ptov (pte_addr (*pte)));
  return true;
}

/* Frees every user frame of PML4 and PML4 itself.  PML4 must not be
   active. */
void
address_space_destroy (uint64_t *pml4)
{
  if (pml4 == NULL)
    return;
  pml4_for_each (pml4, free_frame, NULL);
  pml4_destroy (pml4);
}

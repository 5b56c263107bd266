/* FILE pages: pages of a file mapped with mmap.  Read from the file on
   the first fault and after eviction; written back only when dirty, and
   only the bytes that exist in the file. */
#ifndef VM_FILE_H
#define VM_FILE_H

#include <stdbool.h>
#include <stddef.h>
#include <list.h>
#include "filesys/off_t.h"

struct page;
struct file;
struct supplemental_page_table;

/* Set by the owner when the page becomes FILE, fixed after that (the
   evictor reads it while the page's frame is busy). */
struct file_page
  {
    struct file *file;          /* Own handle on the mapped file. */
    off_t offset;               /* Offset in the file of the page. */
    size_t read_bytes;          /* Bytes of the file in the page. */
  };

/* One mmap: the pages [ADDR, ADDR + PAGE_CNT * PGSIZE).  Owned and
   changed only by its process (a forked child reads the parent's while
   the parent is blocked in fork). */
struct mmap_region
  {
    void *addr;
    size_t page_cnt;
    struct list_elem elem;      /* In the supplemental page table. */
  };

void vm_file_init (void);
bool file_backed_initializer (struct page *page, int type, void *kva);
void *do_mmap (void *addr, size_t length, int writable, struct file *file,
               off_t offset);
void do_munmap (void *addr);
bool mmap_copy_regions (struct supplemental_page_table *dst,
                        struct supplemental_page_table *src);
void mmap_kill_regions (struct supplemental_page_table *spt);

#endif /* vm/file.h */

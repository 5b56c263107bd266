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
    struct file *file;          /* The mapped file. */
    struct mmap_region *region; /* Its mapping, which owns FILE; or NULL
                                   if the page owns FILE itself. */
    off_t offset;               /* Offset in the file of the page. */
    size_t read_bytes;          /* Bytes of the file in the page. */
    struct list_elem region_elem; /* In REGION's pages, if REGION. */
  };

/* A range [ADDR, ADDR + PAGE_CNT * PGSIZE) of an address space whose
   untouched pages exist only as this record: an mmap (FILE is the
   mapping's one handle on the file) or the inner pages of a program's
   bss (FILE is NULL: zero-filled ANON pages).  The first fault on a
   page of it creates the page.  So a mapping costs the same whatever
   its length until it is touched.  Owned and changed only by its
   process (a forked child reads the parent's while the parent is
   blocked in fork). */
struct mmap_region
  {
    void *addr;
    size_t page_cnt;
    struct file *file;          /* Own handle, or NULL for zeros. */
    off_t offset;               /* Offset in FILE of ADDR. */
    off_t file_len;             /* FILE's length when it was mapped. */
    bool writable;
    bool executable;
    struct list pages;          /* Pages made so far (FILE only). */
    struct list_elem elem;      /* In the supplemental page table. */
  };

void vm_file_init (void);
bool file_backed_initializer (struct page *page, int type, void *kva);
void *do_mmap (void *addr, size_t length, int writable, struct file *file,
               off_t offset);
void do_munmap (void *addr);
bool mmap_add_zero_region (void *addr, size_t page_cnt, bool writable,
                           bool executable);
struct page *mmap_page_create (struct supplemental_page_table *spt,
                               void *va);
bool mmap_copy_regions (struct supplemental_page_table *dst,
                        struct supplemental_page_table *src);
void mmap_kill_regions (struct supplemental_page_table *spt);

#endif /* vm/file.h */

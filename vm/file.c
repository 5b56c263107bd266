/* FILE pages, mmap, and the regions that stand for untouched pages.

   Life story of a FILE page of a mapping: do_mmap records only the
   region; the first fault on a page of it creates the page, already
   FILE, and reads its part of the file (the tail past end of file reads
   as zeros); eviction writes it back if it is dirty and simply drops it
   if clean; the next fault reads it again; munmap or exit destroys it,
   writing it back if dirty.  Only the bytes that exist in the file are
   ever written, so a mapping never grows its file.  (A FILE page made
   through vm_alloc_page_with_initializer is born UNINIT instead and
   owns a handle of its own.)

   A mapping holds one handle on the file (a reopened struct file),
   shared by its pages, so it outlives close and even remove of the
   file. */

#include "vm/vm.h"
#include <round.h>
#include <string.h>
#include "filesys/file.h"
#include "threads/malloc.h"
#include "threads/mmu.h"
#include "threads/thread.h"
#include "threads/vaddr.h"
#include "userprog/usermem.h"
#include "vm/trace.h"

static bool file_backed_swap_in (struct page *page, void *kva);
static bool file_backed_reserve (struct page *page, struct page *lead);
static void file_backed_swap_out (struct page *page);
static bool file_backed_duplicate (struct page *dst,
                                   const struct page *src);
static void file_backed_destroy (struct page *page);
static struct mmap_region *find_region (struct supplemental_page_table *spt,
                                        const void *va);

/* Mappings write back to their file, so a fork copies resident pages
   rather than sharing them. */
static const struct page_operations file_ops =
  {
    .swap_in = file_backed_swap_in,
    .reserve = file_backed_reserve,
    .swap_out = file_backed_swap_out,
    .duplicate = file_backed_duplicate,
    .destroy = file_backed_destroy,
    .cow = false,
    .type = VM_FILE,
  };

void
vm_file_init (void)
{
}

/* Turns the UNINIT page PAGE into a FILE page, taking over the file
   handle of its page_load aux (range 0 says where in the file the page
   is).  Zeroes the frame at KVA; the aux's initializer reads the file. */
bool
file_backed_initializer (struct page *page, int type UNUSED, void *kva)
{
  struct page_load *load = page->uninit.aux;
  struct file_page fp;

  fp.file = file_reopen (load->file);
  if (fp.file == NULL)
    return false;
  fp.region = NULL;
  fp.offset = load->ranges[0].file_ofs;
  fp.read_bytes = load->range_cnt > 0 ? load->ranges[0].length : 0;

  page->operations = &file_ops;
  page->file = fp;
  memset (kva, 0, PGSIZE);
  return true;
}

/* Reads PAGE's part of the file into KVA, zeroing the rest. */
static bool
file_backed_swap_in (struct page *page, void *kva)
{
  struct file_page *fp = &page->file;

  if (file_read_at (fp->file, kva, fp->read_bytes, fp->offset)
      != (off_t) fp->read_bytes)
    return false;
  memset ((uint8_t *) kva + fp->read_bytes, 0, PGSIZE - fp->read_bytes);
  return true;
}

/* Writes PAGE back to its file if it is dirty, and clears its dirty
   bit.  KVA is its frame. */
static void
write_back (struct page *page, void *kva)
{
  struct file_page *fp = &page->file;

  if (page->pml4 == NULL || !pml4_is_dirty (page->pml4, page->va))
    return;
  file_write_at (fp->file, kva, fp->read_bytes, fp->offset);
  pml4_set_dirty (page->pml4, page->va, false);
  vm_stats_bump (&vm_stats.write_backs);
}

/* The file always has room for the page. */
static bool
file_backed_reserve (struct page *page UNUSED, struct page *lead UNUSED)
{
  return true;
}

/* Eviction: a dirty page goes back to its file, a clean one is just
   dropped (the file still has it). */
static void
file_backed_swap_out (struct page *page)
{
  write_back (page, page->frame->kva);
}

/* Fork: DST uses the handle of the child's copy of SRC's mapping (made
   before the pages are copied), or gets its own. */
static bool
file_backed_duplicate (struct page *dst, const struct page *src)
{
  dst->file = src->file;
  if (src->file.region != NULL)
    {
      dst->file.region = find_region (&thread_current ()->spt, src->va);
      ASSERT (dst->file.region != NULL);
      dst->file.file = dst->file.region->file;
      list_push_back (&dst->file.region->pages, &dst->file.region_elem);
      return true;
    }
  dst->file.file = file_reopen (src->file.file);
  return dst->file.file != NULL;
}

/* Writes PAGE back if it is resident and dirty (its frame is pinned by
   the caller) and closes its handle if it has its own. */
static void
file_backed_destroy (struct page *page)
{
  if (page->frame != NULL)
    write_back (page, page->frame->kva);
  if (page->file.region != NULL)
    list_remove (&page->file.region_elem);
  else
    file_close (page->file.file);
}

/* The region of SPT that holds VA, or NULL. */
static struct mmap_region *
find_region (struct supplemental_page_table *spt, const void *va)
{
  struct list_elem *e;

  for (e = list_begin (&spt->mmaps); e != list_end (&spt->mmaps);
       e = list_next (e))
    {
      struct mmap_region *r = list_entry (e, struct mmap_region, elem);
      if ((const uint8_t *) va >= (uint8_t *) r->addr
          && (const uint8_t *) va < (uint8_t *) r->addr + r->page_cnt * PGSIZE)
        return r;
    }
  return NULL;
}

/* True if no page of SPT lies in [ADDR, END): by looking up each page
   of the range, or, if the table has fewer pages than that, each page
   of the table. */
static bool
no_page_in (struct supplemental_page_table *spt, uint8_t *addr,
            uint8_t *end)
{
  struct hash_iterator i;
  uint8_t *upage;

  if ((size_t) (end - addr) / PGSIZE <= hash_size (&spt->pages))
    {
      for (upage = addr; upage < end; upage += PGSIZE)
        if (spt_find_page (spt, upage) != NULL)
          return false;
      return true;
    }
  hash_first (&i, &spt->pages);
  while (hash_next (&i))
    {
      struct page *p = hash_entry (hash_cur (&i), struct page, spt_elem);
      if ((uint8_t *) p->va >= addr && (uint8_t *) p->va < end)
        return false;
    }
  return true;
}

/* True if no page and no region of SPT lies in the PAGE_CNT pages at
   ADDR. */
static bool
range_is_free (struct supplemental_page_table *spt, void *addr,
               size_t page_cnt)
{
  uint8_t *end = (uint8_t *) addr + page_cnt * PGSIZE;
  struct list_elem *e;

  for (e = list_begin (&spt->mmaps); e != list_end (&spt->mmaps);
       e = list_next (e))
    {
      struct mmap_region *r = list_entry (e, struct mmap_region, elem);
      if ((uint8_t *) r->addr < end
          && (uint8_t *) addr < (uint8_t *) r->addr + r->page_cnt * PGSIZE)
        return false;
    }
  return no_page_in (spt, addr, end);
}

/* Records a region of PAGE_CNT pages at ADDR in the running process,
   backed by FILE (taken over) from OFFSET, or zero-filled if FILE is
   NULL.  Returns it, or NULL if out of memory. */
static struct mmap_region *
add_region (void *addr, size_t page_cnt, struct file *file, off_t offset,
            bool writable, bool executable)
{
  struct mmap_region *r = malloc (sizeof *r);

  if (r == NULL)
    return NULL;
  r->addr = addr;
  r->page_cnt = page_cnt;
  r->file = file;
  r->offset = offset;
  r->file_len = file != NULL ? file_length (file) : 0;
  r->writable = writable;
  r->executable = executable;
  list_init (&r->pages);
  list_push_back (&thread_current ()->spt.mmaps, &r->elem);
  return r;
}

/* Maps LENGTH bytes of FILE from OFFSET at ADDR, WRITABLE or not, in the
   running process.  Returns ADDR, or NULL if the arguments are bad (see
   SPEC: null or unaligned ADDR, unaligned OFFSET, zero LENGTH, a range
   that reaches kernel space or overlaps any page) or memory is short.
   FILE stays the caller's; the mapping holds its own handle.  No page
   is made until it is touched. */
void *
do_mmap (void *addr, size_t length, int writable, struct file *file,
         off_t offset)
{
  struct supplemental_page_table *spt = &thread_current ()->spt;
  size_t page_cnt;
  struct file *handle;

  if (addr == NULL || pg_ofs (addr) != 0 || offset < 0
      || pg_ofs (offset) != 0 || length == 0 || file_length (file) <= 0)
    return NULL;
  if (!user_range_ok (addr, length))
    return NULL;
  page_cnt = DIV_ROUND_UP (length, PGSIZE);
  if (!user_range_ok (addr, page_cnt * PGSIZE)
      || !range_is_free (spt, addr, page_cnt))
    return NULL;
  handle = file_reopen (file);
  if (handle == NULL)
    return NULL;
  if (add_region (addr, page_cnt, handle, offset, writable, false) == NULL)
    {
      file_close (handle);
      return NULL;
    }
  vmtrace_mmap (addr, page_cnt);
  return addr;
}

/* Records the PAGE_CNT pages at ADDR of the running process as
   zero-filled ANON pages made on their first fault (a program's bss).
   Returns false if they overlap a page or out of memory. */
bool
mmap_add_zero_region (void *addr, size_t page_cnt, bool writable,
                      bool executable)
{
  return range_is_free (&thread_current ()->spt, addr, page_cnt)
         && add_region (addr, page_cnt, NULL, 0, writable,
                        executable) != NULL;
}

/* Makes the FILE page at UPAGE of mapping R in SPT, not resident.
   Returns it, or NULL if out of memory. */
static struct page *
file_page_create (struct supplemental_page_table *spt,
                  struct mmap_region *r, void *upage)
{
  struct page *page = malloc (sizeof *page);
  int64_t ofs = r->offset + ((uint8_t *) upage - (uint8_t *) r->addr);

  if (page == NULL)
    return NULL;
  page->operations = &file_ops;
  page->va = upage;
  page->frame = NULL;
  page->pml4 = thread_current ()->pml4;
  page->writable = r->writable;
  page->executable = false;
  page->file.file = r->file;
  page->file.region = r;
  /* Pages wholly past the end of the file (even past the largest
     offset) read as zeros and are never written. */
  page->file.offset = ofs >= r->file_len ? r->file_len : ofs;
  page->file.read_bytes = ofs >= r->file_len ? 0
                          : r->file_len - ofs < PGSIZE ? r->file_len - ofs
                          : PGSIZE;
  if (!spt_insert_page (spt, page))
    {
      free (page);
      return NULL;
    }
  list_push_back (&r->pages, &page->file.region_elem);
  return page;
}

/* Makes the page at VA of SPT, the running process's, if a region
   stands for it: a FILE page of a mapping or a zero-filled ANON page.
   Returns the page, not resident yet, or NULL if no region holds VA or
   memory is short. */
struct page *
mmap_page_create (struct supplemental_page_table *spt, void *va)
{
  struct mmap_region *r = find_region (spt, va);
  void *upage = pg_round_down (va);
  struct page *page;

  if (r == NULL || spt_find_page (spt, upage) != NULL)
    return NULL;
  if (r->file != NULL)
    return file_page_create (spt, r, upage);
  if (!vm_alloc_page (VM_ANON, upage, r->writable))
    return NULL;
  page = spt_find_page (spt, upage);
  page->executable = r->executable;
  return page;
}

/* Removes REGION's pages, writing dirty ones back, and REGION.  The
   pages of a zero region are left to the caller (exit destroys every
   page). */
static void
unmap_region (struct supplemental_page_table *spt,
              struct mmap_region *region)
{
  if (region->file != NULL)
    {
      vmtrace_munmap (region->addr, region->page_cnt);
      while (!list_empty (&region->pages))
        spt_remove_page (spt, list_entry (list_front (&region->pages),
                                          struct page, file.region_elem));
      file_close (region->file);
    }
  list_remove (&region->elem);
  free (region);
}

/* Unmaps the mapping of the running process that starts at ADDR, if
   any. */
void
do_munmap (void *addr)
{
  struct supplemental_page_table *spt = &thread_current ()->spt;
  struct mmap_region *region = find_region (spt, addr);

  if (region != NULL && region->addr == addr && region->file != NULL)
    unmap_region (spt, region);
}

/* Gives DST, the running (child) process's table, a copy of SRC's
   regions, each mapping with its own handle (fork; the pages made so
   far are copied with the rest of the table, after this).  Returns
   false if out of memory. */
bool
mmap_copy_regions (struct supplemental_page_table *dst,
                   struct supplemental_page_table *src)
{
  struct list_elem *e;

  ASSERT (dst == &thread_current ()->spt);
  for (e = list_begin (&src->mmaps); e != list_end (&src->mmaps);
       e = list_next (e))
    {
      struct mmap_region *r = list_entry (e, struct mmap_region, elem);
      struct mmap_region *copy;
      struct file *handle = NULL;

      if (r->file != NULL && (handle = file_reopen (r->file)) == NULL)
        return false;
      copy = add_region (r->addr, r->page_cnt, handle, r->offset,
                         r->writable, r->executable);
      if (copy == NULL)
        {
          if (handle != NULL)
            file_close (handle);
          return false;
        }
      copy->file_len = r->file_len;
    }
  return true;
}

/* Unmaps every region of SPT (exit). */
void
mmap_kill_regions (struct supplemental_page_table *spt)
{
  while (!list_empty (&spt->mmaps))
    unmap_region (spt, list_entry (list_front (&spt->mmaps),
                                   struct mmap_region, elem));
}

/* FILE pages and mmap.

   Life story of a FILE page: born UNINIT by do_mmap; its first fault
   reads its part of the file (the tail past end of file reads as zeros);
   eviction writes it back if it is dirty and simply drops it if clean;
   the next fault reads it again; munmap or exit destroys it, writing it
   back if dirty.  Only the bytes that exist in the file are ever written,
   so a mapping never grows its file.

   Each page holds its own handle on the file (a reopened struct file),
   so a mapping outlives close and even remove of the file. */

#include "vm/vm.h"
#include <round.h>
#include <string.h>
#include "filesys/file.h"
#include "threads/malloc.h"
#include "threads/mmu.h"
#include "threads/thread.h"
#include "threads/vaddr.h"
#include "userprog/usermem.h"

static bool file_backed_swap_in (struct page *page, void *kva);
static bool file_backed_reserve (struct page *page, struct page *lead);
static void file_backed_swap_out (struct page *page);
static bool file_backed_duplicate (struct page *dst,
                                   const struct page *src);
static void file_backed_destroy (struct page *page);

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

/* Fork: DST gets its own handle on the file. */
static bool
file_backed_duplicate (struct page *dst, const struct page *src)
{
  dst->file = src->file;
  dst->file.file = file_reopen (src->file.file);
  return dst->file.file != NULL;
}

/* Writes PAGE back if it is resident and dirty (its frame is pinned by
   the caller) and closes its handle. */
static void
file_backed_destroy (struct page *page)
{
  if (page->frame != NULL)
    write_back (page, page->frame->kva);
  file_close (page->file.file);
}

/* Maps LENGTH bytes of FILE from OFFSET at ADDR, WRITABLE or not, in the
   running process.  Returns ADDR, or NULL if the arguments are bad (see
   SPEC: null or unaligned ADDR, unaligned OFFSET, zero LENGTH, a range
   that reaches kernel space or overlaps any page) or memory is short.
   FILE stays the caller's; the mapping holds its own handles. */
void *
do_mmap (void *addr, size_t length, int writable, struct file *file,
         off_t offset)
{
  struct supplemental_page_table *spt = &thread_current ()->spt;
  struct mmap_region *region;
  off_t file_len = file_length (file);
  size_t page_cnt, i;
  uint8_t *upage;

  if (addr == NULL || pg_ofs (addr) != 0 || offset < 0
      || pg_ofs (offset) != 0 || length == 0 || file_len <= 0)
    return NULL;
  if (!user_range_ok (addr, length))
    return NULL;
  page_cnt = DIV_ROUND_UP (length, PGSIZE);
  if (!user_range_ok (addr, page_cnt * PGSIZE))
    return NULL;
  for (i = 0; i < page_cnt; i++)
    if (spt_find_page (spt, (uint8_t *) addr + i * PGSIZE) != NULL)
      return NULL;

  region = malloc (sizeof *region);
  if (region == NULL)
    return NULL;
  region->addr = addr;
  region->page_cnt = 0;
  list_push_back (&spt->mmaps, &region->elem);

  for (i = 0, upage = addr; i < page_cnt; i++, upage += PGSIZE)
    {
      int64_t ofs = (int64_t) offset + (int64_t) i * PGSIZE;
      struct page_load *load = calloc (1, sizeof *load);

      if (load == NULL || (load->file = file_reopen (file)) == NULL)
        {
          free (load);
          goto fail;
        }
      /* Pages wholly past the end of the file (even past the largest
         offset) read as zeros and are never written. */
      load->range_cnt = 1;
      load->ranges[0].file_ofs = ofs >= file_len ? file_len : ofs;
      load->ranges[0].page_ofs = 0;
      load->ranges[0].length = ofs >= file_len ? 0
                               : file_len - ofs < PGSIZE ? file_len - ofs
                               : PGSIZE;
      if (!vm_alloc_page_with_initializer (VM_FILE, upage, writable,
                                           page_load_read, load))
        {
          page_load_free (load);
          goto fail;
        }
      region->page_cnt++;
    }
  return addr;

 fail:
  do_munmap (addr);
  return NULL;
}

/* Removes REGION's pages, writing dirty ones back, and REGION. */
static void
unmap_region (struct supplemental_page_table *spt,
              struct mmap_region *region)
{
  size_t i;

  for (i = 0; i < region->page_cnt; i++)
    {
      struct page *page = spt_find_page (spt, (uint8_t *) region->addr
                                              + i * PGSIZE);
      if (page != NULL)
        spt_remove_page (spt, page);
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
  struct list_elem *e;

  for (e = list_begin (&spt->mmaps); e != list_end (&spt->mmaps);
       e = list_next (e))
    {
      struct mmap_region *region = list_entry (e, struct mmap_region, elem);
      if (region->addr == addr)
        {
          unmap_region (spt, region);
          return;
        }
    }
}

/* Gives DST a copy of SRC's mapping records (fork; the pages themselves
   are copied with the rest of the table).  Returns false if out of
   memory. */
bool
mmap_copy_regions (struct supplemental_page_table *dst,
                   struct supplemental_page_table *src)
{
  struct list_elem *e;

  for (e = list_begin (&src->mmaps); e != list_end (&src->mmaps);
       e = list_next (e))
    {
      struct mmap_region *r = list_entry (e, struct mmap_region, elem);
      struct mmap_region *copy = malloc (sizeof *copy);

      if (copy == NULL)
        return false;
      *copy = *r;
      list_push_back (&dst->mmaps, &copy->elem);
    }
  return true;
}

/* Unmaps every mapping of SPT (exit). */
void
mmap_kill_regions (struct supplemental_page_table *spt)
{
  while (!list_empty (&spt->mmaps))
    unmap_region (spt, list_entry (list_front (&spt->mmaps),
                                   struct mmap_region, elem));
}

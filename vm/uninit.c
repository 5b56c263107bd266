/* UNINIT pages: the state of every page before its first fault.

   Life story: born here by vm_alloc_page_with_initializer; the first
   fault calls uninit_initialize, which turns the page into its real type
   (ANON or FILE) and fills it; or it dies untouched, when its aux is
   freed. */

#include "vm/vm.h"
#include <string.h>
#include "filesys/file.h"
#include "threads/malloc.h"
#include "threads/vaddr.h"
#include "vm/trace.h"

static bool uninit_initialize (struct page *page, void *kva);
static bool uninit_reserve (struct page *page, struct page *lead);
static void uninit_swap_out (struct page *page);
static bool uninit_duplicate (struct page *dst, const struct page *src);
static void uninit_destroy (struct page *page);

static const struct page_operations uninit_ops =
  {
    .swap_in = uninit_initialize,
    .reserve = uninit_reserve,
    .swap_out = uninit_swap_out,
    .duplicate = uninit_duplicate,
    .destroy = uninit_destroy,
    .cow = false,
    .type = VM_UNINIT,
  };

/* Makes PAGE an UNINIT page at VA that will become TYPE through
   INITIALIZER and be filled by INIT (AUX). */
void
uninit_new (struct page *page, void *va, vm_initializer *init, int type,
            void *aux, page_type_initializer *initializer)
{
  ASSERT (page != NULL);

  page->operations = &uninit_ops;
  page->va = va;
  page->frame = NULL;
  page->uninit.init = init;
  page->uninit.type = type;
  page->uninit.aux = aux;
  page->uninit.page_initializer = initializer;
}

/* First fault: become the real type, then produce the contents. */
static bool
uninit_initialize (struct page *page, void *kva)
{
  struct uninit_page u = page->uninit;
  bool ok;

  /* The type initializer may read AUX (it is still in the union), then
     overwrites the union with its own state. */
  if (!u.page_initializer (page, u.type, kva))
    return false;               /* Still UNINIT, still owning AUX. */
  ok = true;
  if (u.init != NULL)
    {
      ok = u.init (page, u.aux);
      vm_stats_bump (&vm_stats.lazy_loads);
    }
  page_load_free (u.aux);
  vmtrace_lazy_load (page);
  return ok;
}

/* An UNINIT page is on a frame only while its first claim fills it,
   busy, so it is never evicted. */
static bool
uninit_reserve (struct page *page UNUSED, struct page *lead UNUSED)
{
  NOT_REACHED ();
}

static void
uninit_swap_out (struct page *page UNUSED)
{
  NOT_REACHED ();
}

/* Fork: DST will become what SRC will, with its own load record. */
static bool
uninit_duplicate (struct page *dst, const struct page *src)
{
  dst->uninit = src->uninit;
  if (src->uninit.aux == NULL)
    return true;
  dst->uninit.aux = page_load_duplicate (src->uninit.aux);
  return dst->uninit.aux != NULL;
}

static void
uninit_destroy (struct page *page)
{
  page_load_free (page->uninit.aux);
  page->uninit.aux = NULL;
}

/* The usual initializer: copies the ranges in AUX (a struct page_load)
   into PAGE's frame, which the type initializer has zeroed.  The frame
   is not mapped yet, so this writes through its kernel address. */
bool
page_load_read (struct page *page, void *aux)
{
  const struct page_load *load = aux;
  uint8_t *kva = page->frame->kva;
  int i;

  if (load == NULL)
    return true;
  for (i = 0; i < load->range_cnt; i++)
    if (file_read_at (load->file, kva + load->ranges[i].page_ofs,
                      load->ranges[i].length, load->ranges[i].file_ofs)
        != load->ranges[i].length)
      return false;
  return true;
}

/* A copy of LOAD (not NULL) with its own file handle, or NULL if out of
   memory. */
struct page_load *
page_load_duplicate (const struct page_load *load)
{
  struct page_load *copy = malloc (sizeof *copy);

  if (copy == NULL)
    return NULL;
  *copy = *load;
  if (load->file != NULL)
    {
      copy->file = file_reopen (load->file);
      if (copy->file == NULL)
        {
          free (copy);
          return NULL;
        }
    }
  return copy;
}

/* Frees LOAD and closes its file.  LOAD may be NULL. */
void
page_load_free (struct page_load *load)
{
  if (load == NULL)
    return;
  if (load->file != NULL)
    file_close (load->file);
  free (load);
}

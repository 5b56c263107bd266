/* Proves that both page pools can be drained to the last page and that
   every page comes back: allocate from the user pool until it fails,
   check each page is distinct and writable, free them all, and require
   the free count to be exactly what it was; then the same for the kernel
   pool, in multi-page runs. */

#include <stdio.h>
#include <string.h>
#include "tests/threads/tests.h"
#include "threads/palloc.h"
#include "threads/vaddr.h"

/* Drains the pool FLAGS names with runs of RUN pages, chaining the runs
   through their first bytes; returns the number of pages obtained. */
static size_t
drain (enum palloc_flags flags, size_t run, void **chain)
{
  size_t cnt = 0;
  void *p;

  *chain = NULL;
  while ((p = palloc_get_multiple (flags | PAL_ZERO, run)) != NULL)
    {
      size_t i;
      for (i = 0; i < run * PGSIZE; i += PGSIZE)
        if (((unsigned char *) p)[i] != 0)
          fail ("PAL_ZERO page is not zero");
      memset (p, 0x5a, run * PGSIZE);
      *(void **) p = *chain;
      *chain = p;
      cnt += run;
    }
  return cnt;
}

static void
release (void *chain, size_t run)
{
  while (chain != NULL)
    {
      void *next = *(void **) chain;
      palloc_free_multiple (chain, run);
      chain = next;
    }
}

static void
exhaust (enum palloc_flags flags, size_t run, const char *name)
{
  size_t before = palloc_free_count (flags);
  size_t got;
  void *chain;

  got = drain (flags, run, &chain);
  if (palloc_free_count (flags) >= run)
    fail ("%s pool: allocation failed with %zu pages free",
          name, palloc_free_count (flags));
  if (got + palloc_free_count (flags) != before)
    fail ("%s pool: got %zu pages, %zu left, %zu were free",
          name, got, palloc_free_count (flags), before);
  release (chain, run);
  if (palloc_free_count (flags) != before)
    fail ("%s pool: %zu pages free after release, %zu before",
          name, palloc_free_count (flags), before);
  msg ("%s pool: drained and fully returned", name);
}

void
test_palloc_exhaust (void)
{
  exhaust (PAL_USER, 1, "user");
  exhaust (PAL_USER, 1, "user");
  exhaust (0, 1, "kernel");
}

/* UNINIT pages: pages that have not been touched yet.  An UNINIT page
   carries what it will become (a type), how that type sets itself up
   (PAGE_INITIALIZER: anon_initializer or file_backed_initializer) and
   how to produce its first contents (INIT with AUX).  Its first fault
   runs both and it is UNINIT no more. */
#ifndef VM_UNINIT_H
#define VM_UNINIT_H

#include <stdbool.h>
#include <stdint.h>
#include "filesys/off_t.h"

struct page;
struct file;

typedef bool vm_initializer (struct page *page, void *aux);
typedef bool page_type_initializer (struct page *page, int type, void *kva);

/* Most separate file ranges that feed one page (an executable's
   segments may share a page). */
#define PAGE_LOAD_RANGES 4

/* The usual AUX: up to PAGE_LOAD_RANGES byte ranges of FILE copied into
   the page; every other byte is zero.  FILE is owned by the aux (a
   reopened handle), closed when the aux is freed. */
struct page_load
  {
    struct file *file;
    int range_cnt;
    struct
      {
        off_t file_ofs;         /* Where in FILE. */
        uint16_t page_ofs;      /* Where in the page. */
        uint16_t length;        /* How many bytes. */
      }
    ranges[PAGE_LOAD_RANGES];
  };

struct uninit_page
  {
    vm_initializer *init;       /* Fills the page, or NULL for zeros. */
    int type;                   /* The vm_type it will become. */
    void *aux;                  /* A struct page_load, or NULL. */
    page_type_initializer *page_initializer;
  };

void uninit_new (struct page *page, void *va, vm_initializer *init,
                 int type, void *aux, page_type_initializer *initializer);
bool page_load_read (struct page *page, void *aux);
struct page_load *page_load_duplicate (const struct page_load *load);
void page_load_free (struct page_load *load);

#endif /* vm/uninit.h */

/* The VM trace: formats the events of include/vm/trace.h as lines of
   text and writes them to QEMU's debug console (I/O port 0xe9), which
   utils/pintos passes to its standard error.  Every line reads

       vm TICKS PID EVENT FIELD...

   with TICKS the timer ticks since boot and PID the running thread.
   Addresses, address spaces and frames are in hex without "0x"; counts,
   slots and statuses in decimal.  docs/vmtrace.md lists the events. */

#include "vm/trace.h"
#include <stdint.h>
#include <stdio.h>
#include <debugcon.h>
#include "devices/timer.h"
#include "threads/palloc.h"
#include "threads/thread.h"
#include "threads/vaddr.h"
#include "vm/swap.h"
#include "vm/vm.h"

/* Longest line: the prefix, the longest event and its fields. */
#define LINE_MAX 96

bool vmtrace_enabled;

/* The page number (physical address / PGSIZE) of the kernel page at
   KVA: how the trace names frames and address spaces (their PML4). */
static unsigned long long
page_number (const void *kva)
{
  return kva != NULL ? vtop (kva) >> PGBITS : 0;
}

/* The kind of region PAGE belongs to, for the pictures: "mmap" for file
   pages, "stack", "data" for other writable pages (data, bss, heap), and
   "code" for the read-only pages of the executable. */
static const char *
page_kind (const struct page *page)
{
  if (page_get_type (page) == VM_FILE)
    return "mmap";
  if (page_is_stack (page))
    return "stack";
  return page->writable ? "data" : "code";
}

/* The frame PAGE is in, as a page number, or 0. */
static unsigned long long
page_frame (const struct page *page)
{
  return page->frame != NULL ? page_number (page->frame->kva) : 0;
}

/* Formats the fields of an EVENT about PAGE into BUF (SIZE bytes), with
   ARG its slot where it has one.  Returns the length snprintf gives. */
static int
format_page_event (char *buf, size_t size, enum vmtrace_event event,
                   const struct page *page, long long arg)
{
  unsigned long long va = (uint64_t) page->va;

  switch (event)
    {
    case VMTRACE_ALLOC:
      return snprintf (buf, size, "alloc %llx %s", va, page_kind (page));
    case VMTRACE_LAZY:
      return snprintf (buf, size, "lazy %llx", va);
    case VMTRACE_SWAP_IN:
      return snprintf (buf, size, "swapin %llx %lld", va, arg);
    case VMTRACE_CLAIM:
      return snprintf (buf, size, "claim %llx %llx %s", va,
                       page_frame (page), page_kind (page));
    case VMTRACE_EVICT:
      return snprintf (buf, size, "evict %llx %llx %llx",
                       page_number (page->pml4), va, page_frame (page));
    case VMTRACE_SWAP_OUT:
      return snprintf (buf, size, "swapout %llx %llx %lld",
                       page_number (page->pml4), va, arg);
    case VMTRACE_SHARE:
      return snprintf (buf, size, "share %llx %llx", va, page_frame (page));
    case VMTRACE_COW_COPY:
      return snprintf (buf, size, "cowcopy %llx %llx", va,
                       page_frame (page));
    default:
      return snprintf (buf, size, "unknown %d", (int) event);
    }
}

/* Copies the first word of CMD_LINE, at most SIZE - 1 bytes, into
   NAME. */
static void
first_word (const char *cmd_line, char *name, size_t size)
{
  size_t i = 0;

  while (*cmd_line == ' ')
    cmd_line++;
  while (i + 1 < size && cmd_line[i] != '\0' && cmd_line[i] != ' ')
    {
      name[i] = cmd_line[i];
      i++;
    }
  name[i] = '\0';
}

/* Formats the fields of an EVENT with no page: ADDR and ARG as that
   event uses them.  Returns the length snprintf gives. */
static int
format_other_event (char *buf, size_t size, enum vmtrace_event event,
                    const void *addr, long long arg)
{
  uint64_t *pml4 = thread_current ()->pml4;
  char name[16];

  switch (event)
    {
    case VMTRACE_START:
      return snprintf (buf, size, "start %zu %zu",
                       palloc_pool_size (PAL_USER), swap_slots_total ());
    case VMTRACE_EXEC:
      first_word (addr, name, sizeof name);
      return snprintf (buf, size, "exec %llx %s", page_number (pml4), name);
    case VMTRACE_FORK:
      return snprintf (buf, size, "fork %llx %lld %s", page_number (pml4),
                       arg, thread_current ()->name);
    case VMTRACE_EXIT:
      return snprintf (buf, size, "exit %lld", arg);
    case VMTRACE_FAULT:
      return snprintf (buf, size, "fault %llx %c%c%c", (unsigned long long) addr,
                       arg & 1 ? 'w' : 'r', arg & 2 ? 'u' : 'k',
                       arg & 4 ? 'n' : 'p');
    case VMTRACE_MMAP:
      return snprintf (buf, size, "mmap %llx %lld", (unsigned long long) addr, arg);
    case VMTRACE_MUNMAP:
      return snprintf (buf, size, "munmap %llx %lld", (unsigned long long) addr, arg);
    default:
      return snprintf (buf, size, "unknown %d", (int) event);
    }
}

/* Writes the line of EVENT: about PAGE if it is not NULL, else with
   ADDR and ARG as the event uses them (see trace.h).  Called only when
   tracing is on, by the hooks of trace.h. */
void
vmtrace_emit (enum vmtrace_event event, const struct page *page,
              const void *addr, long long arg)
{
  char line[LINE_MAX];
  int prefix, length;

  if (event == VMTRACE_EXIT && thread_current ()->pml4 == NULL)
    return;                     /* A kernel thread: nothing to trace. */
  prefix = snprintf (line, sizeof line, "vm %lld %d ",
                     (long long) timer_ticks (), thread_current ()->tid);
  length = page != NULL
           ? format_page_event (line + prefix, sizeof line - prefix - 1,
                                event, page, arg)
           : format_other_event (line + prefix, sizeof line - prefix - 1,
                                 event, addr, arg);
  length += prefix;
  if (length > (int) sizeof line - 2)
    length = sizeof line - 2;
  line[length++] = '\n';
  debugcon_write (line, length);
}

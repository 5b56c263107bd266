/* Safe access to user memory: see include/userprog/usermem.h.

   Design choice: fault recovery rather than validate-then-copy.  Checking
   page tables before copying would race with eviction (a page checked
   present can be swapped out before it is read) and would need the
   supplemental page table anyway; letting the copy fault and asking the
   VM to resolve the fault handles lazy loading, swapped pages and stack
   growth the same way user code gets them.  Only the address range is
   checked up front, because kernel addresses are mapped and would not
   fault. */

#include "userprog/usermem.h"
#include <string.h>
#include "threads/interrupt.h"
#include "threads/malloc.h"
#include "threads/mmu.h"

long user_copy (void *dst, const void *src, size_t size);
long user_strnlen (const char *s, size_t max);
extern char user_copy_begin[], user_copy_end[], user_copy_fault[];

/* True if [UADDR, UADDR + SIZE) lies entirely in mappable user space. */
bool
user_range_ok (const void *uaddr, size_t size)
{
  uint64_t start = (uint64_t) uaddr;

  return start < USER_VADDR_LIMIT && size <= USER_VADDR_LIMIT - start;
}

/* Copies SIZE bytes from user address USRC to kernel DST.  Returns false
   if any byte is not readable user memory. */
bool
copy_from_user (void *dst, const void *usrc, size_t size)
{
  return user_range_ok (usrc, size) && user_copy (dst, usrc, size) == 0;
}

/* Copies SIZE bytes from kernel SRC to user address UDST.  Returns false
   if any byte is not writable user memory. */
bool
copy_to_user (void *udst, const void *src, size_t size)
{
  return user_range_ok (udst, size) && user_copy (udst, src, size) == 0;
}

/* Returns a malloc'd copy of the user string USTR, or NULL if it is not
   readable user memory (or memory is short).  A string longer than
   MAX_LEN bytes also gives NULL, with *TOO_LONG set. */
char *
user_strdup (const char *ustr, size_t max_len, bool *too_long)
{
  long len;
  char *copy;
  size_t limit = max_len + 1;

  *too_long = false;
  if ((uint64_t) ustr >= USER_VADDR_LIMIT)
    return NULL;
  if (limit > USER_VADDR_LIMIT - (uint64_t) ustr)
    limit = USER_VADDR_LIMIT - (uint64_t) ustr;
  len = user_strnlen (ustr, limit);
  if (len < 0)
    return NULL;
  if ((size_t) len >= limit)
    {
      /* No NUL within the limit: either too long, or it runs into the
         end of user space, which is a bad string. */
      *too_long = limit == max_len + 1;
      return NULL;
    }
  copy = malloc (len + 1);
  if (copy == NULL)
    return NULL;
  if (user_copy (copy, ustr, len + 1) != 0)
    {
      free (copy);
      return NULL;
    }
  copy[len] = '\0';
  return copy;
}

/* Called for a kernel-mode page fault that the VM could not resolve:
   if it happened inside a user copy routine, makes that routine fail
   and returns true. */
bool
user_fault_fixup (void *frame_)
{
  struct intr_frame *frame = frame_;
  char *rip = (char *) frame->rip;

  if (rip < user_copy_begin || rip >= user_copy_end)
    return false;
  frame->rip = (uint64_t) user_copy_fault;
  return true;
}

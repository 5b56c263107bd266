/* Safe access to user memory from system calls.

   Every access goes through a copy routine that the page-fault handler
   recognizes: a fault inside it that cannot be resolved makes the copy
   fail instead of panicking the kernel.  The kernel never dereferences a
   user pointer directly, and never checks a page and uses it later: what
   is copied is exactly what was read, so no other thread can change
   memory between a check and its use. */
#ifndef USERPROG_USERMEM_H
#define USERPROG_USERMEM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

bool user_range_ok (const void *uaddr, size_t size);
bool copy_from_user (void *dst, const void *usrc, size_t size);
bool copy_to_user (void *udst, const void *src, size_t size);
char *user_strdup (const char *ustr, size_t max_len, bool *too_long);
bool user_fault_fixup (void *frame);

#endif /* userprog/usermem.h */

/* A process's user address space: loading segments, the initial stack,
   copying for fork, and destroying at exit. */
#ifndef USERPROG_ADDRSPACE_H
#define USERPROG_ADDRSPACE_H

#include <stdbool.h>
#include <stdint.h>
#include "filesys/off_t.h"

struct file;

bool load_segment (uint64_t *pml4, struct file *file, off_t offset,
                   uint64_t vaddr, uint64_t file_size, uint64_t mem_size,
                   bool writable);
void *stack_setup (uint64_t *pml4);
bool address_space_copy (uint64_t *dst, uint64_t *src);
void address_space_destroy (uint64_t *pml4);

#endif /* userprog/addrspace.h */

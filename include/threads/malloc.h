/* The kernel heap: malloc and friends on top of the page allocator. */
#ifndef THREADS_MALLOC_H
#define THREADS_MALLOC_H

#include <debug.h>
#include <stddef.h>

void malloc_init (void);
void *malloc (size_t size) __attribute__ ((malloc));
void *calloc (size_t cnt, size_t size) __attribute__ ((malloc));
void *realloc (void *old, size_t new_size);
void free (void *block);
size_t malloc_live_blocks (void);

#endif /* threads/malloc.h */

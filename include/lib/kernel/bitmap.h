/* Bitmaps: fixed-size arrays of bits, with fast searches for runs of
   set or clear bits. The kernel uses them to track free pages and
   free swap slots.

   Single-bit and range updates are atomic per machine word, so an
   interrupt handler changing one bit cannot undo a thread's change to
   a neighbouring bit. Searches followed by updates (bitmap_scan, then
   bitmap_set_multiple) are not atomic together: callers that share a
   bitmap hold a lock around them, or use bitmap_scan_and_flip under
   that lock. */
#ifndef LIB_KERNEL_BITMAP_H
#define LIB_KERNEL_BITMAP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Opaque; see bitmap.c. */
struct bitmap;

/* Returned by the scans when no run is found. */
#define BITMAP_ERROR SIZE_MAX

/* Creation and destruction. */
struct bitmap *bitmap_create (size_t bit_cnt);
struct bitmap *bitmap_create_in_buf (size_t bit_cnt, void *block,
                                     size_t block_size);
size_t bitmap_buf_size (size_t bit_cnt);
void bitmap_destroy (struct bitmap *bitmap);

size_t bitmap_size (const struct bitmap *bitmap);

/* Single bits. */
void bitmap_set (struct bitmap *bitmap, size_t idx, bool value);
void bitmap_mark (struct bitmap *bitmap, size_t idx);
void bitmap_reset (struct bitmap *bitmap, size_t idx);
void bitmap_flip (struct bitmap *bitmap, size_t idx);
bool bitmap_test (const struct bitmap *bitmap, size_t idx);

/* Ranges: the CNT bits starting at START. */
void bitmap_set_all (struct bitmap *bitmap, bool value);
void bitmap_set_multiple (struct bitmap *bitmap, size_t start, size_t cnt,
                          bool value);
size_t bitmap_count (const struct bitmap *bitmap, size_t start, size_t cnt,
                     bool value);
bool bitmap_contains (const struct bitmap *bitmap, size_t start, size_t cnt,
                      bool value);
bool bitmap_any (const struct bitmap *bitmap, size_t start, size_t cnt);
bool bitmap_none (const struct bitmap *bitmap, size_t start, size_t cnt);
bool bitmap_all (const struct bitmap *bitmap, size_t start, size_t cnt);

/* Searching for CNT consecutive bits equal to VALUE, at or after
   START. */
size_t bitmap_scan (const struct bitmap *bitmap, size_t start, size_t cnt,
                    bool value);
size_t bitmap_scan_and_flip (struct bitmap *bitmap, size_t start, size_t cnt,
                             bool value);

/* Debugging. */
void bitmap_dump (const struct bitmap *bitmap);

#endif /* lib/kernel/bitmap.h */

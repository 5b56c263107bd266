/* The frame table and eviction (see vm/frame.c). */
#ifndef VM_FRAME_H
#define VM_FRAME_H

#include <stdbool.h>
#include <stddef.h>

struct frame;
struct page;

void frame_init (void);
size_t frame_count (void);
void frame_attach (struct frame *f, struct page *page);
void frame_unpin (struct frame *f);
struct frame *frame_pin_page (struct page *page);
void frame_sync (struct page *page);
void frame_discard (struct frame *f);
bool frame_share (struct page *dst, struct page *src);

#endif /* vm/frame.h */

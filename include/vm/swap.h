/* The swap disk, in page-sized slots. */
#ifndef VM_SWAP_H
#define VM_SWAP_H

#include <stdbool.h>
#include <stddef.h>

void swap_init (void);
size_t swap_slot_alloc (void);
void swap_slot_share (size_t slot);
void swap_slot_free (size_t slot);
void swap_slot_write (size_t slot, const void *kva);
void swap_slot_read (size_t slot, void *kva);
size_t swap_slots_used (void);
size_t swap_slots_total (void);
long long swap_idle_ticks (void);

#endif /* vm/swap.h */

/* Replacement policies: which frame to evict when the user pool is
   empty (see vm/evict.c).  One policy is in force, chosen at boot with
   -evict=clock|fifo|lru|random (clock by default).

   The policy keeps the frames it may choose from in a list of its own
   order.  A frame enters with evict_add when it has just been filled
   (it is no longer busy) and leaves with evict_remove when it is
   chosen or freed.  Every call is made with FRAME_LOCK held. */
#ifndef VM_EVICT_H
#define VM_EVICT_H

#include <stdbool.h>

struct frame;

void evict_init (void);
bool evict_select (const char *name);
const char *evict_policy_name (void);
void evict_add (struct frame *f);
void evict_remove (struct frame *f);
struct frame *evict_choose (void);

#endif /* vm/evict.h */

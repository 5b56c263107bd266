/* Three threads below the main thread's priority wait until it drops to
   the minimum, then run highest first, each noting its name under a
   lock. */

#include <string.h>
#include "tests/threads/tests.h"
#include "threads/synch.h"
#include "threads/thread.h"

static struct lock order_lock;
static char order[64];

static void
note_name (void *aux)
{
  lock_acquire (&order_lock);
  strlcat (order, " ", sizeof order);
  strlcat (order, aux, sizeof order);
  lock_release (&order_lock);
}

void
test_priority_yield (void)
{
  ASSERT (!thread_mlfqs);
  lock_init (&order_lock);
  thread_create ("low", PRI_DEFAULT - 3, note_name, "low");
  thread_create ("high", PRI_DEFAULT - 1, note_name, "high");
  thread_create ("middle", PRI_DEFAULT - 2, note_name, "middle");
  msg ("none ran yet:%s", order);
  thread_set_priority (PRI_MIN);
  msg ("ran in order:%s", order);
  thread_set_priority (PRI_DEFAULT);
}

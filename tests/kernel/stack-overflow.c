/* Proves that a kernel thread running off the bottom of its stack hits
   the guard page and the kernel panics saying so, naming the thread,
   instead of silently corrupting memory.  This test ends in a panic. */

#include <string.h>
#include "tests/threads/tests.h"
#include "threads/synch.h"
#include "threads/thread.h"

static struct semaphore done;

/* Far deeper than any kernel stack; volatile so the compiler cannot
   tell how deep the recursion goes. */
static volatile int depth_limit = 1 << 20;

/* Recurses with a 512-byte frame until something stops it.  The
   volatile buffer keeps the compiler from flattening the recursion. */
static int NO_INLINE
descend (int depth)
{
  volatile char frame[512];

  memset ((char *) frame, depth, sizeof frame);
  if (depth >= depth_limit)
    return 0;
  return descend (depth + 1) + frame[depth % sizeof frame];
}

static void
overflower (void *aux UNUSED)
{
  descend (0);
  sema_up (&done);
}

void
test_stack_overflow (void)
{
  sema_init (&done, 0);
  msg ("starting a thread that overflows its stack");
  thread_create ("overflower", PRI_DEFAULT, overflower, NULL);
  sema_down (&done);
  fail ("the overflowing thread came back");
}

/* Proves that the kernel measures how deep a kernel stack has gone.  A
   thread recurses, each level holding a buffer it writes, until its
   stack pointer is 5 kB below the top of its stack.  The measure
   must cover that much (it cannot see less than what was written), and
   not much more.  When the thread has died, the power-off statistics
   must name it as the deepest (the checker reads the "Stack:" line).
   5 kB stays clear of the last quarter of the 8 kB stack, which the
   checkers of every test treat as a near overflow. */

#include <stdint.h>
#include <string.h>
#include "tests/threads/tests.h"
#include "threads/kstack.h"
#include "threads/synch.h"
#include "threads/thread.h"

#define TARGET 5120             /* Bytes of stack to reach. */
#define LEVEL_BYTES 256         /* Buffer at each level. */
#define SLACK 512               /* Measured beyond the deepest frame. */

static struct semaphore done;
static size_t before, reached, measured;

/* Recurses until the stack pointer is TARGET bytes below TOP; returns
   how deep it got. */
static size_t __attribute__ ((noinline))
descend (uintptr_t top)
{
  volatile uint8_t buffer[LEVEL_BYTES];
  size_t depth = top - (uintptr_t) buffer;

  memset ((void *) buffer, 0xa5, sizeof buffer);
  if (depth < TARGET)
    depth = descend (top);
  return depth + buffer[0] - 0xa5;
}

static void
deep_thread (void *aux UNUSED)
{
  uintptr_t top = (uintptr_t) thread_current ()->stack_top;

  before = kstack_depth ((void *) top);
  reached = descend (top);
  measured = kstack_depth ((void *) top);
  sema_up (&done);
}

void
test_kstack_depth (void)
{
  sema_init (&done, 0);
  thread_create ("deep", PRI_DEFAULT, deep_thread, NULL);
  sema_down (&done);
  thread_settle ();

  if (before >= TARGET / 2)
    fail ("a new thread's stack measured %zu bytes deep before it "
          "recursed", before);
  if (measured < reached)
    fail ("measured %zu bytes, but the recursion reached %zu", measured,
          reached);
  if (measured > reached + SLACK)
    fail ("measured %zu bytes, more than the %zu the recursion reached "
          "and %d to spare", measured, reached, SLACK);
  msg ("the recursion reached at least %d bytes and was measured within "
       "%d bytes of it", TARGET, SLACK);
}

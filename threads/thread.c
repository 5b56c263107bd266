/* Kernel threads and the scheduler.

   The ready threads live in 64 FIFO queues, one per priority, with a
   64-bit mask of the non-empty ones, so picking the next thread is a
   count-leading-zeros away and never scans threads (ready.c).  The
   running thread is not in any queue; the idle thread runs only when
   every queue is empty and is never queued.  A thread is READY exactly when it is in a
   ready queue: the idle thread, when it stops running, is BLOCKED.

   The idle thread never takes a lock (so no one can wait for it, donate
   to it, or find it holding a lock it cannot run to release).  Dead
   threads are therefore freed by threads that may block: thread_create,
   thread_exit and thread_settle.

   With the priority scheduler a thread's effective priority is the
   maximum of its own (base) priority and the priorities of the threads
   waiting for locks it holds (donation, priority.c).  With -mlfqs the
   4.4BSD formulas set every priority and donation is off (mlfqs.c). */

#include "threads/thread.h"
#include <debug.h>
#include <random.h>
#include <stdio.h>
#include <string.h>
#include "threads/flags.h"
#include "threads/gdt.h"
#include "threads/interrupt.h"
#include "threads/kstack.h"
#include "threads/malloc.h"
#include "threads/mmu.h"
#include "threads/palloc.h"
#include "threads/ready.h"
#include "threads/synch.h"
#include "threads/vaddr.h"
#include "threads/mlfqs.h"
#include "devices/timer.h"
#include "userprog/process.h"

/* Random value in struct thread's MAGIC: detects a corrupted struct. */
#define THREAD_MAGIC 0x5be1a7d3

/* Timer ticks per time slice. */
#define TIME_SLICE 4

/* Every live thread, for thread_foreach and the 4.4BSD updates. */
static struct list all_threads;

/* The running thread. */
static struct thread *running;

static struct thread *idle_thread;
static struct thread *initial_thread;
static struct thread initial_thread_struct;

/* Threads that have died and whose memory can be freed once we are out
   of the scheduler (freeing takes locks).  Interrupts off. */
static struct list dead_threads;

/* Threads between the start of thread_exit and being freed (the
   initial thread, never freed, is not counted). */
static int exiting_cnt;

static struct lock tid_lock;

/* Statistics. */
static long long idle_ticks;
static long long kernel_ticks;
static long long user_ticks;

/* Ticks the running thread has had in its slice. */
static unsigned slice_ticks;

bool thread_mlfqs;

void kernel_thread_entry (thread_func *, void *aux);
static void idle (void *aux);
static void init_thread (struct thread *, const char *name, int priority);
static void schedule (void);
static tid_t allocate_tid (void);
static void reap_dead_threads (void);

/* The boot stack, from start.S. */
extern char boot_stack[];
#define BOOT_STACK_SIZE 8192
_Static_assert (BOOT_STACK_SIZE == KSTACK_SIZE,
                "the boot stack is measured as a kernel stack");

/* From switch.S. */
struct thread *switch_threads (struct thread *cur, struct thread *next);
void switch_entry (void);
void thread_schedule_tail (struct thread *prev);

static bool
is_thread (const struct thread *t)
{
  return t != NULL && t->magic == THREAD_MAGIC;
}

/* Turns the code that is running now into the initial thread, whose
   struct is static and whose stack is the boot stack from start.S. */
void
thread_init (void)
{
  ASSERT (intr_get_level () == INTR_OFF);

  ready_init ();
  list_init (&all_threads);
  list_init (&dead_threads);
  lock_init (&tid_lock);

  initial_thread = &initial_thread_struct;
  init_thread (initial_thread, "main", PRI_DEFAULT);
  initial_thread->stack_top = (uint8_t *) boot_stack + BOOT_STACK_SIZE;
  initial_thread->status = THREAD_RUNNING;
  running = initial_thread;
  initial_thread->tid = allocate_tid ();
}

/* Creates the idle thread and starts preemptive scheduling by enabling
   interrupts. */
void
thread_start (void)
{
  struct semaphore idle_started;

  sema_init (&idle_started, 0);
  thread_create ("idle", PRI_MIN, idle, &idle_started);
  intr_enable ();
  sema_down (&idle_started);
}

/* Called by the timer interrupt at each tick, before it wakes the
   sleepers due on that tick (so the 4.4BSD statistics do not count
   them); TICKS is the new tick count and USER_MODE tells whether user
   code was interrupted. */
void
thread_tick (int64_t ticks, bool user_mode)
{
  struct thread *t = running;

  if (t == idle_thread)
    idle_ticks++;
  else if (user_mode)
    user_ticks++;
  else
    kernel_ticks++;

  if (thread_mlfqs)
    mlfqs_tick (t, idle_thread, ticks,
                ready_count () + (t != idle_thread ? 1 : 0));

  if (++slice_ticks >= TIME_SLICE)
    intr_yield_on_return ();
  else
    thread_yield_if_outranked ();
}

/* Timer ticks spent in the idle thread since boot. */
long long
thread_idle_ticks (void)
{
  return idle_ticks;
}

/* Counts live thread T's stack in the deepest-stack statistics, unless
   T is corrupted (the statistics also print after a panic). */
static void
note_stack (struct thread *t, void *aux UNUSED)
{
  if (t->magic == THREAD_MAGIC)
    kstack_note_depth (t->stack_top, t->name);
}

void
thread_print_stats (void)
{
  enum intr_level old_level;

  printf ("Thread: %lld idle ticks, %lld kernel ticks, %lld user ticks\n",
          idle_ticks, kernel_ticks, user_ticks);
  old_level = intr_disable ();
  thread_foreach (note_stack, NULL);
  intr_set_level (old_level);
  kstack_print_stats ();
}

/* Creates a kernel thread named NAME with PRIORITY that runs FUNCTION
   (AUX) and puts it in the ready queue.  Returns its tid, or TID_ERROR
   if there is no memory.  If the new thread outranks the caller, it runs
   before this returns. */
tid_t
thread_create (const char *name, int priority, thread_func *function,
               void *aux)
{
  struct thread *t;
  uint64_t *sp;
  enum intr_level old_level;
  tid_t tid;

  ASSERT (function != NULL);

  reap_dead_threads ();
  t = malloc (sizeof *t);
  if (t == NULL)
    return TID_ERROR;
  init_thread (t, name, priority);
  t->stack_top = kstack_alloc ();
  if (t->stack_top == NULL)
    {
      free (t);
      return TID_ERROR;
    }
  t->tid = allocate_tid ();

  /* A frame for switch_threads to "return" into switch_entry, which
     then calls kernel_thread_entry (FUNCTION, AUX) from %r12 and %r13. */
  sp = (uint64_t *) t->stack_top;
  *--sp = 0;                                  /* Keeps %rsp aligned. */
  *--sp = (uint64_t) switch_entry;
  *--sp = 0;                                  /* %rbx */
  *--sp = 0;                                  /* %rbp */
  *--sp = (uint64_t) function;                /* %r12 */
  *--sp = (uint64_t) aux;                     /* %r13 */
  *--sp = 0;                                  /* %r14 */
  *--sp = 0;                                  /* %r15 */
  t->stack = (uint8_t *) sp;

  old_level = intr_disable ();
  if (thread_mlfqs)
    {
      t->nice = running->nice;
      t->recent_cpu = running->recent_cpu;
      mlfqs_update_priority (t);
    }
  list_push_back (&all_threads, &t->allelem);
  tid = t->tid;
  thread_unblock (t);
  intr_set_level (old_level);

  /* T may run, exit and be freed from here on. */
  thread_yield_if_outranked ();
  return tid;
}

/* Puts the running thread to sleep until thread_unblock.  Interrupts
   must be off; usually a synchronization primitive calls this. */
void
thread_block (void)
{
  ASSERT (!intr_context ());
  ASSERT (intr_get_level () == INTR_OFF);

  running->status = THREAD_BLOCKED;
  schedule ();
}

/* Moves blocked thread T to the ready queue.  Does not preempt the
   running thread: callers that may wake a higher-priority thread call
   thread_yield_if_outranked when their own state is consistent. */
void
thread_unblock (struct thread *t)
{
  enum intr_level old_level;

  ASSERT (is_thread (t));
  ASSERT (t != idle_thread);

  old_level = intr_disable ();
  ASSERT (t->status == THREAD_BLOCKED);
  ready_push (t);
  t->status = THREAD_READY;
  intr_set_level (old_level);
}

/* Tells whether T is the idle thread. */
bool
thread_is_idle (const struct thread *t)
{
  return t == idle_thread;
}

struct thread *
thread_current (void)
{
  struct thread *t = running;

  ASSERT (is_thread (t));
  ASSERT (t->status == THREAD_RUNNING);
  return t;
}

tid_t
thread_tid (void)
{
  return thread_current ()->tid;
}

const char *
thread_name (void)
{
  return thread_current ()->name;
}

/* Deschedules the running thread and destroys it, ending its process
   first if it has one.  Never returns. */
void
thread_exit (void)
{
  ASSERT (!intr_context ());

  if (running != initial_thread)
    {
      intr_disable ();
      exiting_cnt++;
      intr_enable ();
    }
  process_exit ();
  reap_dead_threads ();
  kstack_note_depth (running->stack_top, running->name);
  intr_disable ();
  list_remove (&running->allelem);
  running->status = THREAD_DYING;
  schedule ();
  NOT_REACHED ();
}

/* Gives up the CPU; the running thread stays ready and may be picked
   again at once if nothing outranks it.  The idle thread, which is never
   queued, becomes BLOCKED instead: the scheduler picks it directly when
   nothing else is ready. */
void
thread_yield (void)
{
  struct thread *cur = running;
  enum intr_level old_level;

  ASSERT (!intr_context ());

  old_level = intr_disable ();
  if (cur != idle_thread)
    {
      ready_push (cur);
      cur->status = THREAD_READY;
    }
  else
    cur->status = THREAD_BLOCKED;
  schedule ();
  intr_set_level (old_level);
}

/* Calls ACTION (T, AUX) for every thread.  Interrupts must be off. */
void
thread_foreach (thread_action_func *action, void *aux)
{
  struct list_elem *e;

  ASSERT (intr_get_level () == INTR_OFF);
  for (e = list_begin (&all_threads); e != list_end (&all_threads);
       e = list_next (e))
    action (list_entry (e, struct thread, allelem), aux);
}

/* The idle thread: runs when nothing else is ready.  It blocks itself at
   once each time it is scheduled; the scheduler picks it directly when
   the ready queues are empty.  It must never take a lock or block on
   anything (lock_acquire asserts so): a thread preempted in idle is in
   no ready queue and would not run again to release it. */
static void
idle (void *idle_started_)
{
  struct semaphore *idle_started = idle_started_;

  idle_thread = running;
  sema_up (idle_started);

  for (;;)
    {
      intr_disable ();
      thread_block ();

      /* Re-enable interrupts and wait for the next one.  STI takes
         effect after the next instruction, so no interrupt can slip in
         between and leave us halted with work to do. */
      asm volatile ("sti; hlt" : : : "memory");
    }
}

/* First function of every kernel thread, called from switch_entry. */
void
kernel_thread_entry (thread_func *function, void *aux)
{
  ASSERT (function != NULL);

  intr_enable ();
  function (aux);
  thread_exit ();
}

/* Initializes T as a blocked thread named NAME. */
static void
init_thread (struct thread *t, const char *name, int priority)
{
  ASSERT (t != NULL);
  ASSERT (PRI_MIN <= priority && priority <= PRI_MAX);
  ASSERT (name != NULL);

  memset (t, 0, sizeof *t);
  t->status = THREAD_BLOCKED;
  strlcpy (t->name, name, sizeof t->name);
  t->priority = t->base_priority = priority;
  list_init (&t->held_locks);
  list_init (&t->children);
  t->exit_status = -1;
  t->magic = THREAD_MAGIC;
  if (t == initial_thread)
    list_push_back (&all_threads, &t->allelem);
}

/* The thread to run next: the front of the highest non-empty ready
   queue, or the idle thread. */
static struct thread *
next_thread_to_run (void)
{
  struct thread *t = ready_pop_best ();

  return t != NULL ? t : idle_thread;
}

/* Finishes a switch, running in the new thread: marks it running,
   starts its time slice, points the TSS at its stack, and frees PREV if
   it was dying.  Called from schedule and, for a new thread, from
   switch_entry. */
void
thread_schedule_tail (struct thread *prev)
{
  struct thread *cur = running;

  ASSERT (intr_get_level () == INTR_OFF);

  cur->status = THREAD_RUNNING;
  slice_ticks = 0;
  tss_set_kernel_stack ((uint64_t) cur->stack_top);
  pml4_activate (cur->pml4);

  /* A dead thread's stack was in use until the switch; it is freed
     later, outside the scheduler. */
  if (prev != NULL && prev->status == THREAD_DYING && prev != initial_thread)
    {
      ASSERT (prev != cur);
      list_push_back (&dead_threads, &prev->elem);
    }
}

/* Waits until every thread that has begun to exit is gone and its
   memory freed, so that memory counts are exact (the leak checks of
   tests).  Must not be called by an exiting thread. */
void
thread_settle (void)
{
  for (;;)
    {
      enum intr_level old_level;
      int left;

      reap_dead_threads ();
      old_level = intr_disable ();
      left = exiting_cnt;
      intr_set_level (old_level);
      if (left == 0)
        break;
      timer_sleep (1);
    }
}

/* Frees the stacks and structs of threads that have died.  Takes
   locks (kernel stacks, the page allocator, the heap), so it runs only
   in threads that may block: never in the idle thread, nor
   in interrupt handlers. */
static void
reap_dead_threads (void)
{
  ASSERT (running != idle_thread);

  for (;;)
    {
      enum intr_level old_level = intr_disable ();
      struct thread *t = NULL;

      if (!list_empty (&dead_threads))
        {
          t = list_entry (list_pop_front (&dead_threads), struct thread,
                          elem);
          exiting_cnt--;
        }
      intr_set_level (old_level);
      if (t == NULL)
        break;
      kstack_free (t->stack_top);
      t->magic = 0;
      free (t);
    }
}

/* Switches to the next thread.  The running thread's status must already
   say why it stops running.  Interrupts off. */
static void
schedule (void)
{
  struct thread *cur = running;
  struct thread *next = next_thread_to_run ();
  struct thread *prev = NULL;

  ASSERT (intr_get_level () == INTR_OFF);
  ASSERT (cur->status != THREAD_RUNNING);
  ASSERT (is_thread (next));
  if (cur->magic != THREAD_MAGIC)
    PANIC ("struct thread of %s is corrupted", cur->name);
  if (DEBUG_CHECKS)
    ready_check (idle_thread);

  if (cur != next)
    {
      running = next;
      prev = switch_threads (cur, next);
    }
  thread_schedule_tail (prev);
}

static tid_t
allocate_tid (void)
{
  static tid_t next_tid = 1;
  tid_t tid;

  lock_acquire (&tid_lock);
  tid = next_tid++;
  lock_release (&tid_lock);
  return tid;
}

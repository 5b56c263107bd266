/* Kernel threads and the scheduler: priority scheduling with donation,
   or the 4.4BSD multi-level feedback queue scheduler with -mlfqs. */
#ifndef THREADS_THREAD_H
#define THREADS_THREAD_H

#include <debug.h>
#include <list.h>
#include <stdbool.h>
#include <stdint.h>
#include "threads/fixed-point.h"
#include "vm/vm.h"

struct lock;
struct child_status;
struct fd_table;
struct file;
struct inode;

/* States in a thread's life cycle. */
enum thread_status
  {
    THREAD_RUNNING,     /* Running (exactly one thread). */
    THREAD_READY,       /* In a ready queue, not running. */
    THREAD_BLOCKED,     /* Waiting for an event to unblock it. */
    THREAD_DYING        /* About to be destroyed. */
  };

typedef int tid_t;
#define TID_ERROR ((tid_t) -1)

/* Priorities. */
#define PRI_MIN 0
#define PRI_DEFAULT 31
#define PRI_MAX 63

/* Nice values for the 4.4BSD scheduler. */
#define NICE_MIN -20
#define NICE_DEFAULT 0
#define NICE_MAX 20

/* A kernel thread or user process.

   struct thread is allocated with malloc; the thread's kernel stack is
   separate (threads/kstack.c), KSTACK_PAGES long, with an unmapped guard
   page below it, so an overflow faults instead of corrupting memory.
   MAGIC detects a corrupted or freed struct thread.

   Locking: the scheduler fields (status, elem, priorities, donation
   state, mlfqs state) are changed only with interrupts off.  ELEM is in at
   most one list at a time: a ready queue, a semaphore's waiters, or the
   timer's sleepers. */
struct thread
  {
    uint8_t *stack;                 /* Saved stack pointer; first member,
                                       switch.S relies on it. */
    uint8_t *stack_top;             /* Top of the kernel stack. */
    tid_t tid;
    enum thread_status status;
    char name[16];                  /* For debugging and exit lines. */

    int priority;                   /* Effective priority (with donations). */
    int base_priority;              /* Priority set by the thread itself. */
    struct list held_locks;         /* Locks held, for donation. */
    struct lock *waiting_lock;      /* Lock being waited for, or NULL. */

    int nice;                       /* 4.4BSD niceness. */
    fixed_t recent_cpu;             /* 4.4BSD recent CPU, fixed point. */

    int64_t wake_tick;              /* When a sleeping thread wakes. */

    struct list_elem elem;          /* Ready queue, waiters or sleepers. */
    struct list_elem allelem;       /* all_threads list. */

    /* Process state (userprog/process.c); a kernel thread has a null
       PML4 and no file descriptors.  Only the thread itself touches
       these, except CHILDREN, guarded by the process status lock. */
    uint64_t *pml4;                 /* Address space, or NULL. */
    struct list children;           /* struct child_status of children. */
    struct child_status *own_status; /* Our record, shared with parent. */
    struct fd_table *fds;           /* Open files, or NULL. */
    struct file *executable;        /* Our program, kept write-denied. */
    struct inode *cwd;              /* Working directory (open), or NULL
                                       for the root. */
    int exit_status;                /* Reported when we exit. */
    bool silent_exit;               /* No exit line (a failed fork). */
    uint64_t user_rsp;              /* User %rsp at system call entry. */
    struct supplemental_page_table spt; /* Every user page (vm/vm.c). */

    unsigned magic;                 /* Detects corruption; keep last. */
  };

/* If false (default), the priority scheduler; if true, 4.4BSD (-mlfqs). */
extern bool thread_mlfqs;

void thread_init (void);
void thread_start (void);
void thread_tick (int64_t ticks, bool user_mode);
void thread_print_stats (void);
long long thread_idle_ticks (void);

typedef void thread_func (void *aux);
tid_t thread_create (const char *name, int priority, thread_func *function,
                     void *aux);

void thread_block (void);
void thread_unblock (struct thread *t);
void thread_yield_if_outranked (void);

struct thread *thread_current (void);
bool thread_is_idle (const struct thread *t);
tid_t thread_tid (void);
const char *thread_name (void);

void thread_exit (void) NO_RETURN;
void thread_settle (void);
void thread_yield (void);

typedef void thread_action_func (struct thread *t, void *aux);
void thread_foreach (thread_action_func *action, void *aux);

int thread_get_priority (void);
void thread_set_priority (int new_priority);
void thread_refresh_priority (struct thread *t);
void thread_change_priority (struct thread *t, int priority);
void thread_donate_priority (struct thread *donor);

int thread_get_nice (void);
void thread_set_nice (int nice);
int thread_get_recent_cpu (void);
int thread_get_load_avg (void);

#endif /* threads/thread.h */

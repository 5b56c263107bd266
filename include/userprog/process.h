/* User processes: creation, fork, exec, wait and exit. */
#ifndef USERPROG_PROCESS_H
#define USERPROG_PROCESS_H

#include <stdbool.h>
#include "threads/synch.h"
#include "threads/thread.h"

struct intr_frame;

/* What a parent knows about a child, shared by both; freed when both
   are done with it.  REFS and the CHILDREN lists are guarded by the
   process status lock; EXIT_STATUS is written once, before EXITED is
   upped. */
struct child_status
  {
    tid_t tid;
    int exit_status;
    struct semaphore exited;    /* Upped when the child exits. */
    int refs;                   /* Parent and child: 2, 1 or 0. */
    struct list_elem elem;      /* In the parent's children. */
  };

void process_init (void);
tid_t process_create_initd (const char *cmd_line);
tid_t process_fork (const char *name, struct intr_frame *frame);
int process_exec (char *cmd_line) NO_RETURN;
int process_wait (tid_t child_tid);
void process_exit (void);
void process_kill (void) NO_RETURN;
size_t process_count (void);

#endif /* userprog/process.h */

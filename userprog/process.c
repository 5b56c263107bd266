/* User processes: the life of a process from "run" or fork to exit.

   A process is a thread with an address space (PML4), a descriptor
   table and its program file.  Its parent learns how it ended through a
   struct child_status that both share until both are done with it, so
   a parent may wait after the child is gone and a child may outlive its
   parent without leaking. */

#include "userprog/process.h"
#include <debug.h>
#include <stdio.h>
#include <string.h>
#include "filesys/file.h"
#include "filesys/inode.h"
#include "threads/flags.h"
#include "threads/gdt.h"
#include "threads/interrupt.h"
#include "threads/malloc.h"
#include "threads/mmu.h"
#include "threads/palloc.h"
#include "threads/synch.h"
#include "threads/vaddr.h"
#include "userprog/fdtable.h"
#include "userprog/load.h"
#include "vm/trace.h"
#include "vm/vm.h"

/* Guards every child_status's REFS, every thread's CHILDREN list, and
   PROCESS_CNT. */
static struct lock status_lock;

/* Live processes, for leak checks.  Changed under STATUS_LOCK; read
   without it (a snapshot). */
static size_t process_cnt;

void
process_init (void)
{
  lock_init (&status_lock);
  fd_init ();
}

/* Live user processes. */
size_t
process_count (void)
{
  return process_cnt;
}

/* Creates the shared record for a child of the running thread and
   links it into the running thread's children.  Returns NULL if out of
   memory. */
static struct child_status *
child_status_create (void)
{
  struct child_status *cs = malloc (sizeof *cs);

  if (cs == NULL)
    return NULL;
  cs->tid = TID_ERROR;
  cs->exit_status = -1;
  sema_init (&cs->exited, 0);
  cs->refs = 2;
  lock_acquire (&status_lock);
  list_push_back (&thread_current ()->children, &cs->elem);
  lock_release (&status_lock);
  return cs;
}

/* Drops one of CS's two references; the second drop frees it.  The
   parent's drop also unlinks it from the parent's children. */
static void
child_status_release (struct child_status *cs, bool parent)
{
  bool last;

  lock_acquire (&status_lock);
  if (parent)
    list_remove (&cs->elem);
  last = --cs->refs == 0;
  lock_release (&status_lock);
  if (last)
    free (cs);
}

/* Copies the first word of CMD_LINE into NAME (NAME_SIZE bytes). */
static void
program_name (const char *cmd_line, char *name, size_t name_size)
{
  size_t len;

  while (*cmd_line == ' ')
    cmd_line++;
  len = strcspn (cmd_line, " ");
  if (len >= name_size)
    len = name_size - 1;
  memcpy (name, cmd_line, len);
  name[len] = '\0';
}

/* Destroys T's (the running thread's) user address space, if it has
   one: every page, with dirty mapped pages written back, then the page
   table. */
static void
release_address_space (struct thread *t)
{
  uint64_t *pml4 = t->pml4;

  if (pml4 == NULL)
    return;
  supplemental_page_table_kill (&t->spt);
  t->pml4 = NULL;
  pml4_activate (NULL);
  pml4_destroy (pml4);
}

/* Arguments for a new process's first thread. */
struct start_args
  {
    char *cmd_line;                     /* For initd: page to exec. */
    struct thread *parent;
    struct intr_frame *parent_frame;    /* For fork: registers to copy. */
    struct child_status *status;
    struct semaphore done;              /* Fork: child finished copying. */
    bool success;
  };

/* Sets up the running thread as a process: its status record and a
   descriptor table (a fresh one, or a copy of FDS). */
static bool
become_process (struct child_status *cs, const struct fd_table *fds)
{
  struct thread *cur = thread_current ();

  cur->own_status = cs;
  lock_acquire (&status_lock);
  cs->tid = cur->tid;
  process_cnt++;
  lock_release (&status_lock);
  cur->fds = fds != NULL ? fd_table_duplicate (fds) : fd_table_create ();
  return cur->fds != NULL;
}

/* First function of a process started by "run": execs its command. */
static void
initd (void *args_)
{
  struct start_args *args = args_;
  char *cmd_line = args->cmd_line;
  bool ok = become_process (args->status, NULL);

  free (args);
  if (!ok)
    {
      palloc_free_page (cmd_line);
      thread_exit ();
    }
  process_exec (cmd_line);
}

/* Starts the program in CMD_LINE (its first word names it) as a child of
   the running thread.  Returns its tid, or TID_ERROR if the thread could
   not be created.  Loading happens in the child; if it fails, the child
   exits with -1. */
tid_t
process_create_initd (const char *cmd_line)
{
  struct start_args *args = malloc (sizeof *args);
  struct child_status *cs;
  char name[16];
  tid_t tid;

  if (args == NULL)
    return TID_ERROR;
  args->cmd_line = palloc_get_page (0);
  args->status = child_status_create ();
  if (args->cmd_line == NULL || args->status == NULL)
    goto fail;
  strlcpy (args->cmd_line, cmd_line, PGSIZE);
  program_name (cmd_line, name, sizeof name);

  cs = args->status;
  tid = thread_create (name, PRI_DEFAULT, initd, args);
  if (tid == TID_ERROR)
    goto fail;

  /* The child may not have run yet; wait must find it by tid now. */
  lock_acquire (&status_lock);
  cs->tid = tid;
  lock_release (&status_lock);
  return tid;

 fail:
  if (args->status != NULL)
    {
      child_status_release (args->status, true);
      free (args->status);
    }
  palloc_free_page (args->cmd_line);
  free (args);
  return TID_ERROR;
}

/* First function of a forked child: copies the parent and returns to
   user mode with fork's result 0. */
static void
fork_child (void *args_)
{
  struct start_args *args = args_;
  struct thread *cur = thread_current ();
  struct thread *parent = args->parent;
  struct intr_frame frame = *args->parent_frame;

  args->success = false;
  if (!become_process (args->status, parent->fds))
    goto out;
  cur->cwd = inode_reopen (parent->cwd);
  cur->pml4 = pml4_create ();
  if (cur->pml4 == NULL)
    goto out;
  if (!supplemental_page_table_init (&cur->spt))
    {
      pml4_destroy (cur->pml4);
      cur->pml4 = NULL;
      goto out;
    }
  pml4_activate (cur->pml4);
  vmtrace_fork (parent->tid);
  if (parent->executable != NULL)
    {
      cur->executable = file_reopen (parent->executable);
      if (cur->executable == NULL)
        goto out;
      file_deny_write (cur->executable);
    }
  if (!supplemental_page_table_copy (&cur->spt, &parent->spt))
    goto out;
  args->success = true;

 out:
  if (!args->success)
    {
      /* Not a process after all: no exit line. */
      cur->silent_exit = true;
      release_address_space (cur);
      sema_up (&args->done);
      thread_exit ();
    }
  sema_up (&args->done);
  frame.R.rax = 0;
  do_iret (&frame);
}

/* Clones the running process as a child named NAME, which resumes from
   the registers in FRAME (those of the fork system call).  Returns the
   child's tid once the child has copied everything, or TID_ERROR. */
tid_t
process_fork (const char *name, struct intr_frame *frame)
{
  struct start_args args;
  tid_t tid;

  args.parent = thread_current ();
  args.parent_frame = frame;
  args.success = false;
  sema_init (&args.done, 0);
  args.status = child_status_create ();
  if (args.status == NULL)
    return TID_ERROR;

  tid = thread_create (name, thread_get_priority (), fork_child, &args);
  if (tid == TID_ERROR)
    {
      child_status_release (args.status, true);
      free (args.status);
      return TID_ERROR;
    }
  sema_down (&args.done);
  if (!args.success)
    {
      /* The child exits without an exit line; reap it now. */
      process_wait (tid);
      return TID_ERROR;
    }
  return tid;
}

/* Replaces the running process's program with the one CMD_LINE names,
   keeping its pid, name and descriptors.  CMD_LINE is a page from
   palloc_get_page, freed here.  Does not return: on success it enters
   the new program, on failure the process exits with -1. */
int
process_exec (char *cmd_line)
{
  struct thread *cur = thread_current ();
  struct intr_frame frame;
  struct file *executable;

  /* Drop the old program, if any, and start an empty address space. */
  release_address_space (cur);
  if (cur->executable != NULL)
    {
      file_close (cur->executable);
      cur->executable = NULL;
    }
  cur->pml4 = pml4_create ();
  if (cur->pml4 == NULL)
    {
      palloc_free_page (cmd_line);
      thread_exit ();
    }
  if (!supplemental_page_table_init (&cur->spt))
    {
      pml4_destroy (cur->pml4);
      cur->pml4 = NULL;
      palloc_free_page (cmd_line);
      thread_exit ();
    }
  pml4_activate (cur->pml4);
  vmtrace_exec (cmd_line);

  memset (&frame, 0, sizeof frame);
  if (!load (cmd_line, &frame, &executable))
    {
      palloc_free_page (cmd_line);
      thread_exit ();
    }
  palloc_free_page (cmd_line);
  cur->executable = executable;

  frame.cs = SEL_UCSEG;
  frame.ss = SEL_UDSEG;
  frame.eflags = FLAG_IF | FLAG_MBS;
  do_iret (&frame);
}

/* Waits for child CHILD_TID of the running thread to exit and returns
   its exit status.  Returns -1 at once if CHILD_TID is not a child of
   ours or was already waited for. */
int
process_wait (tid_t child_tid)
{
  struct thread *cur = thread_current ();
  struct child_status *cs = NULL;
  struct list_elem *e;
  int status;

  lock_acquire (&status_lock);
  for (e = list_begin (&cur->children); e != list_end (&cur->children);
       e = list_next (e))
    if (list_entry (e, struct child_status, elem)->tid == child_tid)
      {
        cs = list_entry (e, struct child_status, elem);
        break;
      }
  lock_release (&status_lock);
  if (cs == NULL)
    return -1;

  sema_down (&cs->exited);
  status = cs->exit_status;
  child_status_release (cs, true);
  return status;
}

/* Ends the running process because of something it did wrong. */
void
process_kill (void)
{
  thread_current ()->exit_status = -1;
  thread_exit ();
}

/* Frees the running thread's process resources: called by thread_exit
   for every thread.  A user process prints its exit line. */
void
process_exit (void)
{
  struct thread *cur = thread_current ();
  struct list_elem *e;

  if (cur->own_status != NULL && !cur->silent_exit)
    printf ("%s: exit(%d)\n", cur->name, cur->exit_status);

  fd_table_destroy (cur->fds);
  cur->fds = NULL;
  inode_close (cur->cwd);
  cur->cwd = NULL;
  if (cur->executable != NULL)
    {
      file_close (cur->executable);
      cur->executable = NULL;
    }
  vmtrace_exit (cur->exit_status);
  release_address_space (cur);

  /* Let go of the children's records. */
  for (;;)
    {
      struct child_status *cs = NULL;
      lock_acquire (&status_lock);
      e = list_begin (&cur->children);
      if (e != list_end (&cur->children))
        cs = list_entry (e, struct child_status, elem);
      lock_release (&status_lock);
      if (cs == NULL)
        break;
      child_status_release (cs, true);
    }

  /* Tell the parent. */
  if (cur->own_status != NULL)
    {
      struct child_status *cs = cur->own_status;
      cur->own_status = NULL;
      lock_acquire (&status_lock);
      process_cnt--;
      lock_release (&status_lock);
      cs->exit_status = cur->exit_status;
      sema_up (&cs->exited);
      child_status_release (cs, false);
    }
}

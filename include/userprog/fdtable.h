/* File descriptors: per-process tables of references to open files.

   An open file (struct open_file) is what dup2 shares: several
   descriptors of one process can refer to one open file and then share
   its position.  fork does not share: the child gets a duplicate of each
   open file, at the same position but moving on its own, and descriptors
   aliased by dup2 in the parent share one duplicate in the child.  The
   console's keyboard and screen are open files too, so dup2 can redirect
   descriptors 0 and 1. */
#ifndef USERPROG_FDTABLE_H
#define USERPROG_FDTABLE_H

#include <stdbool.h>
#include <stddef.h>
#include "threads/synch.h"

struct file;

/* What an open file reads and writes. */
enum open_file_kind
  {
    OPEN_CONSOLE_IN,            /* The keyboard. */
    OPEN_CONSOLE_OUT,           /* The console. */
    OPEN_FILE                   /* A file in the file system. */
  };

/* An open file shared by the descriptors of one process.  Lock legend:
   REFS is guarded by the fd lock (fdtable.c); FILE's position by LOCK,
   which serializes reads, writes and seeks through it; KIND and FILE
   itself never change. */
struct open_file
  {
    enum open_file_kind kind;
    struct file *file;          /* For OPEN_FILE. */
    int refs;                   /* Descriptors referring to it. */
    struct lock lock;
  };

/* Most descriptors a process may have. */
#define FD_MAX 512

/* A process's descriptor table.  Changed only by its own process (its
   one thread), and read by a forked child while the parent is blocked
   in fork, so it has no lock; the open files it points to are shared
   and guard their REFS with their own LOCK. */
struct fd_table
  {
    struct open_file **slots;   /* SLOTS[FD], or NULL if FD is free. */
    int size;                   /* Allocated slots. */
  };

void fd_init (void);
struct fd_table *fd_table_create (void);
struct fd_table *fd_table_duplicate (const struct fd_table *table);
void fd_table_destroy (struct fd_table *table);

int fd_install (struct fd_table *table, struct open_file *of);
struct open_file *fd_lookup (const struct fd_table *table, int fd);
bool fd_close (struct fd_table *table, int fd);
int fd_dup2 (struct fd_table *table, int old_fd, int new_fd);

struct open_file *open_file_create (enum open_file_kind kind,
                                    struct file *file);
void open_file_release (struct open_file *of);
size_t open_file_count (void);

#endif /* userprog/fdtable.h */

/* File descriptor tables and the open files they share. */

#include "userprog/fdtable.h"
#include <debug.h>
#include <string.h>
#include "filesys/file.h"
#include "threads/malloc.h"

#define INITIAL_SLOTS 16

/* Guards every open file's REFS and OPEN_CNT. */
static struct lock fd_lock;
static size_t open_cnt;         /* Live struct open_files. */

void
fd_init (void)
{
  lock_init (&fd_lock);
}

/* Creates an open file of KIND for FILE (which it now owns).  Returns
   NULL if out of memory (FILE is then not closed). */
struct open_file *
open_file_create (enum open_file_kind kind, struct file *file)
{
  struct open_file *of = malloc (sizeof *of);

  if (of == NULL)
    return NULL;
  of->kind = kind;
  of->file = file;
  of->refs = 0;
  lock_init (&of->lock);
  lock_acquire (&fd_lock);
  open_cnt++;
  lock_release (&fd_lock);
  return of;
}

static void
retain (struct open_file *of)
{
  lock_acquire (&fd_lock);
  of->refs++;
  lock_release (&fd_lock);
}

/* Drops one reference to OF, closing it with the last. */
void
open_file_release (struct open_file *of)
{
  bool last;

  lock_acquire (&fd_lock);
  ASSERT (of->refs > 0);
  last = --of->refs == 0;
  if (last)
    open_cnt--;
  lock_release (&fd_lock);
  if (last)
    {
      if (of->file != NULL)
        file_close (of->file);
      free (of);
    }
}

/* Open files alive in the whole system, for leak checks. */
size_t
open_file_count (void)
{
  return open_cnt;
}

/* A new table with the console on descriptors 0 and 1, or NULL. */
struct fd_table *
fd_table_create (void)
{
  struct fd_table *t = malloc (sizeof *t);
  struct open_file *in, *out;

  if (t == NULL)
    return NULL;
  t->size = INITIAL_SLOTS;
  t->slots = calloc (t->size, sizeof *t->slots);
  in = open_file_create (OPEN_CONSOLE_IN, NULL);
  out = open_file_create (OPEN_CONSOLE_OUT, NULL);
  if (in != NULL)
    in->refs = 1;
  if (out != NULL)
    out->refs = 1;
  if (t->slots == NULL || in == NULL || out == NULL)
    {
      if (in != NULL)
        open_file_release (in);
      if (out != NULL)
        open_file_release (out);
      free (t->slots);
      free (t);
      return NULL;
    }
  t->slots[0] = in;
  t->slots[1] = out;
  return t;
}

/* Returns a new open file (no references yet) that copies OF: the same
   console device, or a file of its own on OF's inode at OF's position,
   write-denied if OF's file is.  Returns NULL if out of memory. */
static struct open_file *
open_file_duplicate (struct open_file *of)
{
  struct open_file *copy;
  struct file *file = NULL;

  if (of->kind == OPEN_FILE)
    {
      lock_acquire (&of->lock);
      file = file_duplicate (of->file);
      lock_release (&of->lock);
      if (file == NULL)
        return NULL;
    }
  copy = open_file_create (of->kind, file);
  if (copy == NULL)
    file_close (file);
  return copy;
}

/* Returns the descriptor below FD in TABLE that refers to the same open
   file as FD, or -1 if FD is the first to refer to it. */
static int
first_alias (const struct fd_table *table, int fd)
{
  int other;

  for (other = 0; other < fd; other++)
    if (table->slots[other] == table->slots[fd])
      return other;
  return -1;
}

/* A copy of TABLE for a forked child, or NULL if out of memory.  Each
   open file of TABLE is duplicated once (open_file_duplicate), so the
   child's positions start where TABLE's are and move on their own;
   descriptors that share an open file in TABLE (dup2) share its one
   duplicate in the copy.  The caller keeps TABLE's owner from using
   TABLE meanwhile (fork: the parent is blocked). */
struct fd_table *
fd_table_duplicate (const struct fd_table *table)
{
  struct fd_table *t = malloc (sizeof *t);
  int fd;

  if (t == NULL)
    return NULL;
  t->size = table->size;
  t->slots = calloc (t->size, sizeof *t->slots);
  if (t->slots == NULL)
    {
      free (t);
      return NULL;
    }
  for (fd = 0; fd < t->size; fd++)
    if (table->slots[fd] != NULL)
      {
        int alias = first_alias (table, fd);

        t->slots[fd] = alias >= 0 ? t->slots[alias]
                                  : open_file_duplicate (table->slots[fd]);
        if (t->slots[fd] == NULL)
          {
            fd_table_destroy (t);
            return NULL;
          }
        retain (t->slots[fd]);
      }
  return t;
}

/* Closes every descriptor and frees TABLE. */
void
fd_table_destroy (struct fd_table *table)
{
  int fd;

  if (table == NULL)
    return;
  for (fd = 0; fd < table->size; fd++)
    if (table->slots[fd] != NULL)
      open_file_release (table->slots[fd]);
  free (table->slots);
  free (table);
}

/* Makes TABLE at least SIZE slots long.  Returns false if it cannot. */
static bool
grow (struct fd_table *table, int size)
{
  struct open_file **slots;
  int new_size = table->size;

  if (size <= table->size)
    return true;
  if (size > FD_MAX)
    return false;
  while (new_size < size)
    new_size *= 2;
  if (new_size > FD_MAX)
    new_size = FD_MAX;
  slots = realloc (table->slots, new_size * sizeof *slots);
  if (slots == NULL)
    return false;
  memset (slots + table->size, 0,
          (new_size - table->size) * sizeof *slots);
  table->slots = slots;
  table->size = new_size;
  return true;
}

/* Puts OF (one new reference) at the lowest free descriptor >= 2 and
   returns it, or -1 if the table is full. */
int
fd_install (struct fd_table *table, struct open_file *of)
{
  int fd;

  for (fd = 2; fd < FD_MAX; fd++)
    {
      if (fd >= table->size && !grow (table, fd + 1))
        return -1;
      if (table->slots[fd] == NULL)
        {
          table->slots[fd] = of;
          retain (of);
          return fd;
        }
    }
  return -1;
}

/* The open file at FD, or NULL for a bad descriptor. */
struct open_file *
fd_lookup (const struct fd_table *table, int fd)
{
  if (table == NULL || fd < 0 || fd >= table->size)
    return NULL;
  return table->slots[fd];
}

/* Closes FD.  Returns false if it was not open. */
bool
fd_close (struct fd_table *table, int fd)
{
  struct open_file *of = fd_lookup (table, fd);

  if (of == NULL)
    return false;
  table->slots[fd] = NULL;
  open_file_release (of);
  return true;
}

/* Makes NEW_FD refer to OLD_FD's open file, closing NEW_FD first.
   Returns NEW_FD, or -1 if OLD_FD is bad or NEW_FD out of range. */
int
fd_dup2 (struct fd_table *table, int old_fd, int new_fd)
{
  struct open_file *of = fd_lookup (table, old_fd);

  if (of == NULL || new_fd < 0 || new_fd >= FD_MAX)
    return -1;
  if (old_fd == new_fd)
    return new_fd;
  if (!grow (table, new_fd + 1))
    return -1;
  if (table->slots[new_fd] != NULL)
    open_file_release (table->slots[new_fd]);
  table->slots[new_fd] = of;
  retain (of);
  return new_fd;
}

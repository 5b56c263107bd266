/* The system calls.

   User code enters with the syscall instruction (syscall-entry.S), which
   builds a struct intr_frame on the kernel stack and calls
   syscall_handler with interrupts on.  Arguments come from %rdi, %rsi,
   %rdx, %r10, %r8, %r9 and the result goes back in %rax.

   Every pointer from user space is used only through usermem.h's copy
   routines; a bad one ends the process with -1.  Bad file descriptors are
   not fatal: the call fails.  Data moves between user memory and files
   through a kernel bounce buffer, so no user page is touched while a file
   system lock is held. */

#include "userprog/syscall.h"
#include <console.h>
#include <debug.h>
#include <stdio.h>
#include <string.h>
#include <syscall-nr.h>
#include "devices/input.h"
#include "devices/shutdown.h"
#include "filesys/directory.h"
#include "filesys/file.h"
#include "filesys/filesys.h"
#include "filesys/inode.h"
#include "threads/flags.h"
#include "threads/gdt.h"
#include "threads/interrupt.h"
#include "threads/io.h"
#include "threads/malloc.h"
#include "threads/palloc.h"
#include "threads/thread.h"
#include "threads/vaddr.h"
#include "userprog/diag.h"
#include "userprog/fdtable.h"
#include "userprog/process.h"
#include "userprog/usermem.h"
#include "vm/vm.h"

/* Longest file name or path a system call accepts. */
#define PATH_MAX 511

/* The kernel buffer that data moves through between user memory and a
   file or the console: a page for large transfers, a small buffer on
   the stack for small ones (most console writes), which also serves
   when no page can be had. */
struct bounce
  {
    uint8_t *buffer;
    unsigned size;              /* Bytes moved per step. */
    bool page;                  /* BUFFER came from palloc. */
  };

#define SMALL_BOUNCE 256

void syscall_entry (void);
void syscall_handler (struct intr_frame *);

#define MSR_STAR 0xc0000081
#define MSR_LSTAR 0xc0000082
#define MSR_SFMASK 0xc0000084
#define MSR_EFER 0xc0000080
#define EFER_SCE 1

/* Sets up the syscall instruction: the kernel and user selectors, the
   entry point, and the flags cleared on entry (interrupts stay off
   until we are on the kernel stack). */
void
syscall_init (void)
{
  wrmsr (MSR_EFER, rdmsr (MSR_EFER) | EFER_SCE);
  wrmsr (MSR_STAR, ((uint64_t) (SEL_UDSEG - 8) << 48)
                   | ((uint64_t) SEL_KCSEG << 32));
  wrmsr (MSR_LSTAR, (uint64_t) syscall_entry);
  wrmsr (MSR_SFMASK, FLAG_IF | FLAG_TF | FLAG_DF | FLAG_IOPL | FLAG_AC
                     | FLAG_NT);
}

/* Ends the process because argument INDEX of its system call was a bad
   pointer, saying so on the debug console. */
static void NO_RETURN
kill_bad_arg (int index)
{
  diag_report_bad_arg (index);
  process_kill ();
}

/* Copies the user string USTR, argument INDEX of the call, into a new
   kernel string.  HELD, if not NULL, is a string the call copied from an
   earlier argument: it is freed before a bad pointer ends the process,
   so nothing leaks.  A string longer than PATH_MAX is returned as NULL
   (the call then fails normally). */
static char *
get_string_after (const char *ustr, int index, char *held)
{
  bool too_long;
  char *s = user_strdup (ustr, PATH_MAX, &too_long);

  if (s == NULL && !too_long)
    {
      free (held);
      kill_bad_arg (index);
    }
  return s;
}

/* Copies the user string USTR into a new kernel string, or ends the
   process if it is a bad pointer.  A string longer than PATH_MAX is
   returned as NULL (the call then fails normally). */
static char *
get_string (const char *ustr)
{
  return get_string_after (ustr, 0, NULL);
}

static struct open_file *
lookup (int fd)
{
  return fd_lookup (thread_current ()->fds, fd);
}

/* Tells whether OF is a directory, which read, write and mmap refuse
   (its entries change only through the file system's own calls). */
static bool
is_dir (const struct open_file *of)
{
  return of != NULL && of->kind == OPEN_FILE
         && inode_get_type (file_get_inode (of->file)) == INODE_DIR;
}

static void
sys_halt (void)
{
  filesys_flush ();
  shutdown_power_off ();
}

static void
sys_exit (int status)
{
  thread_current ()->exit_status = status;
  thread_exit ();
}

static int
sys_fork (const char *uname, struct intr_frame *f)
{
  char *name = get_string (uname);
  tid_t tid;

  if (name == NULL)
    return -1;
  tid = process_fork (name, f);
  free (name);
  return tid;
}

static int
sys_exec (const char *ucmd)
{
  bool too_long;
  char *cmd = user_strdup (ucmd, PGSIZE - 1, &too_long);
  char *page;

  if (cmd == NULL)
    {
      if (too_long)
        sys_exit (-1);
      kill_bad_arg (0);
    }
  page = palloc_get_page (0);
  if (page == NULL)
    {
      free (cmd);
      sys_exit (-1);
    }
  strlcpy (page, cmd, PGSIZE);
  free (cmd);
  process_exec (page);
}

static bool
sys_create (const char *ufile, unsigned initial_size)
{
  char *file = get_string (ufile);
  bool ok = file != NULL && filesys_create (file, initial_size);

  free (file);
  return ok;
}

static bool
sys_remove (const char *ufile)
{
  char *file = get_string (ufile);
  bool ok = file != NULL && filesys_remove (file);

  free (file);
  return ok;
}

static int
sys_open (const char *ufile)
{
  char *name = get_string (ufile);
  struct file *file;
  struct open_file *of;
  int fd = -1;

  if (name == NULL)
    return -1;
  file = filesys_open (name);
  free (name);
  if (file == NULL)
    return -1;
  of = open_file_create (OPEN_FILE, file);
  if (of == NULL)
    {
      file_close (file);
      return -1;
    }
  fd = fd_install (thread_current ()->fds, of);
  if (fd < 0)
    {
      /* Never installed: release by hand. */
      of->refs = 1;
      open_file_release (of);
    }
  return fd;
}

static int
sys_filesize (int fd)
{
  struct open_file *of = lookup (fd);

  if (of == NULL || of->kind != OPEN_FILE)
    return -1;
  return file_length (of->file);
}

/* Reads up to SIZE keys from the keyboard into UBUF. */
static int
read_console (uint8_t *ubuf, unsigned size)
{
  unsigned i;

  for (i = 0; i < size; i++)
    {
      uint8_t key = input_getc ();
      if (!copy_to_user (ubuf + i, &key, 1))
        kill_bad_arg (1);
    }
  return size;
}

/* Sets up B for moving SIZE bytes: SMALL (SMALL_BOUNCE bytes on the
   caller's stack) if that is enough or no page is free, else a page. */
static void
bounce_get (struct bounce *b, unsigned size, uint8_t *small)
{
  b->page = false;
  b->buffer = small;
  b->size = SMALL_BOUNCE;
  if (size > SMALL_BOUNCE)
    {
      uint8_t *page = palloc_get_page (0);
      if (page != NULL)
        {
          b->buffer = page;
          b->size = PGSIZE;
          b->page = true;
        }
    }
}

static void
bounce_put (struct bounce *b)
{
  if (b->page)
    palloc_free_page (b->buffer);
}

/* Reads up to SIZE bytes of OF's file into UBUF, a chunk at a time
   through B.  Returns the bytes read, or -1 if UBUF is bad. */
static int
read_file (struct open_file *of, uint8_t *ubuf, unsigned size,
           const struct bounce *b)
{
  unsigned done = 0;

  while (done < size)
    {
      unsigned want = size - done < b->size ? size - done : b->size;
      off_t got = file_read (of->file, b->buffer, want);

      if (got <= 0)
        break;
      if (!copy_to_user (ubuf + done, b->buffer, got))
        return -1;
      done += got;
      if ((unsigned) got < want)
        break;
    }
  return done;
}

static int
sys_read (int fd, void *ubuf, unsigned size)
{
  struct open_file *of = lookup (fd);
  uint8_t small[SMALL_BOUNCE];
  struct bounce b;
  int result;

  if (!user_range_ok (ubuf, size))
    kill_bad_arg (1);
  if (of == NULL || of->kind == OPEN_CONSOLE_OUT || is_dir (of))
    return -1;
  if (of->kind == OPEN_CONSOLE_IN)
    return read_console (ubuf, size);

  bounce_get (&b, size, small);
  lock_acquire (&of->lock);
  result = read_file (of, ubuf, size, &b);
  lock_release (&of->lock);
  bounce_put (&b);
  if (result < 0)
    kill_bad_arg (1);
  return result;
}

/* Writes SIZE bytes from UBUF to the console, as one piece.  Returns
   SIZE, or -1 if UBUF is bad. */
static int
write_console (const uint8_t *ubuf, unsigned size, const struct bounce *b)
{
  unsigned done = 0;

  console_acquire ();
  while (done < size)
    {
      unsigned n = size - done < b->size ? size - done : b->size;
      if (!copy_from_user (b->buffer, ubuf + done, n))
        {
          console_release ();
          return -1;
        }
      putbuf ((const char *) b->buffer, n);
      done += n;
    }
  console_release ();
  return done;
}

/* Writes SIZE bytes from UBUF to OF's file, a chunk at a time.
   Returns the bytes written, or -1 if UBUF is bad. */
static int
write_file (struct open_file *of, const uint8_t *ubuf, unsigned size,
            const struct bounce *b)
{
  unsigned done = 0;

  while (done < size)
    {
      unsigned n = size - done < b->size ? size - done : b->size;
      off_t put;

      if (!copy_from_user (b->buffer, ubuf + done, n))
        return -1;
      put = file_write (of->file, b->buffer, n);
      if (put > 0)
        done += put;
      if ((unsigned) put < n)
        break;
    }
  return done;
}

static int
sys_write (int fd, const void *ubuf, unsigned size)
{
  struct open_file *of = lookup (fd);
  uint8_t small[SMALL_BOUNCE];
  struct bounce b;
  int result;

  if (!user_range_ok (ubuf, size))
    kill_bad_arg (1);
  if (of == NULL || of->kind == OPEN_CONSOLE_IN || is_dir (of))
    return -1;
  bounce_get (&b, size, small);
  if (of->kind == OPEN_CONSOLE_OUT)
    result = write_console (ubuf, size, &b);
  else
    {
      lock_acquire (&of->lock);
      result = write_file (of, ubuf, size, &b);
      lock_release (&of->lock);
    }
  bounce_put (&b);
  if (result < 0)
    kill_bad_arg (1);
  return result;
}

/* Moves FD's position to POSITION.  A position above INT32_MAX, which
   no file position can hold, becomes INT32_MAX: reads and writes there
   transfer nothing, and tell returns INT32_MAX (docs/userprog.md). */
static void
sys_seek (int fd, unsigned position)
{
  struct open_file *of = lookup (fd);

  if (of == NULL || of->kind != OPEN_FILE)
    return;
  if (position > INT32_MAX)
    position = INT32_MAX;
  lock_acquire (&of->lock);
  file_seek (of->file, position);
  lock_release (&of->lock);
}

static unsigned
sys_tell (int fd)
{
  struct open_file *of = lookup (fd);
  unsigned position;

  if (of == NULL || of->kind != OPEN_FILE)
    return -1;
  lock_acquire (&of->lock);
  position = file_tell (of->file);
  lock_release (&of->lock);
  return position;
}

static void
sys_close (int fd)
{
  fd_close (thread_current ()->fds, fd);
}

/* Maps LENGTH bytes of the file open as FD from OFFSET at ADDR.  Returns
   ADDR, or NULL on any failure (SPEC 5.3). */
static void *
sys_mmap (void *addr, size_t length, int writable, int fd, int64_t offset)
{
  struct open_file *of = lookup (fd);
  void *result;

  if (of == NULL || of->kind != OPEN_FILE || offset < 0
      || offset > INT32_MAX || is_dir (of))
    return NULL;
  lock_acquire (&of->lock);
  result = do_mmap (addr, length, writable, of->file, offset);
  lock_release (&of->lock);
  return result;
}

/* Runs OP on the user string UPATH, copied in; false if it is too
   long. */
static bool
with_path (const char *upath, bool (*op) (const char *))
{
  char *path = get_string (upath);
  bool ok = path != NULL && op (path);

  free (path);
  return ok;
}

static bool
sys_chdir (const char *udir)
{
  return with_path (udir, filesys_chdir);
}

static bool
sys_mkdir (const char *udir)
{
  return with_path (udir, filesys_mkdir);
}

/* Returns the inode of the file open as FD, or NULL if FD is not a
   file. */
static struct inode *
fd_inode (int fd)
{
  struct open_file *of = lookup (fd);

  return of != NULL && of->kind == OPEN_FILE ? file_get_inode (of->file)
                                             : NULL;
}

/* Reads the next entry of the directory open as FD into the user's
   UNAME (NAME_MAX + 1 bytes).  False at the end, or if FD is not a
   directory. */
static bool
sys_readdir (int fd, char *uname)
{
  struct open_file *of = lookup (fd);
  char name[NAME_MAX + 1];
  struct inode *inode = fd_inode (fd);
  off_t pos;
  bool ok;

  if (!user_range_ok (uname, NAME_MAX + 1))
    kill_bad_arg (1);
  if (inode == NULL || inode_get_type (inode) != INODE_DIR)
    return false;
  lock_acquire (&of->lock);
  pos = file_tell (of->file);
  ok = dir_read_entry (inode, &pos, name);
  file_seek (of->file, pos);
  lock_release (&of->lock);
  if (ok && !copy_to_user (uname, name, strlen (name) + 1))
    kill_bad_arg (1);
  return ok;
}

static bool
sys_isdir (int fd)
{
  struct inode *inode = fd_inode (fd);

  return inode != NULL && inode_get_type (inode) == INODE_DIR;
}

static int
sys_inumber (int fd)
{
  struct inode *inode = fd_inode (fd);

  return inode != NULL ? (int) inode_get_inumber (inode) : -1;
}

static int
sys_symlink (const char *utarget, const char *ulinkpath)
{
  char *target = get_string (utarget);
  char *linkpath = target != NULL ? get_string_after (ulinkpath, 1, target)
                                   : NULL;
  bool ok = linkpath != NULL && filesys_symlink (target, linkpath);

  free (target);
  free (linkpath);
  return ok ? 0 : -1;
}

static int
sys_mount (const char *upath, int channel, int device)
{
  char *path = get_string (upath);
  bool ok = path != NULL && filesys_mount (path, channel, device);

  free (path);
  return ok ? 0 : -1;
}

static int
sys_umount (const char *upath)
{
  return with_path (upath, filesys_umount) ? 0 : -1;
}

/* The dispatcher: F holds the user's registers; the result goes in
   F's %rax. */
void
syscall_handler (struct intr_frame *f)
{
  uint64_t a0 = f->R.rdi, a1 = f->R.rsi, a2 = f->R.rdx;
  uint64_t result = 0;

  thread_current ()->user_rsp = f->rsp;
  switch (f->R.rax)
    {
    case SYS_HALT: sys_halt (); break;
    case SYS_EXIT: sys_exit ((int) a0); break;
    case SYS_FORK: result = sys_fork ((const char *) a0, f); break;
    case SYS_EXEC: result = sys_exec ((const char *) a0); break;
    case SYS_WAIT: result = process_wait ((tid_t) a0); break;
    case SYS_CREATE:
      result = sys_create ((const char *) a0, (unsigned) a1);
      break;
    case SYS_REMOVE: result = sys_remove ((const char *) a0); break;
    case SYS_OPEN: result = sys_open ((const char *) a0); break;
    case SYS_FILESIZE: result = sys_filesize ((int) a0); break;
    case SYS_READ:
      result = sys_read ((int) a0, (void *) a1, (unsigned) a2);
      break;
    case SYS_WRITE:
      result = sys_write ((int) a0, (const void *) a1, (unsigned) a2);
      break;
    case SYS_SEEK: sys_seek ((int) a0, (unsigned) a1); break;
    case SYS_TELL: result = sys_tell ((int) a0); break;
    case SYS_CLOSE: sys_close ((int) a0); break;
    case SYS_DUP2:
      result = fd_dup2 (thread_current ()->fds, (int) a0, (int) a1);
      break;
    case SYS_MMAP:
      result = (uint64_t) sys_mmap ((void *) a0, (size_t) a1, (int) a2,
                                    (int) f->R.r10, (int64_t) f->R.r8);
      break;
    case SYS_MUNMAP: do_munmap ((void *) a0); break;
    case SYS_CHDIR: result = sys_chdir ((const char *) a0); break;
    case SYS_MKDIR: result = sys_mkdir ((const char *) a0); break;
    case SYS_READDIR: result = sys_readdir ((int) a0, (char *) a1); break;
    case SYS_ISDIR: result = sys_isdir ((int) a0); break;
    case SYS_INUMBER: result = sys_inumber ((int) a0); break;
    case SYS_SYMLINK:
      result = sys_symlink ((const char *) a0, (const char *) a1);
      break;
    case SYS_MOUNT:
      result = sys_mount ((const char *) a0, (int) a1, (int) a2);
      break;
    case SYS_UMOUNT: result = sys_umount ((const char *) a0); break;
    default:
      /* Not (yet) supported: a clean failure. */
      result = -1;
      break;
    }
  f->R.rax = result;
}

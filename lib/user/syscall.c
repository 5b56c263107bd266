/* System call wrappers: the number in %rax, arguments in %rdi, %rsi,
   %rdx, %r10, %r8, %r9, the result in %rax.  The syscall instruction
   clobbers %rcx and %r11; the kernel preserves everything else. */

#include <syscall.h>
#include <syscall-nr.h>

static inline long
syscall6 (long number, long a0, long a1, long a2, long a3, long a4, long a5)
{
  register long r10 asm ("r10") = a3;
  register long r8 asm ("r8") = a4;
  register long r9 asm ("r9") = a5;
  long result;

  asm volatile ("syscall"
                : "=a" (result)
                : "a" (number), "D" (a0), "S" (a1), "d" (a2),
                  "r" (r10), "r" (r8), "r" (r9)
                : "rcx", "r11", "memory");
  return result;
}

#define syscall0(N) syscall6 ((N), 0, 0, 0, 0, 0, 0)
#define syscall1(N, A) syscall6 ((N), (long) (A), 0, 0, 0, 0, 0)
#define syscall2(N, A, B) syscall6 ((N), (long) (A), (long) (B), 0, 0, 0, 0)
#define syscall3(N, A, B, C) \
  syscall6 ((N), (long) (A), (long) (B), (long) (C), 0, 0, 0)
#define syscall5(N, A, B, C, D, E) \
  syscall6 ((N), (long) (A), (long) (B), (long) (C), (long) (D), \
            (long) (E), 0)

void
halt (void)
{
  syscall0 (SYS_HALT);
  NOT_REACHED ();
}

void
exit (int status)
{
  syscall1 (SYS_EXIT, status);
  NOT_REACHED ();
}

pid_t fork (const char *name) { return syscall1 (SYS_FORK, name); }
int exec (const char *cmd_line) { return syscall1 (SYS_EXEC, cmd_line); }
int wait (pid_t pid) { return syscall1 (SYS_WAIT, pid); }

bool
create (const char *file, unsigned initial_size)
{
  return syscall2 (SYS_CREATE, file, initial_size);
}

bool remove (const char *file) { return syscall1 (SYS_REMOVE, file); }
int open (const char *file) { return syscall1 (SYS_OPEN, file); }
int filesize (int fd) { return syscall1 (SYS_FILESIZE, fd); }

int
read (int fd, void *buffer, unsigned size)
{
  return syscall3 (SYS_READ, fd, buffer, size);
}

int
write (int fd, const void *buffer, unsigned size)
{
  return syscall3 (SYS_WRITE, fd, buffer, size);
}

void seek (int fd, unsigned position) { syscall2 (SYS_SEEK, fd, position); }
unsigned tell (int fd) { return syscall1 (SYS_TELL, fd); }
void close (int fd) { syscall1 (SYS_CLOSE, fd); }
int dup2 (int oldfd, int newfd) { return syscall2 (SYS_DUP2, oldfd, newfd); }

void *
mmap (void *addr, size_t length, int writable, int fd, off_t offset)
{
  return (void *) syscall5 (SYS_MMAP, addr, length, writable, fd, offset);
}

void munmap (void *addr) { syscall1 (SYS_MUNMAP, addr); }
/* These return true only for a result of 1: a kernel without the call
   returns -1, which is a failure, not a success. */
bool chdir (const char *dir) { return syscall1 (SYS_CHDIR, dir) == 1; }
bool mkdir (const char *dir) { return syscall1 (SYS_MKDIR, dir) == 1; }

bool
readdir (int fd, char name[READDIR_MAX_LEN + 1])
{
  return syscall2 (SYS_READDIR, fd, name) == 1;
}

bool isdir (int fd) { return syscall1 (SYS_ISDIR, fd) == 1; }
int inumber (int fd) { return syscall1 (SYS_INUMBER, fd); }

int
symlink (const char *target, const char *linkpath)
{
  return syscall2 (SYS_SYMLINK, target, linkpath);
}

int
mount (const char *path, int chan_no, int dev_no)
{
  return syscall3 (SYS_MOUNT, path, chan_no, dev_no);
}

int umount (const char *path) { return syscall1 (SYS_UMOUNT, path); }

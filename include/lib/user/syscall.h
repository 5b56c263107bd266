/* The system calls, as user programs see them, and the inspection
   interrupts tests use to look at the kernel's view of memory and
   disks. */
#ifndef LIB_USER_SYSCALL_H
#define LIB_USER_SYSCALL_H

#include <debug.h>
#include <kernel-counters.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Process identifier. */
typedef int pid_t;
#define PID_ERROR ((pid_t) -1)

/* Map region identifier and file offsets. */
typedef int off_t;
#define MAP_FAILED ((void *) NULL)

/* Longest file name readdir returns. */
#define READDIR_MAX_LEN 14

/* Typical exit codes. */
#define EXIT_SUCCESS 0
#define EXIT_FAILURE 1

void halt (void) NO_RETURN;
void exit (int status) NO_RETURN;
pid_t fork (const char *thread_name);
int exec (const char *cmd_line);
int wait (pid_t pid);
bool create (const char *file, unsigned initial_size);
bool remove (const char *file);
int open (const char *file);
int filesize (int fd);
int read (int fd, void *buffer, unsigned length);
int write (int fd, const void *buffer, unsigned length);
void seek (int fd, unsigned position);
unsigned tell (int fd);
void close (int fd);
int dup2 (int oldfd, int newfd);

void *mmap (void *addr, size_t length, int writable, int fd, off_t offset);
void munmap (void *addr);

bool chdir (const char *dir);
bool mkdir (const char *dir);
bool readdir (int fd, char name[READDIR_MAX_LEN + 1]);
bool isdir (int fd);
int inumber (int fd);
int symlink (const char *target, const char *linkpath);
int mount (const char *path, int chan_no, int dev_no);
int umount (const char *path);

/* Physical address of the frame mapped at USER_ADDR, or NULL if no frame
   is present there (int $0x42). */
static inline void *
get_phys_addr (void *user_addr)
{
  void *pa;

  asm volatile ("int $0x42" : "=a" (pa) : "a" (user_addr) : "memory");
  return pa;
}

/* Sectors read from / written to the disk on IDE channel CHAN, device
   DEV, since boot (int $0x43 / int $0x44). */
static inline long long
get_disk_read_cnt (int chan, int dev)
{
  long long cnt;

  asm volatile ("int $0x43" : "=a" (cnt) : "d" ((long) chan), "c" ((long) dev)
                : "memory");
  return cnt;
}

static inline long long
get_disk_write_cnt (int chan, int dev)
{
  long long cnt;

  asm volatile ("int $0x44" : "=a" (cnt) : "d" ((long) chan), "c" ((long) dev)
                : "memory");
  return cnt;
}

/* The file-system disk is channel 0, device 1. */
static inline long long get_fs_disk_read_cnt (void)
{
  return get_disk_read_cnt (0, 1);
}

static inline long long get_fs_disk_write_cnt (void)
{
  return get_disk_write_cnt (0, 1);
}

/* Fills *C with the kernel's leak counters (int $0x45, ours).  Returns
   0, or -1 if C is a bad address. */
static inline int
get_kernel_counters (struct kernel_counters *c)
{
  long result;

  asm volatile ("int $0x45" : "=a" (result) : "a" (c) : "memory");
  return result;
}

#endif /* lib/user/syscall.h */

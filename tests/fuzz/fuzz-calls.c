/* The system-call fuzzer's random calls: a worker's batch of calls from
   a seed, every call "tame" (it cannot get the worker killed) but the
   last, which is "wild".  A model of the process's descriptors and
   mappings keeps tame calls tame: reads never wait for the keyboard,
   what may reach the console is one fixed line, buffers lie in the
   scratch pages or in live mappings.  Workers fork children (at most
   MAX_FORKS each, MAX_DEPTH generations) and exec the program in child
   mode; those fuzz a short batch and exit.  See fuzz-syscalls.c for the
   driver. */

#include "tests/fuzz/fuzz-calls.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <syscall.h>
#include <syscall-nr.h>
#include "tests/lib.h"

#define SCRATCH_PAGES 3
#define FD_LIMIT 602            /* Descriptors the model tracks: 0..601. */
#define MAP_SLOTS 6
#define MAP_BASE 0x10000000UL   /* Where the fuzzer's mappings go. */
#define MAP_AREA_PAGES 64
#define MAX_DEPTH 2             /* Fork/exec generations below a worker. */
#define MAX_FORKS 2             /* Forks per process. */
#define CHILD_BATCH_MAX 6       /* Longest child batch. */

/* What a descriptor refers to, as far as this process knows. */
enum fd_kind { FD_UNKNOWN, FD_CLOSED, FD_FILE, FD_CONSOLE_IN, FD_CONSOLE_OUT };

/* One mapping the process made. */
struct mapping
  {
    unsigned long addr;         /* 0 if the slot is free. */
    unsigned long length;
    bool writable;
  };

/* The state of one fuzzing process. */
struct fuzzer
  {
    unsigned long long rng;     /* xorshift64* state. */
    int depth;                  /* 0 for a worker, more for its children. */
    int forks;                  /* Children forked so far. */
    pid_t children[MAX_FORKS];
    unsigned char fds[FD_LIMIT];        /* enum fd_kind per descriptor. */
    struct mapping maps[MAP_SLOTS];
  };

static struct fuzzer fz;

bool fuzz_verbose;
static char scratch[SCRATCH_PAGES * PAGE] __attribute__ ((aligned (PAGE)));

/* Names the fuzzer's files use; never the program itself. */
static const char *const file_names[] =
  { "fz0", "fz1", "fz2", "fz3", "fz-long-name14", "fz-long-name-15",
    "", "/", ".", "fz0/x", "sample.txt" };
#define FILE_NAME_CNT (sizeof file_names / sizeof *file_names)

/* Sizes and lengths worth trying. */
static const unsigned long wild_sizes[] =
  { 0, 1, 7, 511, 512, 4095, 4096, 4097, 65536, 0x7fffffffUL,
    0x80000000UL, 0xffffffffUL, 0x100000000UL, 0x100000010UL,
    0x40000000UL, 0xffffffffffffffffUL, 0x4000000UL, 0x10000000UL };
#define WILD_SIZE_CNT (sizeof wild_sizes / sizeof *wild_sizes)

/* Returns the next pseudo-random number (xorshift64*). */
static unsigned long
next (void)
{
  fz.rng ^= fz.rng >> 12;
  fz.rng ^= fz.rng << 25;
  fz.rng ^= fz.rng >> 27;
  return fz.rng * 2685821657736338717ULL;
}

/* A number in [0, N). */
static unsigned long
below (unsigned long n)
{
  return next () % n;
}

/* True with probability PERCENT / 100. */
static bool
chance (int percent)
{
  return below (100) < (unsigned long) percent;
}

/* Mixes SEED and INDEX into the seed of one batch. */
unsigned long long
fuzz_batch_seed (unsigned seed, unsigned index)
{
  unsigned long long x = seed * 0x9e3779b97f4a7c15ULL + index + 1;

  x ^= x >> 31;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 29;
  return x != 0 ? x : 1;
}

/* Makes system call NUMBER with six arguments. */
static long
raw_syscall (long number, long a0, long a1, long a2, long a3, long a4, long a5)
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

/* A descriptor: mostly small ones, some from -5 to 600. */
static int
pick_fd (void)
{
  if (chance (70))
    return (int) below (12) - 2;
  return (int) below (606) - 5;
}

/* A size that keeps a buffer at OFFSET inside the scratch area. */
static unsigned long
tame_size (unsigned long offset)
{
  unsigned long room = sizeof scratch - offset;

  return chance (20) ? 0 : below (room + 1);
}

/* A user address the kernel must refuse without harm to itself. */
static unsigned long
bad_pointer (void)
{
  const struct mapping *m = &fz.maps[below (MAP_SLOTS)];

  switch (below (9))
    {
    case 8:                                             /* Across a map's end. */
      if (m->addr != 0)
        return m->addr + m->length - 1 - below (16);
      return 0;
    case 0: return below (64);                          /* Near NULL. */
    case 1: return 0x20000000UL + below (1UL << 20);    /* Unmapped. */
    case 2: return KERNEL_BASE_ADDR + below (1UL << 30);/* Kernel. */
    case 3: return KERNEL_BASE_ADDR - 1 - below (8);    /* Last user bytes. */
    case 4: return 0x0000800000000000UL + below (PAGE); /* Non-canonical. */
    case 5: return 0xffffffff80000000UL + below (PAGE); /* Kernel high half. */
    case 6: return USER_STACK_TOP - 1 - below (16);     /* Across stack end. */
    default: return ~0UL - below (16);                  /* Wraps around. */
    }
}

/* A pointer into the program's code. */
static unsigned long
code_pointer (void)
{
  return (unsigned long) (void *) pick_fd + below (256);
}

/* A pointer into one of our live mappings, or 0 if there is none. */
static unsigned long
map_pointer (bool need_writable, unsigned long *room)
{
  int i = below (MAP_SLOTS);
  const struct mapping *m = &fz.maps[i];

  if (m->addr == 0 || (need_writable && !m->writable))
    return 0;
  *room = m->length - below (m->length);
  return m->addr + (m->length - *room);
}

/* A buffer and its size for a call that reads from user memory (INBOUND
   false) or writes into it (INBOUND true).  Tame buffers are never fatal;
   wild ones may be.  Returns true if the buffer is not readable memory
   of ours. */
static bool
pick_buffer (bool wild, bool inbound, unsigned long *ptr, unsigned long *size)
{
  unsigned long offset = below (sizeof scratch), room = 0, map = 0;

  *ptr = (unsigned long) scratch + offset;
  *size = tame_size (offset);
  if (chance (25) && (map = map_pointer (inbound, &room)) != 0)
    {
      *ptr = map;
      *size = below (room + 1);
    }
  if (!inbound && chance (10))
    *ptr = code_pointer ();
  if (wild && chance (50))
    *size = wild_sizes[below (WILD_SIZE_CNT)];
  if (wild && chance (50))
    {
      *ptr = bad_pointer ();
      return true;
    }
  return false;
}

/* A string for a path argument. */
static unsigned long
pick_string (bool wild)
{
  char *s = scratch + PAGE;

  if (wild && chance (60))
    {
      if (chance (30))
        {
          /* Unterminated: its bytes run to the end of the stack. */
          char *end = (char *) USER_STACK_TOP - 1 - below (8);
          memset (end, 'u', (char *) USER_STACK_TOP - end);
          return (unsigned long) end;
        }
      return chance (20) ? code_pointer () : bad_pointer ();
    }
  switch (below (6))
    {
    case 0:
      /* Longer than any path the kernel accepts, but terminated. */
      memset (s, 'l', 600 + below (PAGE - 600));
      s[below (2) ? 600 : PAGE - 1] = '\0';
      return (unsigned long) s;
    case 1:
      /* Misaligned copy of a name. */
      strlcpy (s + 1 + below (7), file_names[below (FILE_NAME_CNT)], 32);
      return (unsigned long) s + 1 + below (1);
    default:
      return (unsigned long) file_names[below (FILE_NAME_CNT)];
    }
}

/* Records what a successful call did to the descriptor model. */
static void
model_after (long number, long a0, long a1, long result)
{
  if (number == SYS_OPEN && result >= 0 && result < FD_LIMIT)
    fz.fds[result] = FD_FILE;
  else if (number == SYS_CLOSE && a0 >= 0 && a0 < FD_LIMIT)
    fz.fds[a0] = FD_CLOSED;
  else if (number == SYS_DUP2 && result == a1 && a1 >= 0 && a1 < FD_LIMIT)
    fz.fds[a1] = a0 >= 0 && a0 < FD_LIMIT ? fz.fds[a0] : FD_UNKNOWN;
}

/* True if reading FD might wait for the keyboard. */
static bool
may_read_keys (long fd)
{
  return fd < 0 || fd >= FD_LIMIT || fz.fds[fd] == FD_CONSOLE_IN
         || fz.fds[fd] == FD_UNKNOWN;
}

/* Prepares a read or write on a random descriptor.  What may reach the
   console is one fixed, whole line. */
static void
setup_transfer (long number, bool wild, long *a)
{
  unsigned long ptr, size;
  bool bad;

  a[0] = pick_fd ();
  bad = pick_buffer (wild, number == SYS_READ, &ptr, &size);
  if (number == SYS_READ && may_read_keys (a[0]))
    size = 0;
  if (number == SYS_WRITE && !bad
      && (a[0] < 0 || a[0] >= FD_LIMIT
          || (fz.fds[a[0]] != FD_FILE && fz.fds[a[0]] != FD_CLOSED)))
    {
      ptr = (unsigned long) "~\n";
      size = chance (50) ? 2 : 0;
    }
  a[1] = ptr;
  a[2] = size;
}

/* A mapping's address: mostly inside the fuzzer's map area. */
static unsigned long
map_address (bool wild)
{
  if (wild && chance (40))
    return bad_pointer () & ~(chance (80) ? PAGE - 1UL : 0);
  if (chance (10))
    return (unsigned long) scratch;             /* Overlaps data. */
  return MAP_BASE + below (MAP_AREA_PAGES) * PAGE + (chance (5) ? 1 : 0);
}

/* Arguments for mmap; a huge length only now and then. */
static void
setup_mmap (bool wild, long *a)
{
  static const long offsets[] = { 0, 0, 0, PAGE, 2 * PAGE, 1, -PAGE,
                                  0x7ffff000L, 0x100000000L };

  a[0] = map_address (wild);
  a[1] = chance (90) ? 1 + below (3 * PAGE) : wild_sizes[below (WILD_SIZE_CNT)];
  a[2] = below (2);
  a[3] = pick_fd ();
  a[4] = offsets[below (sizeof offsets / sizeof *offsets)];
}

/* Remembers a mapping that mmap made. */
static void
model_mmap (const long *a, long result)
{
  int i;

  if (result == 0 || result == -1)
    return;
  for (i = 0; i < MAP_SLOTS; i++)
    if (fz.maps[i].addr == 0)
      {
        fz.maps[i].addr = result;
        fz.maps[i].length = (a[1] + PAGE - 1) & ~(PAGE - 1UL);
        fz.maps[i].writable = a[2] != 0;
        return;
      }
}

/* Forgets the mapping at ADDR. */
static void
model_munmap (unsigned long addr)
{
  int i;

  for (i = 0; i < MAP_SLOTS; i++)
    if (fz.maps[i].addr == addr)
      fz.maps[i].addr = 0;
}

static void run_batch (int length);

/* Writes VALUE at P.  Not inlined: a function that calls it is not a
   leaf, so its arrays lie wholly above %rsp (a leaf may keep 128 bytes
   below %rsp, in the red zone). */
void __attribute__ ((noinline))
fuzz_poke (volatile char *p, char value)
{
  *p = value;
}

/* Writes to COUNT random pages of a stack array of up to STACK_PAGES
   pages: stack growth, and with a small user pool, eviction and swap. */
#define STACK_PAGES 192
static void __attribute__ ((noinline))
touch_stack (int count)
{
  char pages[STACK_PAGES * PAGE];

  while (count-- > 0)
    fuzz_poke (&pages[below (STACK_PAGES) * PAGE + below (PAGE)], (char) next ());
}

/* Forks a child that fuzzes a short batch and exits; returns its pid. */
static long
fuzz_fork (bool wild)
{
  unsigned long name = wild && chance (30) ? pick_string (true)
                                           : (unsigned long) "fz-c";
  long pid;

  if (fz.depth >= MAX_DEPTH || fz.forks >= MAX_FORKS)
    return -2;
  pid = raw_syscall (SYS_FORK, name, 0, 0, 0, 0, 0);
  if (pid == 0)
    {
      fz.depth++;
      fz.forks = 0;
      fz.rng = fuzz_batch_seed (fz.rng, 77);
      run_batch (1 + below (CHILD_BATCH_MAX));
      exit (fz.depth);
    }
  if (pid > 0)
    fz.children[fz.forks++] = pid;
  return pid;
}

/* Builds the command line of a child-mode copy of this program. */
static unsigned long
exec_line (void)
{
  char *line = scratch + 2 * PAGE;

  int n, i;

  switch (below (7))
    {
    case 5:
      /* Many arguments (more than the loader takes, now and then). */
      n = snprintf (line, 64, "%s c 1 %d", test_name, MAX_DEPTH + 1);
      for (i = below (200); i > 0 && n < PAGE - 8; i--)
        n += snprintf (line + n, 8, " %c", 'a' + (int) below (26));
      return (unsigned long) line;
    case 6:
      return (unsigned long) "    ";
    case 0:
      return (unsigned long) "no-such-program";
    case 1:
      return (unsigned long) "fz0";             /* Not an executable. */
    case 2:
      return pick_string (true);
    default:
      snprintf (line, 128, "%s c %lu %d", test_name,
                (unsigned long) (fz.rng & 0xffffffff), fz.depth + 1);
      return (unsigned long) line;
    }
}

/* A system call number: mostly valid ones, never halt. */
static long
pick_number (bool wild)
{
  static const long odd[] = { -1, SYS_CNT, SYS_CNT + 1, 100, 0x7fffffff,
                              0x100000000L + SYS_WRITE,
                              0x100000000L + SYS_HALT, -SYS_EXIT };
  long n;

  if (chance (5))
    return odd[below (sizeof odd / sizeof *odd)];
  do
    n = 1 + below (SYS_CNT - 1);
  while (!wild && (n == SYS_EXIT || n == SYS_EXEC));
  return n;
}

/* Executes an instruction a user program may try but the kernel must
   refuse or handle: an inspection interrupt with random registers, a
   software interrupt through a kernel-only gate, a privileged or
   undefined instruction, a division by zero.  Most end the process. */
static void
wild_instruction (void)
{
  long rax = (long) (below (2) ? next () : bad_pointer ());
  long rcx = (long) below (8) - 2, rdx = (long) below (8) - 2;

  switch (below (10))
    {
    case 0: asm volatile ("int $0x42" : "+a" (rax) : : "memory"); break;
    case 1:
      asm volatile ("int $0x43" : "+a" (rax) : "d" (rdx), "c" (rcx) : "memory");
      break;
    case 2:
      asm volatile ("int $0x44" : "+a" (rax) : "d" (rdx), "c" (rcx) : "memory");
      break;
    case 3: asm volatile ("int $0x45" : "+a" (rax) : : "memory"); break;
    case 4: asm volatile ("int $0x20" : : : "memory"); break;   /* Timer. */
    case 5: asm volatile ("int $0x0e" : : : "memory"); break;   /* #PF. */
    case 6: asm volatile ("int3" : : : "memory"); break;
    case 7: asm volatile ("cli; hlt" : : : "memory"); break;
    case 8: asm volatile ("inb $0x60, %%al" : "+a" (rax) : : "memory"); break;
    default: asm volatile ("ud2" : : : "memory"); break;
    }
}

/* Does something other than a system call, now and then, for a tame
   step: uses a lot of stack, or dirties a mapped page.  Returns true if
   it did. */
static bool
touch_memory (void)
{
  unsigned long room, ptr;

  if (chance (10))
    {
      touch_stack (1 + below (64));
      return true;
    }
  if (chance (50) && (ptr = map_pointer (true, &room)) != 0)
    {
      *(volatile char *) ptr = (char) next ();
      return true;
    }
  return false;
}

/* Fills A with the arguments of system call NUMBER.  Returns false if
   there is no call to make: a fork was made here already, or memory was
   touched instead. */
static bool
setup_args (long number, bool wild, long *a)
{
  int i;

  for (i = 0; i < 6; i++)
    a[i] = chance (50) ? pick_fd () : (long) next ();
  switch (number)
    {
    case SYS_FORK: fuzz_fork (wild); return false;
    case SYS_EXIT: a[0] = (int) next (); break;
    case SYS_EXEC: a[0] = exec_line (); break;
    case SYS_WAIT:
      a[0] = fz.forks > 0 && chance (70) ? fz.children[below (fz.forks)]
                                         : (long) below (600) - 5;
      break;
    case SYS_CREATE:
      a[0] = pick_string (wild);
      a[1] = wild ? (long) next () : (long) below (3 * PAGE);
      break;
    case SYS_REMOVE: case SYS_OPEN: case SYS_CHDIR: case SYS_MKDIR:
      a[0] = pick_string (wild);
      break;
    case SYS_READ: case SYS_WRITE: setup_transfer (number, wild, a); break;
    case SYS_SEEK:
      a[0] = pick_fd ();
      a[1] = wild ? (long) wild_sizes[below (WILD_SIZE_CNT)]
                  : (long) below (16 * PAGE);
      break;
    case SYS_FILESIZE: case SYS_TELL: case SYS_CLOSE: case SYS_ISDIR:
    case SYS_INUMBER:
      a[0] = pick_fd ();
      break;
    case SYS_DUP2: a[0] = pick_fd (); a[1] = pick_fd (); break;
    case SYS_MMAP: setup_mmap (wild, a); break;
    case SYS_MUNMAP:
      a[0] = chance (60) ? fz.maps[below (MAP_SLOTS)].addr : map_address (wild);
      break;
    case SYS_READDIR: case SYS_SYMLINK: case SYS_MOUNT: case SYS_UMOUNT:
      a[0] = pick_string (wild);
      a[1] = pick_string (wild);
      break;
    default:
      if (!wild && touch_memory ())
        return false;
      if (!wild)
        for (i = 0; i < 6; i++)
          a[i] &= 0xff;        /* Unknown calls get small arguments. */
      break;
    }
  return true;
}

/* Makes one random system call (or, now and then, touches memory or
   executes an odd instruction).  Only a WILD call may end the process. */
static void
fuzz_one (bool wild)
{
  long number = pick_number (wild), a[6], result;

  if (wild && chance (5))
    {
      wild_instruction ();
      return;
    }
  if (!setup_args (number, wild, a))
    return;
  if (fuzz_verbose)
    printf ("(%s) call %ld (%#lx, %#lx, %#lx, %#lx, %#lx)%s\n", test_name,
            number, a[0], a[1], a[2], a[3], a[4], wild ? " wild" : "");
  result = raw_syscall (number, a[0], a[1], a[2], a[3], a[4], a[5]);
  model_after (number, a[0], a[1], result);
  if (number == SYS_MMAP)
    model_mmap (a, result);
  else if (number == SYS_MUNMAP)
    model_munmap (a[0]);
}

/* Makes LENGTH calls: all tame but the last. */
static void
run_batch (int length)
{
  int i;

  for (i = 0; i < length; i++)
    fuzz_one (i == length - 1);
}

/* Starts this process's model: the console descriptors are known only
   to a worker forked by the driver. */
static void
model_init (unsigned long long seed, int depth, bool know_fds)
{
  memset (&fz, 0, sizeof fz);
  fz.rng = seed;
  fz.depth = depth;
  memset (fz.fds, know_fds ? FD_CLOSED : FD_UNKNOWN, sizeof fz.fds);
  if (know_fds)
    {
      fz.fds[0] = FD_CONSOLE_IN;
      fz.fds[1] = FD_CONSOLE_OUT;
    }
  memset (scratch, 'z', sizeof scratch);
}

/* Runs a worker's batch of LENGTH calls from SEED and exits. */
void
fuzz_worker (unsigned long long seed, unsigned long length)
{
  model_init (seed, 0, true);
  run_batch (length);
  exit (0);
}

/* Child mode, after exec: a short batch at DEPTH, then exit. */
void
fuzz_child (unsigned long seed, int depth)
{
  model_init (fuzz_batch_seed (seed, 1), depth, false);
  if (fz.depth <= MAX_DEPTH)
    run_batch (1 + below (CHILD_BATCH_MAX));
  exit (fz.depth);
}

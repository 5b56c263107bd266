/* Kernel start-up: bring the machine up, read the command line, run its
   actions in order, power off. */

#include "threads/init.h"
#include <console.h>
#include <debug.h>
#include <random.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "devices/ide.h"
#include "devices/input.h"
#include "devices/kbd.h"
#include "devices/serial.h"
#include "devices/shutdown.h"
#include "devices/timer.h"
#include "filesys/cache.h"
#include "filesys/filesys.h"
#include "filesys/fsutil.h"
#include "threads/gdt.h"
#include "threads/interrupt.h"
#include "threads/kernel-test.h"
#include "threads/kstack.h"
#include "threads/loader.h"
#include "threads/malloc.h"
#include "threads/mmu.h"
#include "threads/palloc.h"
#include "threads/thread.h"
#include "threads/vaddr.h"
#include "userprog/exception.h"
#include "userprog/process.h"
#include "userprog/syscall.h"
#include "vm/trace.h"
#include "vm/vm.h"
#include "vm/evict.h"

bool power_off_when_done;
uint64_t ram_bytes;

/* -f: format the file-system disk. */
static bool format_filesys;

/* -threads-tests: "run NAME" always runs the kernel test NAME. */
static bool threads_tests;

/* -ul=N: most pages for the user pool. */
static size_t user_page_limit = SIZE_MAX;

/* The command line: ARGC strings in ARGV, copied from the loader's
   sector before anything can overwrite it. */
#define MAX_ARGS (LOADER_ARGS_SIZE / 2 + 1)
static char arg_buffer[LOADER_ARGS_SIZE + 1];
static char *argv[MAX_ARGS + 1];
static int argc;

/* One E820 entry as the loader stored it. */
struct e820_entry
  {
    uint64_t base;
    uint64_t length;
    uint32_t type;              /* 1 = usable RAM. */
    uint32_t attributes;
  } __attribute__ ((packed));

/* From the linker script. */
extern char _end[];

/* Reads the BIOS memory map: sets RAM_BYTES and returns the end of the
   usable region that holds the kernel, which is where free memory ends. */
static uint64_t
read_memory_map (void)
{
  uint32_t cnt = *(uint32_t *) ptov (LOADER_E820_COUNT);
  const struct e820_entry *map = ptov (LOADER_E820);
  uint64_t top = 0;
  uint32_t i;

  for (i = 0; i < cnt; i++)
    if (map[i].type == 1)
      {
        uint64_t end = map[i].base + map[i].length;

        ram_bytes += map[i].length;
        if (map[i].base <= LOADER_KERNEL_PHYS && end > LOADER_KERNEL_PHYS)
          top = end;
      }
  if (top == 0)
    PANIC ("no usable memory holds the kernel");
  return top;
}

/* Copies the command line out of the loader's sector into ARGV. */
static void
read_command_line (void)
{
  const uint8_t *sector = ptov (LOADER_CMDLINE);
  uint32_t cnt = *(const uint32_t *) sector;
  char *p = arg_buffer;
  uint32_t i;

  memcpy (arg_buffer, sector + 4, LOADER_ARGS_SIZE);
  arg_buffer[LOADER_ARGS_SIZE] = '\0';
  if (cnt > MAX_ARGS)
    PANIC ("command line has %u arguments, at most %d allowed",
           (unsigned) cnt, MAX_ARGS);
  for (i = 0; i < cnt; i++)
    {
      if (p >= arg_buffer + LOADER_ARGS_SIZE)
        PANIC ("command line arguments overflow");
      argv[argc++] = p;
      p += strlen (p) + 1;
    }
  argv[argc] = NULL;
}

/* Prints the command line, quoting arguments that contain spaces. */
static void
print_command_line (void)
{
  int i;

  printf ("Kernel command line:");
  for (i = 0; i < argc; i++)
    printf (strchr (argv[i], ' ') != NULL ? " '%s'" : " %s", argv[i]);
  printf ("\n");
}

static void
usage (void)
{
  printf ("\nCommand line syntax: [OPTION...] [ACTION...]\n"
          "Options must precede actions.\n"
          "Actions are executed in the order specified.\n"
          "\nAvailable actions:\n"
          "  run 'PROG [ARG...]' Run PROG (a kernel test by name) and wait.\n"
          "  ls                 List the files in the root directory.\n"
          "  cat FILE           Print FILE as a hex dump.\n"
          "  rm FILE            Delete FILE.\n"
          "  put FILE           Copy FILE in from the scratch disk.\n"
          "  get FILE           Copy FILE out to the scratch disk.\n"
          "\nOptions:\n"
          "  -h                 Print this help message and power off.\n"
          "  -q                 Power off after actions or on panic.\n"
          "  -f                 Format the file system disk.\n"
          "  -rs=SEED           Set random number seed to SEED.\n"
          "  -mlfqs             Use multi-level feedback queue scheduler.\n"
          "  -ul=COUNT          Limit user memory to COUNT pages.\n"
          "  -no-cow            Copy every page at fork (no copy-on-write).\n"
          "  -vmtrace           Trace VM events on the debug console.\n"
          "  -no-cache          Run the file system without a buffer cache.\n"
          "  -evict=POLICY      Replacement policy: clock (default), fifo, lru,\n"
          "                     random.\n"
          "  -threads-tests     Run kernel tests by name with 'run'.\n");
  shutdown_power_off ();
}

/* Handles the options at the front of ARGV; returns the index of the
   first action. */
static int
parse_options (void)
{
  int i;

  for (i = 0; i < argc && argv[i][0] == '-'; i++)
    {
      char *save_ptr;
      char *name = strtok_r (argv[i], "=", &save_ptr);
      char *value = strtok_r (NULL, "", &save_ptr);

      if (!strcmp (name, "-h"))
        usage ();
      else if (!strcmp (name, "-q"))
        power_off_when_done = true;
      else if (!strcmp (name, "-f"))
        format_filesys = true;
      else if (!strcmp (name, "-rs") && value != NULL)
        random_init (atoi (value));
      else if (!strcmp (name, "-mlfqs"))
        thread_mlfqs = true;
      else if (!strcmp (name, "-no-cow"))
        vm_cow_enabled = false;
      else if (!strcmp (name, "-vmtrace"))
        vmtrace_enabled = true;
      else if (!strcmp (name, "-no-cache"))
        cache_enabled = false;
      else if (!strcmp (name, "-evict") && value != NULL)
        {
          if (!evict_select (value))
            PANIC ("unknown policy in -evict=%s (clock, fifo, lru, random)",
                   value);
        }
      else if (!strcmp (name, "-ul") && value != NULL)
        user_page_limit = atoi (value);
      else if (!strcmp (name, "-threads-tests"))
        threads_tests = true;
      else
        PANIC ("unknown option `%s' (use -h for help)", name);

      /* strtok_r cut the argument at '='; put it back for later use. */
      if (value != NULL)
        value[-1] = '=';
    }
  return i;
}

/* Runs the program or kernel test named in ARGV[1]: a kernel test if
   -threads-tests was given or the build knows the name as one, a user
   program otherwise. */
static void
run_task (char **args)
{
  const char *task = args[1];

  printf ("Executing '%s':\n", task);
  if (threads_tests || kernel_test_exists (task))
    run_test (task);
  else
    process_wait (process_create_initd (task));
  printf ("Execution of '%s' complete.\n", task);
}

/* Runs the actions in ARGV, from index FIRST. */
static void
run_actions (int first)
{
  struct action
    {
      const char *name;
      int argc;                 /* Arguments, including the name. */
      void (*function) (char **argv);
    };
  static const struct action actions[] =
    {
      {"run", 2, run_task},
      {"ls", 1, fsutil_ls},
      {"cat", 2, fsutil_cat},
      {"rm", 2, fsutil_rm},
      {"put", 2, fsutil_put},
      {"get", 2, fsutil_get},
      {NULL, 0, NULL},
    };
  int i = first;

  while (i < argc)
    {
      const struct action *a;
      int j;

      for (a = actions; a->name != NULL; a++)
        if (!strcmp (argv[i], a->name))
          break;
      if (a->name == NULL)
        PANIC ("unknown action `%s' (use -h for help)", argv[i]);
      for (j = 1; j < a->argc; j++)
        if (i + j >= argc)
          PANIC ("action `%s' requires %d argument(s)", a->name,
                 a->argc - 1);
      a->function (&argv[i]);
      i += a->argc;
    }
}

/* Tells whether the actions from ARGV[FIRST] on include one that works
   on the file system directly (ls, cat, rm, put, get). */
static bool
uses_file_actions (int first)
{
  int i = first;

  while (i < argc)
    {
      if (!strcmp (argv[i], "ls") || !strcmp (argv[i], "cat")
          || !strcmp (argv[i], "rm") || !strcmp (argv[i], "put")
          || !strcmp (argv[i], "get"))
        return true;
      i += !strcmp (argv[i], "run") ? 2 : 1;
    }
  return false;
}

/* Mounts the file system (formatting it first with -f) if there is a
   file-system disk.  Without one, -f and the file actions are errors;
   otherwise the kernel runs without a file system. */
static void
mount_filesys (int first_action)
{
  if (block_get_role (BLOCK_FILESYS) != NULL)
    filesys_init (format_filesys);
  else if (format_filesys || uses_file_actions (first_action))
    PANIC ("no file-system disk: -f and the ls, cat, rm, put and get "
           "actions need one (use pintos --fs-disk)");
}

/* Prints N kB with thousands separators, as "261,632". */
static void
print_kb (uint64_t kb)
{
  if (kb >= 1000)
    {
      print_kb (kb / 1000);
      printf (",%03u", (unsigned) (kb % 1000));
    }
  else
    printf ("%u", (unsigned) kb);
}

int
main (void)
{
  uint64_t free_start, free_end;
  int first_action;

  free_end = read_memory_map ();
  read_command_line ();

  thread_init ();
  serial_init_poll ();
  console_init ();

  printf ("Pintos booting with ");
  print_kb (ram_bytes / 1024);
  printf (" kB RAM...\n");
  print_command_line ();
  first_action = parse_options ();

  free_start = vtop (_end);
  paging_init (free_end, &free_start);
  palloc_init (free_start, free_end, user_page_limit);
  malloc_init ();
  kstack_init ();

  gdt_init ();
  intr_init ();
  exception_init ();
  syscall_init ();
  process_init ();
  timer_init ();
  kbd_init ();
  input_init ();

  thread_start ();
  ide_init ();
  mount_filesys (first_action);
  vm_init ();
  serial_init_queue ();

  printf ("Boot complete.\n");
  run_actions (first_action);

  if (power_off_when_done)
    {
      filesys_flush ();
      shutdown_power_off ();
    }
  thread_exit ();
}

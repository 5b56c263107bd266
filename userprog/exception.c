/* CPU exceptions and the inspection interrupts.

   An exception raised by user code ends the process with -1 and prints
   nothing but its exit line on the console; why it ended goes to the
   debug console (userprog/diag.c).  A page fault goes first to the virtual
   memory system, which may resolve it (lazy loading, swapping, stack
   growth); a fault in the kernel inside a user-memory copy makes that
   copy fail; any other kernel exception is a kernel bug and panics. */

#include "userprog/exception.h"
#include <inttypes.h>
#include <stdio.h>
#include "devices/ide.h"
#include "devices/timer.h"
#include "threads/interrupt.h"
#include "threads/io.h"
#include "threads/kstack.h"
#include "threads/mmu.h"
#include "threads/thread.h"
#include "threads/vaddr.h"
#include "threads/malloc.h"
#include "threads/palloc.h"
#include "userprog/diag.h"
#include "userprog/fdtable.h"
#include "userprog/process.h"
#include "userprog/usermem.h"
#include "vm/frame.h"
#include "vm/swap.h"
#include "vm/vm.h"
#include <kernel-counters.h>

static void kill (struct intr_frame *);
static void double_fault (struct intr_frame *);
static void page_fault (struct intr_frame *);
static void inspect_phys_addr (struct intr_frame *);
static void inspect_counters (struct intr_frame *);
static void inspect_disk_reads (struct intr_frame *);
static void inspect_disk_writes (struct intr_frame *);

void
exception_init (void)
{
  /* Exceptions user code may raise with an instruction: DPL 3 so that
     int3, into and bound work from user mode. */
  intr_register_int (3, 3, INTR_ON, kill, "#BP Breakpoint Exception");
  intr_register_int (4, 3, INTR_ON, kill, "#OF Overflow Exception");
  intr_register_int (5, 3, INTR_ON, kill,
                     "#BR BOUND Range Exceeded Exception");

  /* Exceptions that only happen by accident: DPL 0. */
  intr_register_int (0, 0, INTR_ON, kill, "#DE Divide Error");
  intr_register_int (1, 0, INTR_ON, kill, "#DB Debug Exception");
  intr_register_int (6, 0, INTR_ON, kill, "#UD Invalid Opcode Exception");
  intr_register_int (7, 0, INTR_ON, kill,
                     "#NM Device Not Available Exception");
  intr_register_int (11, 0, INTR_ON, kill, "#NP Segment Not Present");
  intr_register_int (12, 0, INTR_ON, kill, "#SS Stack Fault Exception");
  intr_register_int (13, 0, INTR_ON, kill,
                     "#GP General Protection Exception");
  intr_register_int (16, 0, INTR_ON, kill, "#MF x87 FPU Floating-Point Error");
  intr_register_int (17, 0, INTR_ON, kill, "#AC Alignment Check Exception");
  intr_register_int (19, 0, INTR_ON, kill,
                     "#XF SIMD Floating-Point Exception");

  /* A double fault runs on its own stack: the usual cause is a kernel
     stack overflow, which leaves no stack to run on. */
  intr_register_int (8, 0, INTR_OFF, double_fault, "#DF Double Fault Exception");
  intr_set_ist (8, 1);

  /* Page faults run with interrupts off until CR2 is read. */
  intr_register_int (14, 0, INTR_OFF, page_fault, "#PF Page-Fault Exception");

  intr_register_int (0x42, 3, INTR_ON, inspect_phys_addr,
                     "Inspect physical address");
  intr_register_int (0x43, 3, INTR_ON, inspect_disk_reads,
                     "Inspect disk reads");
  intr_register_int (0x44, 3, INTR_ON, inspect_disk_writes,
                     "Inspect disk writes");
  intr_register_int (0x45, 3, INTR_ON, inspect_counters,
                     "Inspect kernel counters");
}

/* An exception that user code caused ends the process; in the kernel it
   is a bug. */
static void
kill (struct intr_frame *f)
{
  if ((f->cs & 3) == 3)
    {
      diag_report_exception (f);
      process_kill ();
    }

  intr_dump_frame (f);
  PANIC ("kernel bug: unexpected %s in kernel code at rip %#" PRIx64,
         intr_name (f->vec_no), f->rip);
}

/* A double fault: a fault while delivering a fault.  If the first fault
   was a kernel stack running into its guard page, says so. */
static void
double_fault (struct intr_frame *f)
{
  uint64_t cr2 = rcr2 ();

  if (kstack_is_guard (cr2))
    PANIC ("kernel stack overflow in thread %s: touched guard page at %#"
           PRIx64 " (rsp=%#" PRIx64 ")", thread_name (), cr2, f->rsp);
  intr_dump_frame (f);
  PANIC ("double fault (cr2=%#" PRIx64 ")", cr2);
}

static void
page_fault (struct intr_frame *f)
{
  uint64_t fault_addr = rcr2 ();
  bool user = (f->error_code & PF_U) != 0;

  intr_enable ();

  if (vm_try_handle_fault (f, (void *) fault_addr, user,
                           (f->error_code & PF_W) != 0,
                           (f->error_code & PF_P) == 0))
    return;
  if (user)
    {
      diag_report_fault (f, fault_addr);
      process_kill ();
    }
  if (is_user_vaddr (fault_addr) && user_fault_fixup (f))
    return;

  printf ("Page fault at %#" PRIx64 ": %s error %s page in %s context.\n",
          fault_addr,
          f->error_code & PF_P ? "rights violation" : "not present",
          f->error_code & PF_I ? "executing"
          : f->error_code & PF_W ? "writing" : "reading",
          user ? "user" : "kernel");
  intr_dump_frame (f);
  PANIC ("kernel bug: page fault at %#" PRIx64 " by the instruction at rip %#"
         PRIx64, fault_addr, f->rip);
}

/* int $0x42: %rax = physical address of the frame at user address %rax,
   or 0. */
static void
inspect_phys_addr (struct intr_frame *f)
{
  uint64_t *pml4 = thread_current ()->pml4;
  uint64_t uaddr = f->R.rax;
  void *kaddr = NULL;

  if (pml4 != NULL && uaddr < USER_VADDR_LIMIT)
    kaddr = pml4_get_page (pml4, (void *) uaddr);
  f->R.rax = kaddr != NULL ? vtop (kaddr) : 0;
}

/* int $0x45 (ours): copies a struct kernel_counters to the user address
   in %rax, for leak tests; %rax becomes 0, or -1 for a bad address.
   Threads that are still on their way out are waited for first, so the
   counts do not depend on scheduling. */
static void
inspect_counters (struct intr_frame *f)
{
  struct kernel_counters c;

  thread_settle ();
  c.free_user_pages = palloc_free_count (PAL_USER);
  c.free_kernel_pages = palloc_free_count (0);
  c.open_files = open_file_count ();
  c.processes = process_count ();
  c.heap_blocks = malloc_live_blocks ();
  c.user_frames = frame_count ();
  c.swap_slots = swap_slots_used ();
  c.ticks = timer_ticks ();
  c.fork_copies = vm_stats.fork_copies;
  c.fork_shares = vm_stats.fork_shares;
  c.cow_copies = vm_stats.cow_copies;
  c.evictions = vm_stats.evictions;
  f->R.rax = copy_to_user ((void *) f->R.rax, &c, sizeof c) ? 0 : -1;
}

/* int $0x43 / $0x44: %rax = sectors read / written on the disk at IDE
   channel %rdx, device %rcx since boot, or 0 if there is none. */
static void
inspect_disk_reads (struct intr_frame *f)
{
  uint64_t read = 0, written = 0;

  ide_get_counts (f->R.rdx, f->R.rcx, &read, &written);
  f->R.rax = read;
}

static void
inspect_disk_writes (struct intr_frame *f)
{
  uint64_t read = 0, written = 0;

  ide_get_counts (f->R.rdx, f->R.rcx, &read, &written);
  f->R.rax = written;
}

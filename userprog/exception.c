/* CPU exceptions and the inspection interrupts.

   An exception raised by user code ends the process with -1 and prints
   nothing but its exit line.  A page fault goes first to the virtual
   memory system, which may resolve it (lazy loading, swapping, stack
   growth); a fault in the kernel inside a user-memory copy makes that
   copy fail; any other kernel exception is a kernel bug and panics. */

#include "userprog/exception.h"
#include <inttypes.h>
#include <stdio.h>
#include "threads/interrupt.h"
#include "threads/io.h"
#include "threads/mmu.h"
#include "threads/thread.h"
#include "threads/vaddr.h"
#include "userprog/process.h"
#include "userprog/usermem.h"

/* Page faults seen, for the power-off statistics. */
static long long page_fault_cnt;

static void kill (struct intr_frame *);
static void page_fault (struct intr_frame *);
static void inspect_phys_addr (struct intr_frame *);

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

  /* Page faults run with interrupts off until CR2 is read. */
  intr_register_int (14, 0, INTR_OFF, page_fault, "#PF Page-Fault Exception");

  intr_register_int (0x42, 3, INTR_ON, inspect_phys_addr,
                     "Inspect physical address");
}

void
exception_print_stats (void)
{
  printf ("Exception: %lld page faults\n", page_fault_cnt);
}

/* An exception that user code caused ends the process; in the kernel it
   is a bug. */
static void
kill (struct intr_frame *f)
{
  if ((f->cs & 3) == 3)
    process_kill ();

  intr_dump_frame (f);
  PANIC ("kernel bug: unexpected %s in kernel code", intr_name (f->vec_no));
}

static void
page_fault (struct intr_frame *f)
{
  uint64_t fault_addr = rcr2 ();
  bool user = (f->error_code & PF_U) != 0;

  intr_enable ();
  page_fault_cnt++;

  if (user)
    process_kill ();
  if (is_user_vaddr (fault_addr) && user_fault_fixup (f))
    return;

  printf ("Page fault at %#" PRIx64 ": %s error %s page in %s context.\n",
          fault_addr,
          f->error_code & PF_P ? "rights violation" : "not present",
          f->error_code & PF_W ? "writing" : "reading",
          user ? "user" : "kernel");
  intr_dump_frame (f);
  PANIC ("kernel bug: page fault at %#" PRIx64, fault_addr);
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

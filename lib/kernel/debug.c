/* Kernel panics and backtraces. */

#include <debug.h>
#include <console.h>
#include <stdarg.h>
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>
#include "devices/serial.h"
#include "devices/shutdown.h"
#include "threads/init.h"
#include "threads/interrupt.h"
#include "threads/io.h"
#include "threads/mmu.h"
#include "threads/pte.h"
#include "threads/thread.h"
#include "threads/vaddr.h"

/* The return address of intr_entry's call to intr_handler, just above
   every struct intr_frame on a stack (threads/intr-stubs.S). */
extern const char intr_exit[];

/* The bounds of the kernel's code (threads/kernel.lds). */
extern const char _start[], __text_end[];

/* Most interrupt frames one backtrace looks through. */
#define MAX_INTERRUPTED 4

/* True if the kernel address VA is mapped in the running page table, so
   a backtrace may read it without faulting again (a stack that
   overflowed into its guard page, say).  Before the kernel builds its
   own page table nothing can be checked, and everything is taken as
   mapped. */
static bool
is_mapped (const void *va)
{
  uint64_t *pml4, *pte;

  if (base_pml4 == NULL)
    return true;
  pml4 = ptov (rcr3 () & ~(uint64_t) 0xfff);
  pte = pml4e_walk (pml4, (uint64_t) va, false);
  return pte != NULL && (*pte & PTE_P) != 0;
}

/* True if FRAME may be a frame pointer on a kernel stack: aligned, in
   kernel memory, and readable together with the word above it. */
static bool
frame_is_plausible (const uint64_t *frame)
{
  return frame != NULL && is_kernel_vaddr (frame)
         && ((uint64_t) frame & 7) == 0
         && is_mapped (frame) && is_mapped (frame + 1);
}

/* True if ADDRESS lies in kernel code just after a call instruction
   (the "call *%reg" that -mcmodel=large uses, or a direct call), as a
   return address does. */
static bool
is_return_address (uint64_t address)
{
  const uint8_t *p = (const uint8_t *) address;

  if (address < (uint64_t) _start + 5 || address >= (uint64_t) __text_end)
    return false;
  return p[-5] == 0xe8 || (p[-2] == 0xff && (p[-1] & 0xf8) == 0xd0);
}

/* Prints the interrupted instruction of interrupt frame F and returns
   the frame pointer to go on with.  A function that has no frame of its
   own (a leaf compiled without one, or one stopped in its prologue) has
   its return address on top of its stack and its caller's frame in
   %rbp; that return address is printed too, so its caller is not
   skipped. */
static uint64_t *
print_interrupted (const struct intr_frame *f)
{
  uint64_t *frame = (uint64_t *) f->R.rbp;
  const uint64_t *top = (const uint64_t *) f->rsp;

  printf (" %#" PRIx64, f->rip);
  if (frame_is_plausible (top) && is_return_address (*top)
      && (!frame_is_plausible (frame) || frame[1] != *top))
    printf (" %#" PRIx64, *top);
  return frame;
}

/* Prints the return addresses of the call stack, following the frame
   pointers (the kernel is built with -fno-omit-frame-pointer).  Stops at
   a null or implausible frame.

   When the walk reaches an interrupt handler, it goes on through the
   interrupt frame into the code that was interrupted: after the return
   address into intr_entry comes the interrupted instruction itself (the
   faulting instruction, for a fault), then that code's callers.  Such an
   address is exact, not a return address; a second line names it, and
   utils/backtrace recognizes it by the intr_entry address before it.
   Interrupts from user mode end the walk. */
void
debug_backtrace (void)
{
  uint64_t *frame = __builtin_frame_address (0);
  uint64_t interrupted[MAX_INTERRUPTED];
  int depth = 0, interrupted_cnt = 0, i;

  printf ("Call stack:");
  while (frame_is_plausible (frame) && depth++ < 64)
    {
      uint64_t ret = frame[1];
      const struct intr_frame *f;

      if (ret == 0)
        break;
      printf (" %#" PRIx64, ret);
      if (ret != (uint64_t) intr_exit)
        {
          frame = (uint64_t *) frame[0];
          continue;
        }
      f = (const struct intr_frame *) (frame + 2);
      if (!is_mapped (f) || !is_mapped (f + 1) || (f->cs & 3) != 0 || interrupted_cnt == MAX_INTERRUPTED)
        break;
      interrupted[interrupted_cnt++] = f->rip;
      frame = print_interrupted (f);
    }
  printf (".\n");
  for (i = 0; i < interrupted_cnt; i++)
    printf ("Interrupted at rip %#" PRIx64 " (exact, not a return "
            "address).\n", interrupted[i]);
}

/* Prints "Kernel PANIC at FILE:LINE in FUNCTION(): MESSAGE" and a
   backtrace, then powers off with -q, or halts. */
void
debug_panic (const char *file, int line, const char *function,
             const char *message, ...)
{
  static int level;
  va_list args;

  intr_disable ();
  console_panic ();

  level++;
  if (level == 1)
    {
      printf ("Kernel PANIC at %s:%d in %s(): ", file, line, function);
      va_start (args, message);
      vprintf (message, args);
      printf ("\n");
      va_end (args);
      debug_backtrace ();
    }
  else if (level == 2)
    printf ("Kernel PANIC recursion at %s:%d in %s().\n",
            file, line, function);
  else
    {
      /* Don't print anything: that's probably why we recursed. */
    }

  serial_flush ();
  if (power_off_when_done && level <= 2)
    shutdown_power_off ();
  for (;;)
    asm volatile ("cli; hlt");
}

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
#include "threads/thread.h"
#include "threads/vaddr.h"

/* Prints the return addresses of the call stack, following the frame
   pointers (the kernel is built with -fno-omit-frame-pointer).  Stops at
   a null or implausible frame.  utils/backtrace turns the line into
   function names. */
void
debug_backtrace (void)
{
  uint64_t *frame = __builtin_frame_address (0);
  int depth = 0;

  printf ("Call stack:");
  while (frame != NULL && is_kernel_vaddr (frame)
         && ((uint64_t) frame & 7) == 0 && depth++ < 64)
    {
      uint64_t ret = frame[1];
      if (ret == 0)
        break;
      printf (" %#" PRIx64, ret);
      frame = (uint64_t *) frame[0];
    }
  printf (".\n");
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

/* Assertion failures in user programs: print and exit with -1. */

#include <debug.h>
#include <stdarg.h>
#include <stdio.h>
#include <syscall.h>

void
debug_panic (const char *file, int line, const char *function,
             const char *message, ...)
{
  va_list args;

  printf ("User process ABORT at %s:%d in %s(): ", file, line, function);
  va_start (args, message);
  vprintf (message, args);
  va_end (args);
  printf ("\n");
  debug_backtrace ();
  exit (-1);
}

/* Prints the return addresses on the call stack, following frame
   pointers until they leave the stack. */
void
debug_backtrace (void)
{
  void **frame = __builtin_frame_address (0);
  int depth = 0;

  printf ("Call stack:");
  while (frame != NULL && depth++ < 32 && (uintptr_t) frame >= 0x400000
         && (uintptr_t) frame < 0x8000000000)
    {
      if (frame[1] == NULL)
        break;
      printf (" %p", frame[1]);
      frame = frame[0];
    }
  printf (".\n");
}

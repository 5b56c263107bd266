/* The debug console (include/lib/kernel/debugcon.h).

   Each byte is one write to port 0xe9; on a machine without a debug
   console the writes go nowhere.  One call's output goes out with
   interrupts off, so the lines of different threads never interleave.
   Safe in interrupt handlers and panics: no locks, no allocation. */

#include <debugcon.h>
#include <stdio.h>
#include "threads/interrupt.h"
#include "threads/io.h"

static void
put_char (char c, void *aux UNUSED)
{
  outb (DEBUGCON_PORT, c);
}

/* Writes the SIZE bytes of BUFFER to the debug console. */
void
debugcon_write (const char *buffer, size_t size)
{
  enum intr_level old_level = intr_disable ();
  size_t i;

  for (i = 0; i < size; i++)
    outb (DEBUGCON_PORT, buffer[i]);
  intr_set_level (old_level);
}

/* Formats FORMAT with ARGS, as vprintf does, onto the debug console.
   Returns the number of characters written. */
int
debugcon_vprintf (const char *format, va_list args)
{
  enum intr_level old_level = intr_disable ();
  int cnt = __vprintf (format, args, put_char, NULL);

  intr_set_level (old_level);
  return cnt;
}

/* Formats FORMAT, as printf does, onto the debug console.  Returns the
   number of characters written. */
int
debugcon_printf (const char *format, ...)
{
  va_list args;
  int cnt;

  va_start (args, format);
  cnt = debugcon_vprintf (format, args);
  va_end (args);
  return cnt;
}

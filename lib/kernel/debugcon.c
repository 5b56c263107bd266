/* The debug console (include/lib/kernel/debugcon.h).

   Bytes go out with "rep outsb" to port 0xe9, a chunk at a time, so a
   line costs QEMU a few port accesses rather than one per byte; on a
   machine without a debug console the writes go nowhere.  One call's
   output goes out with interrupts off, so the lines of different threads
   never interleave.  Safe in interrupt handlers and panics: no locks, no
   allocation. */

#include <debugcon.h>
#include <stdio.h>
#include "threads/interrupt.h"

/* Characters formatted but not yet written. */
struct pending
  {
    char buffer[128];
    size_t length;
  };

/* Writes SIZE bytes at BUFFER to the port.  Interrupts are off. */
static void
put_bytes (const char *buffer, size_t size)
{
  asm volatile ("rep outsb"
                : "+S" (buffer), "+c" (size)
                : "d" ((uint16_t) DEBUGCON_PORT)
                : "memory");
}

/* Adds C to the pending characters AUX, writing them out when full. */
static void
put_char (char c, void *aux)
{
  struct pending *p = aux;

  p->buffer[p->length++] = c;
  if (p->length == sizeof p->buffer)
    {
      put_bytes (p->buffer, p->length);
      p->length = 0;
    }
}

/* Writes the SIZE bytes of BUFFER to the debug console. */
void
debugcon_write (const char *buffer, size_t size)
{
  enum intr_level old_level = intr_disable ();

  put_bytes (buffer, size);
  intr_set_level (old_level);
}

/* Formats FORMAT with ARGS, as vprintf does, onto the debug console.
   Returns the number of characters written. */
int
debugcon_vprintf (const char *format, va_list args)
{
  struct pending p;
  enum intr_level old_level = intr_disable ();
  int cnt;

  p.length = 0;
  cnt = __vprintf (format, args, put_char, &p);
  put_bytes (p.buffer, p.length);
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

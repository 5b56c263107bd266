/* The kernel console.  Every printf, putchar, puts and putbuf call goes
   out whole, under one lock, so lines from different threads do not
   interleave.  The lock is recursive for the thread that holds it, so a
   panic inside printf can still print; after console_panic it is
   ignored altogether. */

#include <console.h>
#include <stdarg.h>
#include <stdio.h>
#include "devices/serial.h"
#include "devices/vga.h"
#include "threads/interrupt.h"
#include "threads/synch.h"

static struct lock console_lock;

/* Until console_init there is one thread and no lock; after a panic the
   lock may be held by a dead thread, so it is no longer used. */
static bool use_lock;

/* Depth of nested acquisitions by the holder. */
static int lock_depth;

static long long write_cnt;

void
console_init (void)
{
  lock_init (&console_lock);
  use_lock = true;
}

/* Stops using the console lock: called when the kernel panics. */
void
console_panic (void)
{
  use_lock = false;
}

void
console_print_stats (void)
{
  printf ("Console: %lld characters output\n", write_cnt);
}

/* Takes the console for a run of output that must not be split, such
   as a long write from a user program. */
void
console_acquire (void)
{
  if (!intr_context () && use_lock)
    {
      if (lock_held_by_current_thread (&console_lock))
        lock_depth++;
      else
        lock_acquire (&console_lock);
    }
}

void
console_release (void)
{
  if (!intr_context () && use_lock)
    {
      if (lock_depth > 0)
        lock_depth--;
      else
        lock_release (&console_lock);
    }
}

static void
putchar_have_lock (uint8_t c)
{
  write_cnt++;
  serial_putc (c);
  vga_putc (c);
}

static void
vprintf_helper (char c, void *aux UNUSED)
{
  putchar_have_lock (c);
}

/* The kernel's vprintf: formats to the console. */
int
vprintf (const char *format, va_list args)
{
  int cnt;

  console_acquire ();
  cnt = __vprintf (format, args, vprintf_helper, NULL);
  console_release ();
  return cnt;
}

/* Writes S and a newline. */
int
puts (const char *s)
{
  console_acquire ();
  while (*s != '\0')
    putchar_have_lock (*s++);
  putchar_have_lock ('\n');
  console_release ();
  return 0;
}

/* Writes the N bytes of BUFFER in one piece. */
void
putbuf (const char *buffer, size_t n)
{
  console_acquire ();
  while (n-- > 0)
    putchar_have_lock (*buffer++);
  console_release ();
}

int
putchar (int c)
{
  console_acquire ();
  putchar_have_lock (c);
  console_release ();
  return c;
}

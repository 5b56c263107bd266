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

static void
acquire_console (void)
{
  if (!intr_context () && use_lock)
    {
      if (lock_held_by_current_thread (&console_lock))
        lock_depth++;
      else
        lock_acquire (&console_lock);
    }
}

static void
release_console (void)
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

  acquire_console ();
  cnt = __vprintf (format, args, vprintf_helper, NULL);
  release_console ();
  return cnt;
}

/* Writes S and a newline. */
int
puts (const char *s)
{
  acquire_console ();
  while (*s != '\0')
    putchar_have_lock (*s++);
  putchar_have_lock ('\n');
  release_console ();
  return 0;
}

/* Writes the N bytes of BUFFER in one piece. */
void
putbuf (const char *buffer, size_t n)
{
  acquire_console ();
  while (n-- > 0)
    putchar_have_lock (*buffer++);
  release_console ();
}

int
putchar (int c)
{
  acquire_console ();
  putchar_have_lock (c);
  release_console ();
  return c;
}

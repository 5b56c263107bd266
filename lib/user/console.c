/* Console output for user programs, over the write system call.  Each
   printf call is formatted into a buffer and written in one piece, so
   lines from different processes do not interleave. */

#include <stdio.h>
#include <string.h>
#include <syscall.h>

/* Output buffer for one printf call. */
struct output
  {
    char buffer[256];
    size_t used;
    int total;
  };

static void
flush (struct output *o)
{
  if (o->used > 0)
    write (STDOUT_FILENO, o->buffer, o->used);
  o->used = 0;
}

static void
add_char (char c, void *o_)
{
  struct output *o = o_;

  if (o->used == sizeof o->buffer)
    flush (o);
  o->buffer[o->used++] = c;
  o->total++;
}

int
vprintf (const char *format, va_list args)
{
  struct output o;

  o.used = 0;
  o.total = 0;
  __vprintf (format, args, add_char, &o);
  flush (&o);
  return o.total;
}

int
puts (const char *s)
{
  size_t n = strlen (s);
  char buffer[256];

  if (n < sizeof buffer)
    {
      memcpy (buffer, s, n);
      buffer[n] = '\n';
      write (STDOUT_FILENO, buffer, n + 1);
    }
  else
    {
      write (STDOUT_FILENO, s, n);
      write (STDOUT_FILENO, "\n", 1);
    }
  return 0;
}

int
putchar (int c)
{
  char ch = c;

  write (STDOUT_FILENO, &ch, 1);
  return c;
}

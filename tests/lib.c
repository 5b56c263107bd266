/* The library of user-program tests. */

#include "tests/lib.h"
#include <random.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <syscall.h>

const char *test_name;
bool quiet;
int test_argc;
char **test_argv;

/* Two pages for copy_across_page. */
static char page_pair[2 * 4096] __attribute__ ((aligned (4096)));

/* Formats and prints "(NAME) MESSAGE" in one write. */
static void
vmsg (const char *format, va_list args, const char *suffix)
{
  char buffer[256];
  int n = snprintf (buffer, sizeof buffer, "(%s) ", test_name);

  if (n < 0 || (size_t) n >= sizeof buffer)
    n = 0;
  vsnprintf (buffer + n, sizeof buffer - n, format, args);
  n = strlen (buffer);
  snprintf (buffer + n, sizeof buffer - n, "%s\n", suffix);
  write (STDOUT_FILENO, buffer, strlen (buffer));
}

void
msg (const char *format, ...)
{
  va_list args;

  if (quiet)
    return;
  va_start (args, format);
  vmsg (format, args, "");
  va_end (args);
}

void
fail (const char *format, ...)
{
  va_list args;

  va_start (args, format);
  vmsg (format, args, ": FAILED");
  va_end (args);
  exit (1);
}

void
random_fill (void *buffer, size_t size, unsigned seed)
{
  random_init (seed);
  random_bytes (buffer, size);
}

unsigned long
checksum (const void *buffer, size_t size)
{
  const unsigned char *p = buffer;
  unsigned long a = 1, b = 0;
  size_t i;

  for (i = 0; i < size; i++)
    {
      a = (a + p[i]) % 65521;
      b = (b + a) % 65521;
    }
  return (b << 16) | a;
}

void
compare_bytes (const void *actual_, const void *expected_, size_t size,
               size_t offset, const char *file)
{
  const unsigned char *actual = actual_;
  const unsigned char *expected = expected_;
  size_t i;

  for (i = 0; i < size; i++)
    if (actual[i] != expected[i])
      fail ("%zu bytes read from %s starting at offset %zu differ from "
            "those written: first difference at offset %zu "
            "(read %#04x, expected %#04x)", size, file, offset,
            offset + i, actual[i], expected[i]);
}

void
check_file (const char *file, const void *buf_, size_t size)
{
  const unsigned char *buf = buf_;
  unsigned char block[512];
  size_t ofs = 0;
  int fd = open (file);

  if (fd < 0)
    fail ("open \"%s\" for verification", file);
  if ((size_t) filesize (fd) != size)
    fail ("size of %s (%d) differs from expected (%zu)",
          file, filesize (fd), size);
  while (ofs < size)
    {
      size_t chunk = size - ofs < sizeof block ? size - ofs : sizeof block;
      if ((size_t) read (fd, block, chunk) != chunk)
        fail ("read of %zu bytes at offset %zu in \"%s\" failed",
              chunk, ofs, file);
      compare_bytes (block, buf + ofs, chunk, ofs, file);
      ofs += chunk;
    }
  msg ("verified contents of \"%s\"", file);
  close (fd);
}

void
exec_children (const char *command, pid_t pids[], size_t child_cnt)
{
  size_t i;

  for (i = 0; i < child_cnt; i++)
    {
      char cmd[128];
      snprintf (cmd, sizeof cmd, "%s %zu", command, i);
      pids[i] = fork (command);
      if (pids[i] == 0)
        {
          exec (cmd);
          fail ("exec \"%s\" failed", cmd);
        }
      if (pids[i] == PID_ERROR)
        fail ("fork for \"%s\" failed", cmd);
    }
}

void
wait_children (pid_t pids[], size_t child_cnt)
{
  size_t i;

  for (i = 0; i < child_cnt; i++)
    {
      int status = wait (pids[i]);
      if (status != (int) i)
        fail ("child %zu exited with %d, expected %zu", i, status, i);
    }
}

pid_t
fork_exec (const char *name, const char *cmd_line)
{
  pid_t pid = fork (name);

  if (pid == 0)
    {
      exec (cmd_line);
      fail ("exec \"%s\" returned", cmd_line);
    }
  if (pid == PID_ERROR)
    fail ("fork \"%s\" failed", name);
  return pid;
}

void
spin_pause (void)
{
  volatile int i;

  for (i = 0; i < 5000000; i++)
    continue;
}

void
wait_for_file (const char *name)
{
  int fd;

  while ((fd = open (name)) < 0)
    spin_pause ();
  close (fd);
}

void *
copy_across_page (const void *src, size_t size, size_t head)
{
  char *dst = page_pair + 4096 - head;

  if (head > 4096 || size - head > 4096)
    fail ("copy_across_page: %zu bytes with %zu before the boundary "
          "do not fit", size, head);
  memcpy (dst, src, size);
  return dst;
}

void *
copy_to_stack_top (const void *src, size_t size)
{
  static char name_copy[32];
  char *dst = (char *) USER_STACK_TOP - size;

  /* The argument strings live at the top of the stack: keep the test's
     name somewhere safe before overwriting them. */
  strlcpy (name_copy, test_name, sizeof name_copy);
  test_name = name_copy;
  memcpy (dst, src, size);
  return dst;
}

int
main (int argc, char *argv[])
{
  test_argc = argc;
  test_argv = argv;
  test_name = argc > 0 ? argv[0] : "test";
  if (&silent_program != NULL && silent_program)
    {
      test_main ();
      return 0;
    }
  msg ("begin");
  test_main ();
  msg ("end");
  return 0;
}

/* The table of this directory's kernel tests, and the messages they
   print. */

#include "tests/threads/tests.h"
#include <debug.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

struct test
  {
    const char *name;
    test_func *function;
  };

static const struct test tests[] =
  {
    {"alarm-round", test_alarm_round},
    {"priority-yield", test_priority_yield},
    {"mlfqs-wake-edge", test_mlfqs_wake_edge},
  };

static const char *test_name;

/* Runs the test named NAME between "begin" and "end". */
void
run_test (const char *name)
{
  const struct test *t;

  for (t = tests; t < tests + sizeof tests / sizeof *tests; t++)
    if (!strcmp (name, t->name))
      {
        test_name = name;
        msg ("begin");
        t->function ();
        msg ("end");
        return;
      }
  PANIC ("no test named \"%s\"", name);
}

/* Prints "(NAME) " and then FORMAT, like printf, on one line. */
void
msg (const char *format, ...)
{
  va_list args;

  printf ("(%s) ", test_name);
  va_start (args, format);
  vprintf (format, args);
  va_end (args);
  putchar ('\n');
}

/* Prints "(NAME) FAIL: " and FORMAT, then panics. */
void
fail (const char *format, ...)
{
  va_list args;

  printf ("(%s) FAIL: ", test_name);
  va_start (args, format);
  vprintf (format, args);
  va_end (args);
  putchar ('\n');
  PANIC ("test failed");
}

/* Prints "(NAME) PASS". */
void
pass (void)
{
  printf ("(%s) PASS\n", test_name);
}

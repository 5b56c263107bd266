/* Runs kernel tests by name and gives them msg, fail and pass. */

#include "tests/threads/tests.h"
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
#define KERNEL_TEST(NAME, FUNCTION) {NAME, FUNCTION},
#include "tests/kernel-tests.inc"
#undef KERNEL_TEST
  };

/* Name of the running test, for messages. */
static const char *test_name;

static const struct test *
find_test (const char *name)
{
  size_t i;

  for (i = 0; i < sizeof tests / sizeof *tests; i++)
    if (!strcmp (name, tests[i].name))
      return &tests[i];
  return NULL;
}

/* Runs the kernel test NAME, between "begin" and "end" messages. */
void
run_test (const char *name)
{
  const struct test *t = find_test (name);

  if (t == NULL)
    PANIC ("no test named \"%s\"", name);
  test_name = t->name;
  msg ("begin");
  t->function ();
  msg ("end");
}

/* Prints "(TEST) MESSAGE" as one console write, so messages from
   several threads never mix within a line. */
void
msg (const char *format, ...)
{
  char buffer[200];
  va_list args;

  va_start (args, format);
  vsnprintf (buffer, sizeof buffer, format, args);
  va_end (args);
  printf ("(%s) %s\n", test_name, buffer);
}

/* Prints "(TEST) FAIL: MESSAGE" and panics. */
void
fail (const char *format, ...)
{
  char buffer[200];
  va_list args;

  va_start (args, format);
  vsnprintf (buffer, sizeof buffer, format, args);
  va_end (args);
  printf ("(%s) FAIL: %s\n", test_name, buffer);
  PANIC ("test failed");
}

/* Prints "(TEST) PASS". */
void
pass (void)
{
  printf ("(%s) PASS\n", test_name);
}

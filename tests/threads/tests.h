/* Kernel tests: the table of tests run by name, and the messages tests
   print.  Every kernel test is a function "void test_NAME (void)" listed
   in its suite's Make.tests; the build generates the table. */
#ifndef TESTS_THREADS_TESTS_H
#define TESTS_THREADS_TESTS_H

#include <debug.h>
#include <stdbool.h>

void run_test (const char *name);

typedef void test_func (void);

/* One prototype per kernel test. */
#define KERNEL_TEST(NAME, FUNCTION) test_func FUNCTION;
#include "tests/kernel-tests.inc"
#undef KERNEL_TEST

void msg (const char *format, ...) PRINTF_FORMAT (1, 2);
void fail (const char *format, ...) PRINTF_FORMAT (1, 2) NO_RETURN;
void pass (void);

#endif /* tests/threads/tests.h */

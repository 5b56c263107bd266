/* Kernel tests as start-up sees them: whether "run NAME" names a kernel
   test, and running one.  The names come from the build: our suites'
   Make.tests lists, or the table in the tests.c of a teacher's test
   directory built in with KERNEL_TESTS=DIR.  run_test is defined by
   that directory's tests.c (ours is tests/threads/tests.c), with the
   Pintos prototype. */
#ifndef THREADS_KERNEL_TEST_H
#define THREADS_KERNEL_TEST_H

#include <stdbool.h>

bool kernel_test_exists (const char *name);
void run_test (const char *name);

#endif /* threads/kernel-test.h */

/* The kernel tests of this directory: their table lives in tests.c. */
#ifndef TESTS_THREADS_TESTS_H
#define TESTS_THREADS_TESTS_H

void run_test (const char *);

typedef void test_func (void);

extern test_func test_alarm_round;
extern test_func test_priority_yield;
extern test_func test_mlfqs_wake_edge;

void msg (const char *, ...);
void fail (const char *, ...);
void pass (void);

#endif /* tests/threads/tests.h */

/* The library of user-program tests: messages in the "(NAME) text"
   form the checkers read, failures that end the process, and helpers
   for files, children and checksums. */
#ifndef TESTS_LIB_H
#define TESTS_LIB_H

#include <debug.h>
#include <stdbool.h>
#include <stddef.h>
#include <syscall.h>

/* The test's name, set by main from argv[0]. */
extern const char *test_name;

/* When true, msg prints nothing (for tests that loop a lot). */
extern bool quiet;

/* Each test defines this; main calls it between "begin" and "end". */
void test_main (void);

void msg (const char *format, ...) PRINTF_FORMAT (1, 2);
void fail (const char *format, ...) PRINTF_FORMAT (1, 2) NO_RETURN;

/* If SUCCESS is false, fails with the message; otherwise prints it
   (unless quiet). */
#define CHECK(SUCCESS, ...)                     \
  do                                            \
    {                                           \
      msg (__VA_ARGS__);                        \
      if (!(SUCCESS))                           \
        fail (__VA_ARGS__);                     \
    }                                           \
  while (0)

/* Fills BUFFER with SIZE pseudo-random bytes from SEED. */
void random_fill (void *buffer, size_t size, unsigned seed);

/* A 32-bit checksum of SIZE bytes at BUFFER (Fletcher-style). */
unsigned long checksum (const void *buffer, size_t size);

/* Opens FILE, checks it holds exactly the SIZE bytes at BUF, closes. */
void check_file (const char *file, const void *buf, size_t size);

/* Checks that the SIZE bytes at ACTUAL equal those at EXPECTED; names
   FILE and OFFSET in the failure message. */
void compare_bytes (const void *actual, const void *expected, size_t size,
                    size_t offset, const char *file);

/* exec_children starts CHILD_CNT processes, child I running "COMMAND I"
   (forked, then exec'd), and stores their pids in PIDS; wait_children
   waits for them all and checks that child I exited with status I. */
void exec_children (const char *command, pid_t pids[], size_t child_cnt);
void wait_children (pid_t pids[], size_t child_cnt);

#endif /* tests/lib.h */

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

/* A helper program (one that tests run as a child) defines this as true
   to skip the "begin" and "end" lines. */
extern const bool silent_program __attribute__ ((weak));

/* The test's arguments, as main received them. */
extern int test_argc;
extern char **test_argv;

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

/* Forks a child named NAME that execs CMD_LINE; returns its pid.  Fails
   the test if fork fails; a child whose exec fails exits with -1 as the
   kernel decides. */
pid_t fork_exec (const char *name, const char *cmd_line);

/* Spins until a file named NAME exists, pausing between looks so that
   other processes get at the file system. */
void wait_for_file (const char *name);

/* Spins for a moment without making system calls. */
void spin_pause (void);

/* Copies the SIZE bytes at SRC into a static, page-aligned buffer so
   that the first HEAD bytes lie at the end of one page and the rest at
   the start of the next one, both mapped.  Returns the copy.  Each call
   overwrites the previous copy. */
void *copy_across_page (const void *src, size_t size, size_t head);

/* Copies the SIZE bytes at SRC so that they end exactly at the top of
   the user stack, with no mapped byte after them, and returns the
   copy.  A string placed here without its terminator runs into an
   unmapped page.  The argument strings there are overwritten (the
   test's name is saved first). */
void *copy_to_stack_top (const void *src, size_t size);

/* The initial top of the user stack. */
#define USER_STACK_TOP 0x47480000UL

/* The lowest kernel address. */
#define KERNEL_BASE_ADDR 0x8004000000UL

#endif /* tests/lib.h */

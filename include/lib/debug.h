/* Assertions, panics and the attribute shorthands used across the
   tree. debug_panic and debug_backtrace have one definition in the
   kernel and another in the user library; this header only declares
   them. */
#ifndef LIB_DEBUG_H
#define LIB_DEBUG_H

#define UNUSED __attribute__ ((unused))
#define NO_RETURN __attribute__ ((noreturn))
#define NO_INLINE __attribute__ ((noinline))
#define PRINTF_FORMAT(FMT, FIRST) __attribute__ ((format (printf, FMT, FIRST)))

/* Prints MESSAGE, formatted like printf, with the source location
   FILE:LINE in FUNCTION and a backtrace, then stops: the kernel halts
   or powers off, a user program exits. Never returns. */
void debug_panic (const char *file, int line, const char *function,
                  const char *message, ...) PRINTF_FORMAT (4, 5) NO_RETURN;

/* Prints the return addresses of the active call frames on one line
   beginning "Call stack:". */
void debug_backtrace (void);

#define PANIC(...) debug_panic (__FILE__, __LINE__, __func__, __VA_ARGS__)

#ifdef NDEBUG
#define ASSERT(CONDITION) ((void) 0)
#else
#define ASSERT(CONDITION)                                       \
  do                                                            \
    {                                                           \
      if (!(CONDITION))                                         \
        PANIC ("assertion `%s' failed.", #CONDITION);           \
    }                                                           \
  while (0)
#endif

#define NOT_REACHED() PANIC ("executed an unreachable statement")

/* 1 in debug builds, which define it on the compiler's command line;
   0 otherwise.  Guards invariant checks too slow for every build, as a
   plain condition ("if (!DEBUG_CHECKS) return;"), so both variants
   always compile. */
#ifndef DEBUG_CHECKS
#define DEBUG_CHECKS 0
#endif

#endif /* lib/debug.h */

/* Formatted output. The formatting engine __vprintf and the wrappers
   printf, snprintf and vsnprintf live in lib/stdio.c. vprintf,
   putchar and puts are the console's: the kernel defines them in its
   console module and the user library over the write system call. */
#ifndef LIB_STDIO_H
#define LIB_STDIO_H

#include <debug.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define STDIN_FILENO 0
#define STDOUT_FILENO 1

int printf (const char *format, ...) PRINTF_FORMAT (1, 2);
int snprintf (char *buffer, size_t size, const char *format, ...)
  PRINTF_FORMAT (3, 4);
int vprintf (const char *format, va_list args) PRINTF_FORMAT (1, 0);
int vsnprintf (char *buffer, size_t size, const char *format, va_list args)
  PRINTF_FORMAT (3, 0);
int putchar (int ch);
int puts (const char *string);

/* The engine behind every printf: formats FORMAT with ARGS, handing
   each output character to OUTPUT together with AUX. Returns the
   number of characters handed over. */
int __vprintf (const char *format, va_list args,
               void (*output) (char, void *), void *aux);

void hex_dump (uintptr_t offset, const void *buffer, size_t size,
               bool ascii);

/* Unbounded formatting into a buffer is a compile error. */
#define sprintf dont_use_sprintf_use_snprintf
#define vsprintf dont_use_vsprintf_use_vsnprintf

#endif /* lib/stdio.h */

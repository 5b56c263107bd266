/* The debug console: QEMU's port 0xe9, which utils/pintos copies to its
   standard error (a test's .errors file).  Diagnostics for the person
   debugging go here, never to the serial console that graders read. */
#ifndef LIB_KERNEL_DEBUGCON_H
#define LIB_KERNEL_DEBUGCON_H

#include <debug.h>
#include <stdarg.h>
#include <stddef.h>

/* The I/O port of QEMU's (and Bochs's) debug console. */
#define DEBUGCON_PORT 0xe9

void debugcon_write (const char *buffer, size_t size);
int debugcon_printf (const char *format, ...) PRINTF_FORMAT (1, 2);
int debugcon_vprintf (const char *format, va_list args) PRINTF_FORMAT (1, 0);

#endif /* lib/kernel/debugcon.h */

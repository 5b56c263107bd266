/* The kernel console: printf output to the serial port and the VGA
   screen, whole calls at a time. */
#ifndef LIB_KERNEL_CONSOLE_H
#define LIB_KERNEL_CONSOLE_H

#include <stddef.h>

void console_init (void);
void console_panic (void);
void console_print_stats (void);
void putbuf (const char *buffer, size_t n);
void console_acquire (void);
void console_release (void);

#endif /* lib/kernel/console.h */

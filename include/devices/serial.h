/* The first 16550A serial port (COM1), the kernel's main console. */
#ifndef DEVICES_SERIAL_H
#define DEVICES_SERIAL_H

#include <stdint.h>

void serial_init_poll (void);
void serial_init_queue (void);
void serial_putc (uint8_t byte);
void serial_flush (void);
void serial_receive_resume (void);

#endif /* devices/serial.h */

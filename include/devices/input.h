/* The keyboard input buffer, filled by the PS/2 keyboard and the serial
   port and drained by input_getc. */
#ifndef DEVICES_INPUT_H
#define DEVICES_INPUT_H

#include <stdbool.h>
#include <stdint.h>

void input_init (void);
void input_putc (uint8_t key);
uint8_t input_getc (void);
bool input_full (void);

#endif /* devices/input.h */

/* The PS/2 keyboard. */
#ifndef DEVICES_KBD_H
#define DEVICES_KBD_H

void kbd_init (void);
void kbd_print_stats (void);

#endif /* devices/kbd.h */

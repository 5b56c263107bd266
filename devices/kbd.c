/* The PS/2 keyboard: scan code set 1 to ASCII, into the input buffer. */

#include "devices/kbd.h"
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include "devices/input.h"
#include "threads/interrupt.h"
#include "threads/io.h"

#define DATA_PORT 0x60
#define KBD_IRQ_VEC 0x21

static bool left_shift, right_shift, ctrl, caps_lock;
static long long key_cnt;

/* Unshifted and shifted characters for scan codes 0x01-0x39; 0 means no
   character. */
static const char plain[] =
  "\0\033" "1234567890-=\b\tqwertyuiop[]\n\0asdfghjkl;'`\0\\zxcvbnm,./\0*\0 ";
static const char shifted[] =
  "\0\033" "!@#$%^&*()_+\b\tQWERTYUIOP{}\n\0ASDFGHJKL:\"~\0|ZXCVBNM<>?\0*\0 ";

static void
kbd_interrupt (struct intr_frame *f UNUSED)
{
  uint8_t code = inb (DATA_PORT);
  bool release = code & 0x80;
  uint8_t key = code & 0x7f;
  bool shift;
  char c;

  switch (key)
    {
    case 0x2a: left_shift = !release; return;
    case 0x36: right_shift = !release; return;
    case 0x1d: ctrl = !release; return;
    case 0x3a: if (!release) caps_lock = !caps_lock; return;
    }
  if (release || key >= sizeof plain - 1)
    return;

  shift = left_shift || right_shift;
  c = shift ? shifted[key] : plain[key];
  if (caps_lock && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')))
    c ^= 0x20;
  if (ctrl && c >= 0x40)
    c &= 0x1f;
  if (c != 0 && !input_full ())
    {
      key_cnt++;
      input_putc (c);
    }
}

void
kbd_init (void)
{
  intr_register_ext (KBD_IRQ_VEC, kbd_interrupt, "8042 Keyboard");
}

void
kbd_print_stats (void)
{
  printf ("Keyboard: %lld keys pressed\n", key_cnt);
}

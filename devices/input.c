/* The input buffer: a ring of keys from the keyboard and the serial port,
   read by input_getc, which sleeps while it is empty and lets the serial
   port refill it. */

#include "devices/input.h"
#include <debug.h>
#include "devices/serial.h"
#include "threads/interrupt.h"
#include "threads/synch.h"

#define BUF_SIZE 64

/* Touched with interrupts off; AVAILABLE counts the keys in BUF. */
static uint8_t buf[BUF_SIZE];
static unsigned head, tail;
static struct semaphore available;

void
input_init (void)
{
  sema_init (&available, 0);
}

/* True if the buffer cannot take another key.  Interrupts off. */
bool
input_full (void)
{
  ASSERT (intr_get_level () == INTR_OFF);
  return head - tail == BUF_SIZE;
}

/* Adds KEY to the buffer (called by interrupt handlers, interrupts off).
   Drops it if the buffer is full. */
void
input_putc (uint8_t key)
{
  ASSERT (intr_get_level () == INTR_OFF);
  if (input_full ())
    return;
  buf[head++ % BUF_SIZE] = key;
  sema_up (&available);
}

/* Waits for a key and returns it. */
uint8_t
input_getc (void)
{
  enum intr_level old_level;
  uint8_t key;

  sema_down (&available);
  old_level = intr_disable ();
  key = buf[tail++ % BUF_SIZE];
  intr_set_level (old_level);
  serial_receive_resume ();
  return key;
}

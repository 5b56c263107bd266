/* The first 16550A UART (COM1).

   Until interrupts are set up, output polls the transmitter.  After
   serial_init_queue, bytes go into a ring buffer that the transmit
   interrupt drains, so a thread printing a long line does not spin; when
   interrupts are off or the buffer is full we fall back to polling, which
   also keeps panic output working.  Received bytes go to the input
   buffer, so the keyboard of a terminal running QEMU (or a file piped to
   it) reaches input_getc.  While that buffer is full the receive
   interrupt is off and the bytes wait in the UART (and in QEMU behind
   it); input_getc turns it back on with serial_receive_resume. */

#include "devices/serial.h"
#include <debug.h>
#include <stdbool.h>
#include "devices/input.h"
#include "threads/interrupt.h"
#include "threads/io.h"

#define IO_BASE 0x3f8

/* Registers, as offsets from IO_BASE. */
#define RBR_REG (IO_BASE + 0)   /* Receiver buffer (read). */
#define THR_REG (IO_BASE + 0)   /* Transmitter holding (write). */
#define IER_REG (IO_BASE + 1)   /* Interrupt enable. */
#define LS_REG (IO_BASE + 0)    /* Divisor latch, low (DLAB=1). */
#define MS_REG (IO_BASE + 1)    /* Divisor latch, high (DLAB=1). */
#define FCR_REG (IO_BASE + 2)   /* FIFO control. */
#define LCR_REG (IO_BASE + 3)   /* Line control. */
#define MCR_REG (IO_BASE + 4)   /* Modem control. */
#define LSR_REG (IO_BASE + 5)   /* Line status. */

#define IER_RECV 0x01
#define IER_XMIT 0x02
#define LCR_N81 0x03
#define LCR_DLAB 0x80
#define MCR_OUT2 0x08           /* Routes the UART interrupt to the PIC. */
#define LSR_DR 0x01             /* Data ready. */
#define LSR_THRE 0x20           /* Transmitter holding register empty. */

#define SERIAL_IRQ_VEC 0x24

/* Transmit ring buffer.  Touched with interrupts off. */
#define TXQ_SIZE 1024
static uint8_t txq[TXQ_SIZE];
static unsigned txq_head, txq_tail;     /* Insert at head, drain at tail. */

static enum { UNINIT, POLL, QUEUE } mode;

/* Whether the receive interrupt is on: false while the input buffer is
   full.  Touched with interrupts off. */
static bool receiving;

static void serial_interrupt (struct intr_frame *);

static bool txq_empty (void) { return txq_head == txq_tail; }
static bool txq_full (void) { return txq_head - txq_tail == TXQ_SIZE; }

/* Programs the UART for 115200 bps, 8N1, no interrupts. */
void
serial_init_poll (void)
{
  ASSERT (mode == UNINIT);
  outb (IER_REG, 0);
  outb (FCR_REG, 0);
  outb (LCR_REG, LCR_N81 | LCR_DLAB);
  outb (LS_REG, 1);                     /* 115200 / 1. */
  outb (MS_REG, 0);
  outb (LCR_REG, LCR_N81);
  outb (MCR_REG, MCR_OUT2);
  mode = POLL;
}

/* Switches to interrupt-driven operation. */
void
serial_init_queue (void)
{
  enum intr_level old_level;

  if (mode == UNINIT)
    serial_init_poll ();
  ASSERT (mode == POLL);

  intr_register_ext (SERIAL_IRQ_VEC, serial_interrupt, "serial");
  mode = QUEUE;
  old_level = intr_disable ();
  receiving = true;
  outb (IER_REG, IER_RECV);
  intr_set_level (old_level);
}

/* Waits for the transmitter and sends BYTE. */
static void
putc_poll (uint8_t byte)
{
  while ((inb (LSR_REG) & LSR_THRE) == 0)
    continue;
  outb (THR_REG, byte);
}

/* Moves queued bytes to the UART while it can take them, and asks for a
   transmit interrupt only while bytes remain, and for a receive
   interrupt while the input buffer has room.  Interrupts off. */
static void
drain (void)
{
  while (!txq_empty () && (inb (LSR_REG) & LSR_THRE))
    outb (THR_REG, txq[txq_tail++ % TXQ_SIZE]);
  outb (IER_REG, (receiving ? IER_RECV : 0) | (txq_empty () ? 0 : IER_XMIT));
}

/* Moves received bytes to the input buffer while it has room; stops
   receiving when it is full.  Interrupts off. */
static void
receive (void)
{
  while (!input_full () && (inb (LSR_REG) & LSR_DR))
    input_putc (inb (RBR_REG));
  receiving = !input_full ();
}

/* Called when the input buffer has room again: takes the bytes waiting
   in the UART and turns the receive interrupt back on. */
void
serial_receive_resume (void)
{
  enum intr_level old_level = intr_disable ();

  if (mode == QUEUE && !receiving)
    {
      receive ();
      drain ();
    }
  intr_set_level (old_level);
}

/* Sends BYTE to the serial port. */
void
serial_putc (uint8_t byte)
{
  enum intr_level old_level = intr_disable ();

  if (mode != QUEUE || old_level == INTR_OFF)
    {
      /* Polling: first flush what is queued, to keep the order. */
      if (mode == UNINIT)
        serial_init_poll ();
      serial_flush ();
      putc_poll (byte);
    }
  else
    {
      if (txq_full ())
        putc_poll (txq[txq_tail++ % TXQ_SIZE]);
      txq[txq_head++ % TXQ_SIZE] = byte;
      drain ();
    }
  intr_set_level (old_level);
}

/* Sends everything queued, polling. */
void
serial_flush (void)
{
  enum intr_level old_level = intr_disable ();

  while (!txq_empty ())
    putc_poll (txq[txq_tail++ % TXQ_SIZE]);
  intr_set_level (old_level);
}

static void
serial_interrupt (struct intr_frame *f UNUSED)
{
  inb (IO_BASE + 2);            /* Acknowledge (reads the IIR). */
  receive ();
  drain ();
}

/* The 8254 programmable interval timer, channel 0, at TIMER_FREQ Hz.

   Sleeping threads wait in a list sorted by wake-up tick, so each timer
   interrupt looks only at the front of the list.  Threads due on the
   same tick all wake on that tick; the scheduler then runs them in
   priority order.  Delays shorter than a tick busy-wait on the PIT's own
   counter, so no calibration loop is needed at boot. */

#include "devices/timer.h"
#include <debug.h>
#include <list.h>
#include <stdio.h>
#include "threads/interrupt.h"
#include "threads/io.h"
#include "threads/synch.h"
#include "threads/thread.h"

/* The PIT's input clock, in Hz. */
#define PIT_HZ 1193182
#define PIT_RELOAD ((PIT_HZ + TIMER_FREQ / 2) / TIMER_FREQ)
#define TIMER_IRQ_VEC 0x20

/* Ticks since boot.  Written by the interrupt only. */
static volatile int64_t ticks;

/* Sleeping threads, by wake_tick, FIFO among equals.  Interrupts off. */
static struct list sleepers;

static void timer_interrupt (struct intr_frame *);

/* Programs channel 0 for TIMER_FREQ interrupts per second. */
void
timer_init (void)
{
  list_init (&sleepers);
  outb (0x43, 0x34);            /* Channel 0, lo/hi byte, mode 2. */
  outb (0x40, PIT_RELOAD & 0xff);
  outb (0x40, PIT_RELOAD >> 8);
  intr_register_ext (TIMER_IRQ_VEC, timer_interrupt, "8254 Timer");
}

/* Ticks since the OS booted. */
int64_t
timer_ticks (void)
{
  enum intr_level old_level = intr_disable ();
  int64_t t = ticks;

  intr_set_level (old_level);
  barrier ();
  return t;
}

/* Ticks elapsed since THEN, a value timer_ticks returned. */
int64_t
timer_elapsed (int64_t then)
{
  return timer_ticks () - then;
}

static bool
wakes_earlier (const struct list_elem *a, const struct list_elem *b,
               void *aux UNUSED)
{
  return list_entry (a, struct thread, elem)->wake_tick
         < list_entry (b, struct thread, elem)->wake_tick;
}

/* Sleeps for about TICKS timer ticks without busy waiting.  Returns at
   once if TICKS is zero or negative.  Interrupts must be on. */
void
timer_sleep (int64_t sleep_ticks)
{
  struct thread *cur = thread_current ();
  enum intr_level old_level;

  if (sleep_ticks <= 0)
    return;
  ASSERT (intr_get_level () == INTR_ON);

  old_level = intr_disable ();
  cur->wake_tick = ticks + sleep_ticks;
  list_insert_ordered (&sleepers, &cur->elem, wakes_earlier, NULL);
  thread_block ();
  intr_set_level (old_level);
}

/* Current value of channel 0's down counter. */
static unsigned
pit_count (void)
{
  uint8_t lo, hi;

  outb (0x43, 0x00);            /* Latch channel 0. */
  lo = inb (0x40);
  hi = inb (0x40);
  return lo | (hi << 8);
}

/* Busy-waits for CYCLES periods of the PIT's input clock. */
static void
pit_delay (int64_t cycles)
{
  unsigned last = pit_count ();

  while (cycles > 0)
    {
      unsigned now = pit_count ();
      cycles -= now <= last ? last - now : last + PIT_RELOAD - now;
      last = now;
    }
}

/* Sleeps for NUM / DENOM seconds: whole ticks by sleeping, a remainder
   shorter than a tick by busy waiting. */
static void
real_time_sleep (int64_t num, int32_t denom)
{
  int64_t sleep_ticks = num * TIMER_FREQ / denom;

  if (sleep_ticks > 0)
    timer_sleep (sleep_ticks);
  else if (num > 0)
    pit_delay (num * PIT_HZ / denom + 1);
}

void timer_msleep (int64_t ms) { real_time_sleep (ms, 1000); }
void timer_usleep (int64_t us) { real_time_sleep (us, 1000 * 1000); }
void timer_nsleep (int64_t ns) { real_time_sleep (ns, 1000 * 1000 * 1000); }

void
timer_print_stats (void)
{
  printf ("Timer: %lld ticks\n", (long long) timer_ticks ());
}

/* Wakes the sleeping threads whose wake tick has come.  Returns true if
   it woke any.  Interrupts off. */
static bool
wake_sleepers (void)
{
  bool woke = false;

  while (!list_empty (&sleepers))
    {
      struct thread *t = list_entry (list_front (&sleepers),
                                     struct thread, elem);
      if (t->wake_tick > ticks)
        break;
      list_pop_front (&sleepers);
      thread_unblock (t);
      woke = true;
    }
  return woke;
}

/* Counts a tick, lets the scheduler account for it, then wakes the
   threads due.  Accounting comes first: the 4.4BSD statistics of a tick
   that ends a second (the load average counts the ready threads) must
   not count a thread whose sleep ends on that very tick, which becomes
   ready only after it. */
static void
timer_interrupt (struct intr_frame *f)
{
  ticks++;
  thread_tick (ticks, (f->cs & 3) == 3);
  if (wake_sleepers ())
    thread_yield_if_outranked ();
}

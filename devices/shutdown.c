/* Powering off: print the statistics, then ask the machine to turn off. */

#include "devices/shutdown.h"
#include <stdio.h>
#include "devices/block.h"
#include "devices/kbd.h"
#include "devices/serial.h"
#include "devices/timer.h"
#include "filesys/cache.h"
#include "threads/interrupt.h"
#include "threads/io.h"
#include "threads/thread.h"
#include "userprog/leak.h"
#include "vm/vm.h"
#include <console.h>

/* Prints the statistics and powers the machine off.  Works in QEMU's
   and Bochs's ACPI power management, falling back to Bochs's shutdown
   port; if all fail, halts with interrupts off. */
void
shutdown_power_off (void)
{
  const char *p;

  timer_print_stats ();
  thread_print_stats ();
  vm_print_stats ();
  block_print_stats ();
  cache_print_stats ();
  kbd_print_stats ();
  console_print_stats ();

  vm_check_leaks ();
  leak_check_processes ();
  printf ("Powering off...\n");
  serial_flush ();
  intr_disable ();

  outw (0x604, 0x2000);                 /* QEMU (PIIX4 PM1a control). */
  outw (0xb004, 0x2000);                /* Bochs, older QEMU. */
  for (p = "Shutdown"; *p != '\0'; p++)
    outb (0x8900, *p);

  /* The power-off request takes effect asynchronously. */
  for (;;)
    asm volatile ("cli; hlt");
}

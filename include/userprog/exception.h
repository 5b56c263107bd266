/* CPU exceptions: faults in user code end the process; page faults go
   to the virtual-memory system first; anything else in the kernel is a
   kernel bug and panics.  Also the inspection interrupts of SPEC 5.4. */
#ifndef USERPROG_EXCEPTION_H
#define USERPROG_EXCEPTION_H

/* Page-fault error code bits. */
#define PF_P 0x1    /* 0: not-present page.  1: access rights violation. */
#define PF_W 0x2    /* 0: read, 1: write. */
#define PF_U 0x4    /* 0: kernel, 1: user process. */
#define PF_I 0x10   /* 1: instruction fetch. */

void exception_init (void);

#endif /* userprog/exception.h */

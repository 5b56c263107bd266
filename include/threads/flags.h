/* Bits of the RFLAGS register. */
#ifndef THREADS_FLAGS_H
#define THREADS_FLAGS_H

#define FLAG_MBS (1 << 1)       /* Must be set. */
#define FLAG_TF (1 << 8)        /* Trap flag (single step). */
#define FLAG_IF (1 << 9)        /* Interrupts enabled. */
#define FLAG_DF (1 << 10)       /* Direction flag. */
#define FLAG_IOPL (3 << 12)     /* I/O privilege level. */
#define FLAG_AC (1 << 18)       /* Alignment check. */
#define FLAG_NT (1 << 14)       /* Nested task. */

#endif /* threads/flags.h */

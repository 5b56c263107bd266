/* Interrupts: the IDT, the 8259 PICs, handler registration, and the
   interrupt on/off level. */
#ifndef THREADS_INTERRUPT_H
#define THREADS_INTERRUPT_H

#include <stdbool.h>
#include <stdint.h>

/* Whether interrupts are on. */
enum intr_level
  {
    INTR_OFF,
    INTR_ON
  };

enum intr_level intr_get_level (void);
enum intr_level intr_set_level (enum intr_level level);
enum intr_level intr_enable (void);
enum intr_level intr_disable (void);

/* General-purpose registers as the interrupt entry code saves them. */
struct gp_registers
  {
    uint64_t r15;
    uint64_t r14;
    uint64_t r13;
    uint64_t r12;
    uint64_t r11;
    uint64_t r10;
    uint64_t r9;
    uint64_t r8;
    uint64_t rsi;
    uint64_t rdi;
    uint64_t rbp;
    uint64_t rdx;
    uint64_t rcx;
    uint64_t rbx;
    uint64_t rax;
  };

/* The stack frame of an interrupt: the saved registers, the vector and
   error code pushed by the stub, then what the CPU pushed. */
struct intr_frame
  {
    struct gp_registers R;
    uint64_t vec_no;            /* Interrupt vector number. */
    uint64_t error_code;        /* CPU error code, or 0. */
    uint64_t rip;               /* Interrupted instruction. */
    uint64_t cs;
    uint64_t eflags;
    uint64_t rsp;               /* Interrupted stack pointer. */
    uint64_t ss;
  };

typedef void intr_handler_func (struct intr_frame *frame);

void intr_init (void);
void intr_register_ext (uint8_t vec, intr_handler_func *handler,
                        const char *name);
void intr_register_int (uint8_t vec, int dpl, enum intr_level level,
                        intr_handler_func *handler, const char *name);
void intr_set_ist (uint8_t vec, int ist);
bool intr_context (void);
void intr_yield_on_return (void);

void intr_dump_frame (const struct intr_frame *frame);
void do_iret (struct intr_frame *frame) __attribute__ ((noreturn));
const char *intr_name (uint8_t vec);

#endif /* threads/interrupt.h */

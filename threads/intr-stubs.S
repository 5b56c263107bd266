/* Interrupt entry stubs.  Each of the 256 vectors has a stub that pushes
   a zero error code (unless the CPU pushed one), then its vector number,
   and jumps to intr_entry, which saves the general registers in the
   layout of struct intr_frame and calls intr_handler. */

#include "threads/intr-regs.h"

        .section .text
        .globl intr_entry
        .type intr_entry, @function
intr_entry:
        PUSH_GP_REGISTERS
        cld
        movq %rsp, %rdi
        xorl %ebp, %ebp                 /* Backtraces end here. */
        movabsq $intr_handler, %rax
        callq *%rax
        .globl intr_exit
intr_exit:
        POP_GP_REGISTERS
        addq $16, %rsp                  /* Vector number and error code. */
        iretq

/* One stub per vector.  Vectors 8, 10-14, 17, 21, 29 and 30 get an error
   code from the CPU. */
.macro STUB vec
        .balign 16
stub_\vec:
        .if (\vec == 8) || (\vec >= 10 && \vec <= 14) || (\vec == 17) || (\vec == 21) || (\vec == 29) || (\vec == 30)
        .else
        pushq $0
        .endif
        pushq $\vec
        jmp intr_entry
.endm

.altmacro
.macro STUBS from, to
        STUB \from
        .if \to-\from
        STUBS %(\from+1), \to
        .endif
.endm

        STUBS 0, 63
        STUBS 64, 127
        STUBS 128, 191
        STUBS 192, 255

/* Table of stub addresses, indexed by vector. */
.macro STUB_ADDR vec
        .quad stub_\vec
.endm
.macro STUB_ADDRS from, to
        STUB_ADDR \from
        .if \to-\from
        STUB_ADDRS %(\from+1), \to
        .endif
.endm

        .section .rodata
        .balign 8
        .globl intr_stubs
intr_stubs:
        STUB_ADDRS 0, 63
        STUB_ADDRS 64, 127
        STUB_ADDRS 128, 191
        STUB_ADDRS 192, 255

/* void do_iret (struct intr_frame *frame);
   Loads every register from FRAME and returns from "interrupt" into
   it: how a thread enters user mode for the first time, and how a
   forked child returns from fork. */
        .section .text
        .globl do_iret
        .type do_iret, @function
do_iret:
        movq %rdi, %rsp
        jmp intr_exit

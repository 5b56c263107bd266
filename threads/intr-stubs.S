/* Interrupt entry stubs.  Each of the 256 vectors has a stub that pushes
   a zero error code (unless the CPU pushed one), then its vector number,
   and jumps to intr_entry, which saves the general registers in the
   layout of struct intr_frame and calls intr_handler. */

#include "threads/intr-regs.h"

/* Call-frame information for debuggers, kept out of the image: it tells
   GDB that the caller of intr_handler is the interrupted code, whose
   registers are in the struct intr_frame at %rsp (the rip exactly, not
   a return address: a "signal frame"), so "bt" goes on into the code
   that faulted.  Each .cfi_escape is DW_CFA_def_cfa_expression (0x0f) or
   DW_CFA_expression (0x10) with DW_OP_breg7 (0x77, %rsp) and an offset
   in SLEB128. */
        .cfi_sections .debug_frame

        .section .text
        .globl intr_entry
        .type intr_entry, @function
intr_entry:
        .cfi_startproc simple
        .cfi_signal_frame
        /* On entry: vector, error code, rip, cs, rflags, rsp, ss. */
        .cfi_escape 0x0f, 3, 0x77, 40, 0x06     /* CFA = [rsp + 40]. */
        .cfi_escape 0x10, 16, 2, 0x77, 16       /* rip at rsp + 16. */
        PUSH_GP_REGISTERS
        /* Now a whole struct intr_frame. */
        .cfi_escape 0x0f, 4, 0x77, 0xa0, 0x01, 0x06  /* CFA = [rsp + 160]. */
        .cfi_escape 0x10, 16, 3, 0x77, 0x88, 0x01    /* rip at rsp + 136. */
        .cfi_escape 0x10, 6, 3, 0x77, 0xd0, 0x00     /* rbp at rsp + 80. */
        .cfi_escape 0x10, 3, 3, 0x77, 0xe8, 0x00     /* rbx at rsp + 104. */
        .cfi_escape 0x10, 12, 2, 0x77, 24            /* r12 at rsp + 24. */
        .cfi_escape 0x10, 13, 2, 0x77, 16            /* r13 at rsp + 16. */
        .cfi_escape 0x10, 14, 2, 0x77, 8             /* r14 at rsp + 8. */
        .cfi_escape 0x10, 15, 2, 0x77, 0             /* r15 at rsp + 0. */
        cld
        movq %rsp, %rdi
        xorl %ebp, %ebp                 /* The frame-pointer chain ends. */
        movabsq $intr_handler, %rax
        callq *%rax
        .globl intr_exit
intr_exit:
        POP_GP_REGISTERS
        addq $16, %rsp                  /* Vector number and error code. */
        iretq
        .cfi_endproc

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

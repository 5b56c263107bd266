/* Assembly macros that push and pop the general-purpose registers in the
   layout of struct gp_registers (threads/interrupt.h): %r15 ends up at
   the lowest address.  Shared by the interrupt entry and the system
   call entry, which must build identical frames. */
#ifndef THREADS_INTR_REGS_H
#define THREADS_INTR_REGS_H

#ifdef __ASSEMBLER__
.macro PUSH_GP_REGISTERS
        pushq %rax
        pushq %rbx
        pushq %rcx
        pushq %rdx
        pushq %rbp
        pushq %rdi
        pushq %rsi
        pushq %r8
        pushq %r9
        pushq %r10
        pushq %r11
        pushq %r12
        pushq %r13
        pushq %r14
        pushq %r15
.endm

.macro POP_GP_REGISTERS
        popq %r15
        popq %r14
        popq %r13
        popq %r12
        popq %r11
        popq %r10
        popq %r9
        popq %r8
        popq %rsi
        popq %rdi
        popq %rbp
        popq %rdx
        popq %rcx
        popq %rbx
        popq %rax
.endm
#endif

#endif /* threads/intr-regs.h */

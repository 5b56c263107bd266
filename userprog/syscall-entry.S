/* Entry for the syscall instruction.  The CPU leaves the user %rip in
   %rcx and %rflags in %r11, masks interrupts (SFMASK) and does not
   switch stacks, so we save the user %rsp, move to the running thread's
   kernel stack, and build a struct intr_frame there exactly as an
   interrupt from user mode would, then call syscall_handler with
   interrupts on.  The return goes through iretq, which also serves a
   frame that exec or fork rewrote. */

#include "threads/gdt.h"
#include "threads/intr-regs.h"

#define SYSCALL_VEC 0x30

        .section .bss
        .balign 8
syscall_user_rsp:
        .skip 8

        .section .text
        .globl syscall_entry
        .type syscall_entry, @function
syscall_entry:
        movq %rsp, syscall_user_rsp(%rip)
        movq syscall_stack_top(%rip), %rsp
        pushq $SEL_UDSEG                /* ss */
        pushq syscall_user_rsp(%rip)    /* rsp */
        pushq %r11                      /* rflags */
        pushq $SEL_UCSEG                /* cs */
        pushq %rcx                      /* rip */
        pushq $0                        /* error code */
        pushq $SYSCALL_VEC              /* vector number */
        PUSH_GP_REGISTERS
        cld
        movq %rsp, %rdi
        xorl %ebp, %ebp
        sti
        movabsq $syscall_handler, %rax
        callq *%rax
        cli
        jmp intr_exit

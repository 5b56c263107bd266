/* The kernel's entry point.  The loader jumps here in long mode with
   the boot page tables, which map physical memory at KERN_BASE.  We
   zero the BSS, switch to the initial thread's stack and call main. */

#include "threads/loader.h"

#define BOOT_STACK_SIZE 8192

        .section .text.start, "ax"
        .globl _start
        .type _start, @function
_start:
        cli
        cld
        movabsq $__bss_start, %rdi
        movabsq $_end, %rcx
        subq %rdi, %rcx
        xorl %eax, %eax
        rep stosb

        movabsq $boot_stack + BOOT_STACK_SIZE, %rsp
        xorl %ebp, %ebp
        movabsq $main, %rax
        callq *%rax
1:      hlt
        jmp 1b

/* The initial thread's stack, with a guard page below it that
   paging_init leaves unmapped. */
        .section .bss
        .balign 4096
        .globl boot_guard, boot_stack
boot_guard:
        .skip 4096
boot_stack:
        .skip BOOT_STACK_SIZE

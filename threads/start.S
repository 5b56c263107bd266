/* The kernel's entry point.  The loader jumps here in long mode with
   the boot page tables, which map physical memory at KERN_BASE.  We
   zero the BSS, switch to the initial thread's stack and call main. */

#include "threads/loader.h"

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

        movabsq $boot_stack + 4096, %rsp
        xorl %ebp, %ebp
        movabsq $main, %rax
        callq *%rax
1:      hlt
        jmp 1b

/* The initial thread's page: struct thread at the bottom, stack above. */
        .section .bss
        .balign 4096
        .globl boot_stack
boot_stack:
        .skip 4096

/* The only code that touches user memory.  A page fault inside
   [user_copy_begin, user_copy_end) that the VM cannot resolve resumes at
   user_copy_fault, which makes the routine return -1. */

        .section .text
        .globl user_copy_begin, user_copy_end, user_copy_fault

/* long user_copy (void *dst, const void *src, size_t size):
   copies SIZE bytes; returns 0, or -1 if a fault stopped it. */
        .globl user_copy
        .type user_copy, @function
user_copy_begin:
user_copy:
        movq %rdx, %rcx
        rep movsb
        xorl %eax, %eax
        ret

/* long user_strnlen (const char *s, size_t max): the length of S if a
   NUL appears within MAX bytes, MAX if not, or -1 on a fault. */
        .globl user_strnlen
        .type user_strnlen, @function
user_strnlen:
        xorl %eax, %eax
1:      cmpq %rsi, %rax
        jae 2f
        cmpb $0, (%rdi,%rax)
        je 2f
        incq %rax
        jmp 1b
2:      ret
user_copy_end:

user_copy_fault:
        movq $-1, %rax
        ret

/* Context switch between kernel threads. */

/* struct thread *switch_threads (struct thread *cur, struct thread *next);

   Saves the callee-saved registers of CUR on its stack and the stack
   pointer in CUR->stack, loads NEXT's stack pointer and registers, and
   returns in NEXT's context.  The value returned there is CUR, the thread
   we came from.  struct thread's first member is the saved stack
   pointer. */
        .section .text
        .globl switch_threads
        .type switch_threads, @function
switch_threads:
        pushq %rbx
        pushq %rbp
        pushq %r12
        pushq %r13
        pushq %r14
        pushq %r15
        movq %rsp, (%rdi)
        movq (%rsi), %rsp
        movq %rdi, %rax
        popq %r15
        popq %r14
        popq %r13
        popq %r12
        popq %rbp
        popq %rbx
        ret

/* Where a new thread's first switch_threads "returns": finish the switch,
   then call kernel_thread (function in %r12, aux in %r13). */
        .globl switch_entry
        .type switch_entry, @function
switch_entry:
        movq %rax, %rdi
        movabsq $thread_schedule_tail, %rax
        callq *%rax
        movq %r12, %rdi
        movq %r13, %rsi
        movabsq $kernel_thread_entry, %rax
        callq *%rax
        ud2

/* The global descriptor table and the task-state segment.  Segmentation
   is flat in long mode; the GDT exists for the privilege levels, and the
   TSS for the stack the CPU switches to when user code is interrupted. */

#include "threads/gdt.h"
#include <string.h>

/* 64-bit task-state segment. */
struct tss
  {
    uint32_t reserved0;
    uint64_t rsp0;              /* Kernel stack for entries from ring 3. */
    uint64_t rsp1;
    uint64_t rsp2;
    uint64_t reserved1;
    uint64_t ist[7];
    uint64_t reserved2;
    uint16_t reserved3;
    uint16_t iomap_base;
  } __attribute__ ((packed));

static struct tss tss;

/* The stack for double faults (IST 1): a kernel stack overflow cannot
   push its page-fault frame, so the CPU raises a double fault, which
   must run on a stack of its own. */
static uint8_t double_fault_stack[8192] __attribute__ ((aligned (16)));

/* Copy of TSS.RSP0 for the system call entry, which must find the kernel
   stack itself (the syscall instruction does not switch stacks). */
uint64_t syscall_stack_top;

/* Code and data descriptors: flat, present, with the given DPL. */
#define DESC_CODE64(DPL) (0x00af9a000000ffffull | ((uint64_t) (DPL) << 45))
#define DESC_DATA(DPL) (0x00cf92000000ffffull | ((uint64_t) (DPL) << 45))

static uint64_t gdt[7];

struct descriptor_pointer
  {
    uint16_t limit;
    uint64_t base;
  } __attribute__ ((packed));

/* Fills in the TSS descriptor, which takes two GDT slots in long mode. */
static void
set_tss_descriptor (void)
{
  uint64_t base = (uint64_t) &tss;
  uint64_t limit = sizeof tss - 1;

  gdt[5] = (limit & 0xffff)
           | ((base & 0xffffff) << 16)
           | (0x89ull << 40)                  /* Present, 64-bit TSS. */
           | (((limit >> 16) & 0xf) << 48)
           | (((base >> 24) & 0xff) << 56);
  gdt[6] = base >> 32;
}

/* Loads our GDT and TSS and reloads every segment register. */
void
gdt_init (void)
{
  struct descriptor_pointer gdtr;

  memset (&tss, 0, sizeof tss);
  tss.iomap_base = sizeof tss;
  tss.ist[0] = (uint64_t) double_fault_stack + sizeof double_fault_stack;

  gdt[0] = 0;
  gdt[1] = DESC_CODE64 (0);
  gdt[2] = DESC_DATA (0);
  gdt[3] = DESC_DATA (3);
  gdt[4] = DESC_CODE64 (3);
  set_tss_descriptor ();

  gdtr.limit = sizeof gdt - 1;
  gdtr.base = (uint64_t) gdt;
  asm volatile ("lgdt %0" : : "m" (gdtr));
  asm volatile ("movw %w0, %%ds\n\t"
                "movw %w0, %%es\n\t"
                "movw %w0, %%ss\n\t"
                "movw %w1, %%fs\n\t"
                "movw %w1, %%gs\n\t"
                "pushq %2\n\t"
                "movabsq $1f, %%rax\n\t"
                "pushq %%rax\n\t"
                "lretq\n"
                "1:"
                : : "r" (SEL_KDSEG), "r" (0), "i" (SEL_KCSEG) : "rax", "memory");
  asm volatile ("ltr %w0" : : "r" (SEL_TSS));
}

/* Sets the stack the CPU loads when user code is interrupted. */
void
tss_set_kernel_stack (uint64_t rsp0)
{
  tss.rsp0 = rsp0;
  syscall_stack_top = rsp0;
}

uint64_t
tss_get_kernel_stack (void)
{
  return tss.rsp0;
}

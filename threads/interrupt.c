/* The interrupt descriptor table, the two 8259A interrupt controllers,
   and the dispatcher that every interrupt stub calls. */

#include "threads/interrupt.h"
#include <debug.h>
#include <inttypes.h>
#include <stdio.h>
#include "threads/flags.h"
#include "threads/gdt.h"
#include "threads/io.h"
#include "threads/thread.h"

#define INTR_CNT 256

/* External interrupts from the PICs are remapped to vectors 0x20-0x2f. */
#define PIC_VEC_BASE 0x20
#define PIC_VEC_CNT 16
#define PIC0_CTRL 0x20
#define PIC0_DATA 0x21
#define PIC1_CTRL 0xa0
#define PIC1_DATA 0xa1

/* An IDT gate: 16 bytes in long mode. */
struct gate
  {
    uint16_t offset_low;
    uint16_t selector;
    uint8_t ist;
    uint8_t type_attr;
    uint16_t offset_mid;
    uint32_t offset_high;
    uint32_t reserved;
  } __attribute__ ((packed));

static struct gate idt[INTR_CNT];

/* Handlers and names, indexed by vector. */
static intr_handler_func *handlers[INTR_CNT];
static const char *names[INTR_CNT];

/* Stub addresses, from intr-stubs.S. */
extern uint64_t intr_stubs[INTR_CNT];

/* True while an external interrupt is being handled. */
static bool in_external_intr;

/* Set by intr_yield_on_return: yield once the handler finishes. */
static bool yield_on_return;

void intr_handler (struct intr_frame *frame);

enum intr_level
intr_get_level (void)
{
  uint64_t flags;

  asm volatile ("pushfq; popq %0" : "=g" (flags));
  return flags & FLAG_IF ? INTR_ON : INTR_OFF;
}

enum intr_level
intr_set_level (enum intr_level level)
{
  return level == INTR_ON ? intr_enable () : intr_disable ();
}

/* Enables interrupts and returns the previous level.  Must not be called
   from an interrupt handler. */
enum intr_level
intr_enable (void)
{
  enum intr_level old_level = intr_get_level ();

  ASSERT (!intr_context ());
  asm volatile ("sti");
  return old_level;
}

/* Disables interrupts and returns the previous level. */
enum intr_level
intr_disable (void)
{
  enum intr_level old_level = intr_get_level ();

  asm volatile ("cli" : : : "memory");
  return old_level;
}

/* Programs the PICs: vectors 0x20-0x2f, all lines masked except the
   cascade; intr_register_ext unmasks lines as drivers register. */
static void
pic_init (void)
{
  outb (PIC0_DATA, 0xff);
  outb (PIC1_DATA, 0xff);

  outb (PIC0_CTRL, 0x11);               /* ICW1: edge, cascade, ICW4. */
  outb (PIC0_DATA, PIC_VEC_BASE);       /* ICW2: base vector. */
  outb (PIC0_DATA, 0x04);               /* ICW3: slave on IRQ2. */
  outb (PIC0_DATA, 0x01);               /* ICW4: 8086 mode. */

  outb (PIC1_CTRL, 0x11);
  outb (PIC1_DATA, PIC_VEC_BASE + 8);
  outb (PIC1_DATA, 0x02);               /* ICW3: slave id 2. */
  outb (PIC1_DATA, 0x01);

  outb (PIC0_DATA, 0xfb);               /* Only the cascade line. */
  outb (PIC1_DATA, 0xff);
}

/* Unmasks the PIC line of external vector VEC. */
static void
pic_unmask (uint8_t vec)
{
  int irq = vec - PIC_VEC_BASE;

  if (irq < 8)
    outb (PIC0_DATA, inb (PIC0_DATA) & ~(1 << irq));
  else
    outb (PIC1_DATA, inb (PIC1_DATA) & ~(1 << (irq - 8)));
}

/* Acknowledges external interrupt VEC at the PIC(s). */
static void
pic_end_of_interrupt (uint8_t vec)
{
  if (vec >= PIC_VEC_BASE + 8)
    outb (PIC1_CTRL, 0x20);
  outb (PIC0_CTRL, 0x20);
}

/* Fills in gate VEC with privilege DPL; LEVEL says whether the handler
   runs with interrupts on (trap gate) or off (interrupt gate). */
static void
set_gate (uint8_t vec, int dpl, enum intr_level level)
{
  uint64_t target = intr_stubs[vec];
  struct gate *g = &idt[vec];

  g->offset_low = target & 0xffff;
  g->selector = SEL_KCSEG;
  g->ist = 0;
  g->type_attr = 0x80 | (dpl << 5) | (level == INTR_ON ? 0xf : 0xe);
  g->offset_mid = (target >> 16) & 0xffff;
  g->offset_high = target >> 32;
  g->reserved = 0;
}

static const char *const exception_names[32] =
  {
    "#DE Divide Error", "#DB Debug Exception", "NMI Interrupt",
    "#BP Breakpoint Exception", "#OF Overflow Exception",
    "#BR BOUND Range Exceeded Exception", "#UD Invalid Opcode Exception",
    "#NM Device Not Available Exception", "#DF Double Fault Exception",
    "Coprocessor Segment Overrun", "#TS Invalid TSS Exception",
    "#NP Segment Not Present", "#SS Stack Fault Exception",
    "#GP General Protection Exception", "#PF Page-Fault Exception",
    "Reserved", "#MF x87 FPU Floating-Point Error",
    "#AC Alignment Check Exception", "#MC Machine-Check Exception",
    "#XF SIMD Floating-Point Exception",
  };

/* Builds the IDT with every gate pointing at its stub, programs the PICs
   and loads the IDT. */
void
intr_init (void)
{
  struct
    {
      uint16_t limit;
      uint64_t base;
    } __attribute__ ((packed)) idtr;
  int i;

  pic_init ();
  for (i = 0; i < INTR_CNT; i++)
    {
      set_gate (i, 0, INTR_OFF);
      names[i] = i < 32 && exception_names[i] != NULL
                 ? exception_names[i] : "unknown";
    }
  idtr.limit = sizeof idt - 1;
  idtr.base = (uint64_t) idt;
  asm volatile ("lidt %0" : : "m" (idtr));
}

/* Registers HANDLER for external (PIC) interrupt VEC, which runs with
   interrupts off, and unmasks its line. */
void
intr_register_ext (uint8_t vec, intr_handler_func *handler, const char *name)
{
  ASSERT (vec >= PIC_VEC_BASE && vec < PIC_VEC_BASE + PIC_VEC_CNT);
  ASSERT (handlers[vec] == NULL);

  handlers[vec] = handler;
  names[vec] = name;
  set_gate (vec, 0, INTR_OFF);
  pic_unmask (vec);
}

/* Registers HANDLER for internal interrupt VEC (an exception or a software
   interrupt), callable from privilege DPL, run at interrupt LEVEL. */
void
intr_register_int (uint8_t vec, int dpl, enum intr_level level,
                   intr_handler_func *handler, const char *name)
{
  ASSERT (vec < PIC_VEC_BASE || vec >= PIC_VEC_BASE + PIC_VEC_CNT);

  handlers[vec] = handler;
  names[vec] = name;
  set_gate (vec, dpl, level);
}

/* Makes vector VEC run on interrupt stack IST (1-7) from the TSS. */
void
intr_set_ist (uint8_t vec, int ist)
{
  ASSERT (ist >= 0 && ist <= 7);
  idt[vec].ist = ist;
}

/* True while handling an external interrupt. */
bool
intr_context (void)
{
  return in_external_intr;
}

/* Asks for a yield right after the current external interrupt. */
void
intr_yield_on_return (void)
{
  ASSERT (intr_context ());
  yield_on_return = true;
}

const char *
intr_name (uint8_t vec)
{
  return names[vec];
}

/* Called by intr_entry for every interrupt. */
void
intr_handler (struct intr_frame *frame)
{
  uint8_t vec = frame->vec_no;
  bool external = vec >= PIC_VEC_BASE && vec < PIC_VEC_BASE + PIC_VEC_CNT;
  intr_handler_func *handler = handlers[vec];

  if (external)
    {
      ASSERT (intr_get_level () == INTR_OFF);
      ASSERT (!intr_context ());
      in_external_intr = true;
      yield_on_return = false;
    }

  if (handler != NULL)
    handler (frame);
  else if (vec == PIC_VEC_BASE + 7 || vec == PIC_VEC_BASE + 15)
    {
      /* Spurious interrupt from a PIC: nothing to do. */
    }
  else
    {
      intr_dump_frame (frame);
      PANIC ("unexpected interrupt %#04x (%s)", vec, intr_name (vec));
    }

  if (external)
    {
      ASSERT (intr_get_level () == INTR_OFF);
      in_external_intr = false;
      pic_end_of_interrupt (vec);
      if (yield_on_return)
        thread_yield ();
    }
}

/* Prints FRAME, for debugging and panics: every register, in hex with
   all 16 digits. */
void
intr_dump_frame (const struct intr_frame *f)
{
  printf ("Interrupt %#04" PRIx64 " (%s) at rip=%#" PRIx64 "\n",
          f->vec_no, intr_name (f->vec_no), f->rip);
  if (f->vec_no == 14)
    printf (" cr2=0x%016" PRIx64 "\n", rcr2 ());
  printf (" error=%#" PRIx64 " cs=%#" PRIx64 " rflags=%#" PRIx64
          " rsp=%#" PRIx64 " ss=%#" PRIx64 "\n",
          f->error_code, f->cs, f->eflags, f->rsp, f->ss);
  printf (" rax=0x%016" PRIx64 " rbx=0x%016" PRIx64 " rcx=0x%016" PRIx64
          " rdx=0x%016" PRIx64 "\n", f->R.rax, f->R.rbx, f->R.rcx, f->R.rdx);
  printf (" rsi=0x%016" PRIx64 " rdi=0x%016" PRIx64 " rbp=0x%016" PRIx64
          " r8=0x%016" PRIx64 "\n", f->R.rsi, f->R.rdi, f->R.rbp, f->R.r8);
  printf (" r9=0x%016" PRIx64 " r10=0x%016" PRIx64 " r11=0x%016" PRIx64
          " r12=0x%016" PRIx64 "\n", f->R.r9, f->R.r10, f->R.r11, f->R.r12);
  printf (" r13=0x%016" PRIx64 " r14=0x%016" PRIx64 " r15=0x%016" PRIx64
          "\n", f->R.r13, f->R.r14, f->R.r15);
}

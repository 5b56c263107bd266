/* Proves that when the kernel kills a process for a fault, the debug
   console (pintos's standard error) says why: the fault address, the
   instruction, the kind of access and the page's state, while the
   console shows only the exit line.  Three children fault in three
   ways: a write to code, a read of an unmapped address, and a jump
   into the (non-executable) stack. */

#include <stdint.h>
#include <syscall.h>
#include "tests/lib.h"

/* The unmapped address the second child reads. */
#define HOLE ((volatile int *) 0x10000000)

/* Forks a child named NAME that runs FAULT, and checks that it was
   killed. */
static void
run_faulting_child (const char *name, void (*fault) (void))
{
  pid_t pid = fork (name);

  if (pid == 0)
    {
      fault ();
      exit (0);
    }
  CHECK (wait (pid) == -1, "%s was killed", name);
}

static void
write_code (void)
{
  *(volatile uint8_t *) test_main = 0xc3;
}

static void
read_hole (void)
{
  exit (*HOLE);
}

static void
jump_stack (void)
{
  volatile uint8_t code[16] = { 0xc3 };
  void (*function) (void) = (void (*) (void)) code;

  function ();
}

void
test_main (void)
{
  run_faulting_child ("wr-code", write_code);
  run_faulting_child ("rd-hole", read_hole);
  run_faulting_child ("jmp-stack", jump_stack);
}

/* Reports on the debug console why the running process is about to be
   killed (include/userprog/diag.h).

   Each report is one line:

     diag: NAME (pid P) killed: page fault at ADDR rip RIP: not-present
       read in user mode; page: ANON swapped slot 3 writable

     diag: NAME (pid P) killed: bad argument 1 (buffer) of read: 0xc0000000;
       page: none

   The page part describes the supplemental page table's entry for the
   address; describe_page and page_state_name are the only code here
   that reads struct page, so a change to the VM layer's fields touches
   only them. */

#include "userprog/diag.h"
#include <debugcon.h>
#include <inttypes.h>
#include <stdio.h>
#include <string.h>
#include <syscall-nr.h>
#include "threads/interrupt.h"
#include "threads/thread.h"
#include "threads/vaddr.h"
#include "userprog/exception.h"
#include "vm/vm.h"

/* The vector that syscall-entry.S stores in the frames it builds. */
#define SYSCALL_VEC 0x30

/* Each system call's name and the names of its arguments, for reports
   about a bad argument. */
struct syscall_desc
  {
    const char *name;
    const char *args[6];
  };

static const struct syscall_desc syscalls[SYS_CNT] =
  {
    [SYS_HALT] = { "halt", { NULL } },
    [SYS_EXIT] = { "exit", { "status" } },
    [SYS_FORK] = { "fork", { "name" } },
    [SYS_EXEC] = { "exec", { "cmd_line" } },
    [SYS_WAIT] = { "wait", { "pid" } },
    [SYS_CREATE] = { "create", { "file", "initial_size" } },
    [SYS_REMOVE] = { "remove", { "file" } },
    [SYS_OPEN] = { "open", { "file" } },
    [SYS_FILESIZE] = { "filesize", { "fd" } },
    [SYS_READ] = { "read", { "fd", "buffer", "size" } },
    [SYS_WRITE] = { "write", { "fd", "buffer", "size" } },
    [SYS_SEEK] = { "seek", { "fd", "position" } },
    [SYS_TELL] = { "tell", { "fd" } },
    [SYS_CLOSE] = { "close", { "fd" } },
    [SYS_MMAP] = { "mmap", { "addr", "length", "writable", "fd", "offset" } },
    [SYS_MUNMAP] = { "munmap", { "addr" } },
    [SYS_CHDIR] = { "chdir", { "dir" } },
    [SYS_MKDIR] = { "mkdir", { "dir" } },
    [SYS_READDIR] = { "readdir", { "fd", "name" } },
    [SYS_ISDIR] = { "isdir", { "fd" } },
    [SYS_INUMBER] = { "inumber", { "fd" } },
    [SYS_SYMLINK] = { "symlink", { "target", "linkpath" } },
    [SYS_DUP2] = { "dup2", { "oldfd", "newfd" } },
    [SYS_MOUNT] = { "mount", { "path", "chan", "dev" } },
    [SYS_UMOUNT] = { "umount", { "path" } },
  };

/* PAGE's state in words: what its next fault would have to do. */
static const char *
page_state_name (const struct page *page)
{
  if (page->operations->type == VM_UNINIT)
    return "not loaded yet";
  if (page->frame != NULL)
    return "resident";
  if (page->operations->type == VM_ANON && page->anon.slot != SWAP_SLOT_NONE)
    return "swapped";
  return "not resident";
}

/* Writes into BUF (SIZE bytes) what the supplemental page table of the
   running process says about the page holding user address ADDR: its
   type, its state, whether it is writable and executable, its frame or
   swap slot.  The only function here that reads struct page. */
static void
describe_page (uint64_t addr, char *buf, size_t size)
{
  struct page *page;
  enum vm_type type;
  size_t len;

  if (!is_user_vaddr (addr))
    {
      snprintf (buf, size, "none (kernel address)");
      return;
    }
  page = spt_find_page (&thread_current ()->spt, (void *) addr);
  if (page == NULL)
    {
      snprintf (buf, size, "none");
      return;
    }

  type = page_get_type (page);
  len = snprintf (buf, size, "%s%s%s %s%s%s",
                  page->operations->type == VM_UNINIT ? "UNINIT->" : "",
                  type == VM_ANON ? "ANON" : type == VM_FILE ? "FILE" : "?",
                  page_is_stack (page) ? " (stack)" : "",
                  page_state_name (page),
                  page->writable ? " writable" : " read-only",
                  page->executable ? " executable" : "");
  if (len >= size)
    return;
  if (page->frame != NULL)
    snprintf (buf + len, size - len, " frame %p", page->frame->kva);
  else if (page->operations->type == VM_ANON
           && page->anon.slot != SWAP_SLOT_NONE)
    snprintf (buf + len, size - len, " slot %zu", page->anon.slot);
}

/* Reports a page fault in user mode at FAULT_ADDR that the VM system
   could not resolve.  FRAME is the faulting context. */
void
diag_report_fault (const struct intr_frame *frame, uint64_t fault_addr)
{
  uint64_t code = frame->error_code;
  char page[160];

  describe_page (fault_addr, page, sizeof page);
  debugcon_printf ("diag: %s (pid %d) killed: page fault at %#" PRIx64
                   " rip %#" PRIx64 ": %s %s in %s mode; page: %s\n",
                   thread_name (), thread_tid (), fault_addr, frame->rip,
                   code & PF_P ? "protection" : "not-present",
                   code & PF_I ? "execute" : code & PF_W ? "write" : "read",
                   code & PF_U ? "user" : "kernel", page);
}

/* Reports an exception other than a page fault raised by user code. */
void
diag_report_exception (const struct intr_frame *frame)
{
  debugcon_printf ("diag: %s (pid %d) killed: %s (vector %" PRIu64
                   ") rip %#" PRIx64 " rsp %#" PRIx64 " error %#" PRIx64
                   "\n", thread_name (), thread_tid (),
                   intr_name (frame->vec_no), frame->vec_no, frame->rip,
                   frame->rsp, frame->error_code);
}

/* Returns the frame that the running process's system call built at the
   top of its kernel stack, or NULL if it is not in a system call. */
static const struct intr_frame *
syscall_frame (void)
{
  const struct intr_frame *f
    = (const struct intr_frame *) thread_current ()->stack_top - 1;

  return f->vec_no == SYSCALL_VEC ? f : NULL;
}

/* Returns argument INDEX (0-5) of the system call in F. */
static uint64_t
syscall_arg (const struct intr_frame *f, int index)
{
  switch (index)
    {
    case 0: return f->R.rdi;
    case 1: return f->R.rsi;
    case 2: return f->R.rdx;
    case 3: return f->R.r10;
    case 4: return f->R.r8;
    default: return f->R.r9;
    }
}

/* Reports that argument INDEX (0-5) of the running system call was a
   bad pointer, with its value and the page it points into. */
void
diag_report_bad_arg (int index)
{
  const struct intr_frame *f = syscall_frame ();
  const struct syscall_desc *desc;
  const char *arg_name;
  uint64_t value;
  char page[160];

  if (f == NULL || index < 0 || index > 5)
    {
      debugcon_printf ("diag: %s (pid %d) killed: bad argument %d\n",
                       thread_name (), thread_tid (), index);
      return;
    }
  desc = f->R.rax < SYS_CNT ? &syscalls[f->R.rax] : NULL;
  arg_name = desc != NULL && desc->args[index] != NULL
             ? desc->args[index] : "?";
  value = syscall_arg (f, index);
  describe_page (value, page, sizeof page);
  debugcon_printf ("diag: %s (pid %d) killed: bad argument %d (%s) of %s: "
                   "%#" PRIx64 " rip %#" PRIx64 "; page: %s\n",
                   thread_name (), thread_tid (), index, arg_name,
                   desc != NULL ? desc->name : "?", value, f->rip, page);
}

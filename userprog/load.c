/* Loading an ELF64 executable into a fresh address space and building
   its initial stack with the arguments.

   Every header field that the loader relies on is checked: a malformed
   or hostile file is rejected with nothing mapped or leaked. */

#include "userprog/load.h"
#include <debug.h>
#include <stdio.h>
#include <string.h>
#include "filesys/file.h"
#include "filesys/filesys.h"
#include "threads/interrupt.h"
#include "threads/malloc.h"
#include "threads/mmu.h"
#include "threads/palloc.h"
#include "threads/thread.h"
#include "threads/vaddr.h"
#include "userprog/usermem.h"
#include "vm/vm.h"

/* ELF64 file header. */
struct elf64_header
  {
    unsigned char e_ident[16];
    uint16_t e_type;
    uint16_t e_machine;
    uint32_t e_version;
    uint64_t e_entry;
    uint64_t e_phoff;
    uint64_t e_shoff;
    uint32_t e_flags;
    uint16_t e_ehsize;
    uint16_t e_phentsize;
    uint16_t e_phnum;
    uint16_t e_shentsize;
    uint16_t e_shnum;
    uint16_t e_shstrndx;
  };

/* ELF64 program header. */
struct elf64_phdr
  {
    uint32_t p_type;
    uint32_t p_flags;
    uint64_t p_offset;
    uint64_t p_vaddr;
    uint64_t p_paddr;
    uint64_t p_filesz;
    uint64_t p_memsz;
    uint64_t p_align;
  };

#define ET_EXEC 2
#define EM_X86_64 62
#define PT_NULL 0
#define PT_LOAD 1
#define PT_DYNAMIC 2
#define PT_INTERP 3
#define PT_SHLIB 5
#define PF_X 1
#define PF_W 2

/* Most program headers we accept. */
#define PHNUM_MAX 64

/* Checks the file header EH of a file of FILE_SIZE bytes. */
static bool
header_ok (const struct elf64_header *eh, off_t file_size)
{
  static const unsigned char ident[7] = { 0x7f, 'E', 'L', 'F', 2, 1, 1 };

  return memcmp (eh->e_ident, ident, sizeof ident) == 0
         && eh->e_type == ET_EXEC
         && eh->e_machine == EM_X86_64
         && eh->e_version == 1
         && eh->e_phentsize == sizeof (struct elf64_phdr)
         && eh->e_phnum > 0 && eh->e_phnum <= PHNUM_MAX
         && eh->e_entry < USER_VADDR_LIMIT
         && eh->e_phoff <= (uint64_t) file_size
         && eh->e_phnum * sizeof (struct elf64_phdr)
            <= (uint64_t) file_size - eh->e_phoff;
}

/* Checks loadable segment PH of a file of FILE_SIZE bytes: it must lie
   in user space above page 0, inside the file, with offset and address
   congruent modulo the page size. */
static bool
segment_ok (const struct elf64_phdr *ph, off_t file_size)
{
  if ((ph->p_offset & PGMASK) != (ph->p_vaddr & PGMASK))
    return false;
  if (ph->p_offset > (uint64_t) file_size
      || ph->p_filesz > (uint64_t) file_size - ph->p_offset)
    return false;
  if (ph->p_memsz < ph->p_filesz || ph->p_memsz == 0)
    return false;
  if (ph->p_vaddr < PGSIZE || !user_range_ok ((void *) ph->p_vaddr,
                                               ph->p_memsz))
    return false;
  return true;
}

/* Splits the command line at CMD_LINE into words (in place) and stores
   up to MAX pointers in ARGV.  Returns the word count, or -1 if there
   are more than MAX. */
static int
split_words (char *cmd_line, char **argv, int max)
{
  char *save_ptr, *word;
  int argc = 0;

  for (word = strtok_r (cmd_line, " ", &save_ptr); word != NULL;
       word = strtok_r (NULL, " ", &save_ptr))
    {
      if (argc >= max)
        return -1;
      argv[argc++] = word;
    }
  return argc;
}

/* Builds the initial stack in the kernel page KPAGE, to be copied to the
   user page just below USER_STACK: the ARGC strings of ARGV, padding to 8 bytes, the
   argv[] array ending in a null pointer, and a fake return address.
   Sets FRAME's %rsp, %rdi (argc) and %rsi (argv).  Returns false if the
   arguments do not fit in the page. */
static bool
build_stack (uint8_t *kpage, int argc, char **argv, struct intr_frame *frame)
{
  uint64_t user_top = USER_STACK;
  size_t top = PGSIZE;          /* Offset in KPAGE of the next free byte. */
  uint64_t arg_addrs[argc + 1];
  size_t need;
  int i;

  /* Strings, last first, so argv[0] ends up lowest. */
  for (i = argc - 1; i >= 0; i--)
    {
      size_t len = strlen (argv[i]) + 1;
      if (len > top)
        return false;
      top -= len;
      memcpy (kpage + top, argv[i], len);
      arg_addrs[i] = user_top - (PGSIZE - top);
    }
  arg_addrs[argc] = 0;

  /* argv[] starts 16-byte aligned, so %rsp = argv - 8 is aligned as
     after a call instruction. */
  need = (argc + 1) * sizeof (uint64_t);
  if (need + 16 + sizeof (uint64_t) > top)
    return false;
  top = (top - need) & ~(size_t) 15;
  memcpy (kpage + top, arg_addrs, need);
  top -= sizeof (uint64_t);
  memset (kpage + top, 0, sizeof (uint64_t));

  frame->rsp = user_top - (PGSIZE - top);
  frame->R.rdi = argc;
  frame->R.rsi = frame->rsp + sizeof (uint64_t);
  return true;
}

/* Adds the byte range [FILE_OFS, FILE_OFS + LENGTH) of FILE at offset
   PAGE_OFS of the page at UPAGE to that page's loading instructions,
   creating the page (lazy: UNINIT, becoming ANON) if it does not exist
   yet.  Segments may share a page: the second one adds its range to the
   page the first one created, and makes it writable (or executable) if
   it is. */
static bool
add_page_range (struct file *file, void *upage, off_t file_ofs,
                size_t page_ofs, size_t length, bool writable,
                bool executable)
{
  struct page *page = spt_find_page (&thread_current ()->spt, upage);
  struct page_load *load;

  if (page == NULL)
    {
      load = NULL;
      if (length > 0)
        {
          load = calloc (1, sizeof *load);
          if (load == NULL || (load->file = file_reopen (file)) == NULL)
            {
              free (load);
              return false;
            }
        }
      if (!vm_alloc_page_with_initializer (VM_ANON, upage, writable,
                                           load != NULL ? page_load_read
                                                        : NULL, load))
        {
          page_load_free (load);
          return false;
        }
      page = spt_find_page (&thread_current ()->spt, upage);
    }
  else
    {
      if (page->operations->type != VM_UNINIT)
        return false;
      page->writable |= writable;
    }
  page->executable |= executable;
  if (length == 0)
    return true;

  load = page->uninit.aux;
  if (load == NULL)
    {
      load = calloc (1, sizeof *load);
      if (load == NULL || (load->file = file_reopen (file)) == NULL)
        {
          free (load);
          return false;
        }
      page->uninit.aux = load;
      page->uninit.init = page_load_read;
    }
  if (load->range_cnt >= PAGE_LOAD_RANGES)
    return false;
  load->ranges[load->range_cnt].file_ofs = file_ofs;
  load->ranges[load->range_cnt].page_ofs = page_ofs;
  load->ranges[load->range_cnt].length = length;
  load->range_cnt++;
  return true;
}

/* Registers the segment at VADDR of MEM_SIZE bytes, whose first
   FILE_SIZE bytes come from FILE at OFFSET, page by page.  Nothing is
   read now: each page loads on its first fault.  The pages of the bss
   that no other segment can share (all but its first and last) are
   recorded as one zero region, so a huge bss costs one record. */
static bool
load_segment (struct file *file, off_t offset, uint64_t vaddr,
              uint64_t file_size, uint64_t mem_size, bool writable,
              bool executable)
{
  uint64_t addr = vaddr;
  uint64_t end = vaddr + mem_size;
  uint64_t file_end = vaddr + file_size;
  uint64_t zero_start = (uint64_t) pg_round_up (file_end);
  uint64_t zero_end = mem_size > 0 ? (uint64_t) pg_round_down (end - 1) : 0;

  if (zero_start < zero_end)
    {
      if (!mmap_add_zero_region ((void *) zero_start,
                                 (zero_end - zero_start) / PGSIZE,
                                 writable, executable))
        return false;
    }
  while (addr < end)
    {
      void *upage;
      uint64_t page_end;
      size_t length = 0;

      if (addr >= zero_start && addr < zero_end)
        addr = zero_end;
      upage = pg_round_down ((void *) addr);
      page_end = (uint64_t) upage + PGSIZE;

      if (addr < file_end)
        length = (file_end < page_end ? file_end : page_end) - addr;
      if (!add_page_range (file, upage, offset + (addr - vaddr),
                           pg_ofs (addr), length, writable, executable))
        return false;
      addr = page_end;
    }
  return true;
}

/* Creates the first stack page, just below USER_STACK, with the
   contents of the kernel page KPAGE.  The copy goes through the user
   mapping like any other write, so the page is claimed (and, under
   memory pressure, possibly evicted and brought back) by the VM with no
   window in which the kernel writes to a frame it does not hold.
   Returns false if out of memory. */
static bool
stack_setup (const void *kpage)
{
  void *upage = (uint8_t *) USER_STACK - PGSIZE;

  return vm_alloc_page (VM_ANON | VM_MARKER_STACK, upage, true)
         && copy_to_user (upage, kpage, PGSIZE);
}

/* Reads and checks the program headers of FILE into PHDRS. */
static bool
read_segments (struct file *file, const struct elf64_header *eh,
               struct elf64_phdr *phdrs)
{
  off_t size = eh->e_phnum * sizeof *phdrs;
  off_t file_size = file_length (file);
  int i;

  if (file_read_at (file, phdrs, size, eh->e_phoff) != size)
    return false;
  for (i = 0; i < eh->e_phnum; i++)
    switch (phdrs[i].p_type)
      {
      case PT_LOAD:
        if (!segment_ok (&phdrs[i], file_size))
          return false;
        break;
      case PT_DYNAMIC:
      case PT_INTERP:
      case PT_SHLIB:
        return false;
      default:
        break;
      }
  return true;
}

/* Loads the program named by the first word of CMD_LINE (modified) into
   the running process's empty address space and builds its stack with
   the words of CMD_LINE as arguments.  On success fills in FRAME's %rip,
   %rsp, %rdi and %rsi, stores the open, write-denied program file in
   *EXECUTABLE and returns true.  On failure returns false; whatever was
   set up stays in the address space for the caller to destroy. */
bool
load (char *cmd_line, struct intr_frame *frame, struct file **executable)
{
  char *argv[LOAD_ARGS_MAX];
  struct elf64_header eh;
  struct elf64_phdr *phdrs = NULL;
  struct file *file = NULL;
  uint8_t *stack_page = NULL;
  int argc, i;
  bool success = false;

  argc = split_words (cmd_line, argv, LOAD_ARGS_MAX);
  if (argc <= 0)
    return false;

  file = filesys_open (argv[0]);
  if (file == NULL)
    {
      printf ("load: %s: open failed\n", argv[0]);
      return false;
    }
  if (file_read_at (file, &eh, sizeof eh, 0) != sizeof eh
      || !header_ok (&eh, file_length (file)))
    goto done;

  phdrs = palloc_get_page (0);
  if (phdrs == NULL || !read_segments (file, &eh, phdrs))
    goto done;
  for (i = 0; i < eh.e_phnum; i++)
    if (phdrs[i].p_type == PT_LOAD
        && !load_segment (file, phdrs[i].p_offset, phdrs[i].p_vaddr,
                          phdrs[i].p_filesz, phdrs[i].p_memsz,
                          (phdrs[i].p_flags & PF_W) != 0,
                          (phdrs[i].p_flags & PF_X) != 0))
      goto done;

  stack_page = palloc_get_page (PAL_ZERO);
  if (stack_page == NULL || !build_stack (stack_page, argc, argv, frame)
      || !stack_setup (stack_page))
    goto done;
  frame->rip = eh.e_entry;

  file_deny_write (file);
  *executable = file;
  success = true;

 done:
  palloc_free_page (stack_page);
  palloc_free_page (phdrs);
  if (!success)
    file_close (file);
  return success;
}

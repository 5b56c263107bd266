/* Proves that the loader checks every ELF header field it relies on:
   copies of this program with one field broken (machine, header count
   and offset, segment offset, address, sizes and alignment, a dynamic
   loader request, truncation, plain text) all fail to exec, so the child
   exits with -1, and the failed loads leak no memory or open files. */

#include <kernel-counters.h>
#include <string.h>
#include <syscall.h>
#include "tests/lib.h"

#define IMAGE_MAX (256 * 1024)

static unsigned char image[IMAGE_MAX];
static unsigned char copy[IMAGE_MAX];
static int image_size;

/* Offsets in the ELF64 file header and program headers. */
#define E_MACHINE 18
#define E_PHOFF 32
#define E_PHNUM 56
#define PH_SIZE 56
#define P_TYPE 0
#define P_OFFSET 8
#define P_VADDR 16
#define P_FILESZ 32
#define P_MEMSZ 40

static uint64_t
get64 (const unsigned char *p)
{
  uint64_t v;
  memcpy (&v, p, sizeof v);
  return v;
}

static void
put64 (unsigned char *p, uint64_t v)
{
  memcpy (p, &v, sizeof v);
}

/* The first PT_LOAD program header of COPY. */
static unsigned char *
first_load (void)
{
  uint64_t phoff = get64 (copy + E_PHOFF);
  int i;

  for (i = 0; i < 16; i++)
    {
      unsigned char *ph = copy + phoff + i * PH_SIZE;
      uint32_t type;
      memcpy (&type, ph + P_TYPE, sizeof type);
      if (type == 1)
        return ph;
    }
  fail ("no PT_LOAD segment in our own image");
}

/* Writes the first SIZE bytes of COPY as file NAME, then execs it in a
   child and requires exit status -1. */
static void
try_exec (const char *name, int size, const char *what)
{
  pid_t pid;
  int fd;

  if (!create (name, size) || (fd = open (name)) < 0)
    fail ("create %s", name);
  if (write (fd, copy, size) != size)
    fail ("write %s", name);
  close (fd);

  pid = fork ("child");
  if (pid == 0)
    {
      exec (name);
      exit (99);
    }
  if (wait (pid) != -1)
    fail ("exec of a file with %s did not fail with -1", what);
  if (!remove (name))
    fail ("remove %s", name);
  msg ("rejected: %s", what);
}

static void
read_image (void)
{
  int fd = open ("exec-bad-elf");

  if (fd < 0)
    fail ("open own executable");
  image_size = filesize (fd);
  if (image_size <= 0 || image_size > IMAGE_MAX)
    fail ("own executable has size %d", image_size);
  if (read (fd, image, image_size) != image_size)
    fail ("read own executable");
  close (fd);
}

static void
run_cases (void)
{
  unsigned char *ph;

  memcpy (copy, image, image_size);
  copy[E_MACHINE] = 3;                          /* i386 */
  try_exec ("bad-machine", image_size, "the wrong machine");

  memcpy (copy, image, image_size);
  copy[E_PHNUM] = 0xff;
  copy[E_PHNUM + 1] = 0xff;
  try_exec ("bad-phnum", image_size, "65535 program headers");

  memcpy (copy, image, image_size);
  put64 (copy + E_PHOFF, 0x7fffffff);
  try_exec ("bad-phoff", image_size, "headers past the end");

  memcpy (copy, image, image_size);
  put64 (first_load () + P_OFFSET, 0x7ffff000);
  try_exec ("bad-segofs", image_size, "a segment past the end");

  memcpy (copy, image, image_size);
  ph = first_load ();
  put64 (ph + P_VADDR, 0x8004000000 + (get64 (ph + P_VADDR) & 0xfff));
  try_exec ("bad-kernel", image_size, "a segment in kernel space");

  memcpy (copy, image, image_size);
  ph = first_load ();
  put64 (ph + P_MEMSZ, 0);
  put64 (ph + P_FILESZ, 16);
  try_exec ("bad-memsz", image_size, "memsz below filesz");

  memcpy (copy, image, image_size);
  ph = first_load ();
  put64 (ph + P_VADDR, get64 (ph + P_VADDR) + 1);
  try_exec ("bad-align", image_size, "offset and address misaligned");

  memcpy (copy, image, image_size);
  copy[get64 (copy + E_PHOFF) + P_TYPE] = 3;    /* PT_INTERP */
  try_exec ("bad-interp", image_size, "a request for a dynamic loader");

  memcpy (copy, image, image_size);
  try_exec ("bad-trunc", 100, "a truncated file");

  memset (copy, 'x', 200);
  try_exec ("bad-text", 200, "no ELF header at all");
}

void
test_main (void)
{
  struct kernel_counters before, after;

  /* A first round warms up what legitimately stays allocated. */
  read_image ();
  quiet = true;
  run_cases ();
  quiet = false;
  get_kernel_counters (&before);
  run_cases ();
  get_kernel_counters (&after);

  CHECK (after.free_user_pages == before.free_user_pages
         && after.free_kernel_pages == before.free_kernel_pages
         && after.open_files == before.open_files
         && after.heap_blocks == before.heap_blocks,
         "failed loads leaked nothing");
}

/* Proves that a write by the kernel into a shared page copies it too:
   the child reads a file with the read system call straight into a
   buffer it shares with its parent (checked first); the child's buffer
   pages move to new frames holding the file's bytes amid the old ones,
   while the parent's buffer keeps its frames and its data. */

#include "tests/cow/cow-util.h"

#define PAGE_CNT 2
#define OFFSET 1000             /* Where in the buffer the read starts. */
#define SIZE 6000               /* Bytes read: across both pages. */

static uint64_t pages[PAGE_CNT][PAGE_WORDS] __attribute__ ((aligned (4096)));
static uintptr_t frames[PAGE_CNT];
static char file_data[SIZE];

/* Fails unless the buffer holds the pattern, except for FILE_BYTES
   bytes of the file from OFFSET. */
static void
check_buffer (size_t file_bytes, const char *who)
{
  static uint64_t expect[PAGE_CNT][PAGE_WORDS];

  pattern_fill (expect[0], PAGE_CNT * PAGE_WORDS, 77);
  memcpy ((char *) expect + OFFSET, file_data, file_bytes);
  compare_bytes (pages, expect, sizeof pages, 0, who);
}

static void
child (void)
{
  int fd = open_or_fail ("data");
  int n;

  frames_expect (pages, PAGE_CNT, frames, PAGE_CNT, "child");
  n = read (fd, (char *) pages + OFFSET, SIZE);
  if (n != SIZE)
    fail ("child: read returned %d, not %d", n, SIZE);
  frames_expect (pages, 1, frames, 0, "child");
  frames_expect ((char *) pages + PAGE_SIZE, 1, frames + 1, 0, "child");
  check_buffer (SIZE, "the child's buffer");
  msg ("child: both buffer pages copied, holding the file's bytes");
  close (fd);
  exit (87);
}

void
test_main (void)
{
  pid_t pid;

  random_fill (file_data, SIZE, 87);
  make_file ("data", file_data, SIZE);
  pattern_fill (pages[0], PAGE_CNT * PAGE_WORDS, 77);
  frames_record (pages, PAGE_CNT, frames, "parent");

  pid = fork ("child");
  if (pid == 0)
    child ();
  if (pid < 0)
    fail ("fork");
  if (wait (pid) != 87)
    fail ("child did not exit with 87");
  frames_expect (pages, PAGE_CNT, frames, PAGE_CNT, "parent");
  check_buffer (0, "the parent's buffer");
  msg ("parent: buffer unchanged, in the same frames");
}

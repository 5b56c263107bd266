/* Proves that the stack also grows when the kernel, not the program,
   first touches a stack page: read() fills a stack buffer whose lowest
   pages have never been touched. */

#include <stdint.h>
#include "tests/lib.h"
#include "tests/vm/vm-util.h"

#define FILE_PAGES 3
#define WORD_CNT (FILE_PAGES * PAGE_SIZE / sizeof (uint64_t))

static uint64_t contents[WORD_CNT];

static NO_INLINE void
read_into_stack (int fd)
{
  uint64_t buffer[WORD_CNT + PAGE_SIZE / sizeof (uint64_t)];
  bool absent = !is_resident (buffer);  /* Before any call uses the stack. */

  CHECK (absent, "lowest page of the buffer has no frame yet");
  CHECK (read (fd, buffer, sizeof contents) == (int) sizeof contents,
         "read %zu bytes into the untouched stack buffer", sizeof contents);
  pattern_check (buffer, WORD_CNT, 3, "stack buffer filled by read");
  msg ("stack buffer holds the file's contents");
}

void
test_main (void)
{
  int fd;

  pattern_fill (contents, WORD_CNT, 3);
  make_file ("stack-data", contents, sizeof contents);
  fd = open_or_fail ("stack-data");
  read_into_stack (fd);
  close (fd);
}

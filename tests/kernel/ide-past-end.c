/* Proves that a request reaching past the end of a disk is caught as
   the kernel bug it is: reading the last sector of hdb works, reading
   it together with the one after it panics with a message naming the
   disk and its size.  This test is expected to end in a kernel panic. */

#include "tests/threads/tests.h"
#include "devices/block.h"
#include "threads/malloc.h"

void
test_ide_past_end (void)
{
  struct block *hdb = block_get_role (BLOCK_FILESYS);
  uint8_t *buffer = malloc (2 * BLOCK_SECTOR_SIZE);

  if (hdb == NULL || buffer == NULL)
    fail ("no file-system disk or no memory");
  block_read (hdb, block_size (hdb) - 1, buffer);
  msg ("read the last sector");
  block_read_multiple (hdb, block_size (hdb) - 1, 2, buffer);
  fail ("read past the end of hdb");
}

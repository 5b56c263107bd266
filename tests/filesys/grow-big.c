/* A file grows by 4 kB writes to 1.5 MB, through the doubly indirect
   block, and reads back right. */

#include "tests/filesys/tree-lib.h"

void
test_main (void)
{
  make_pattern_file ("big", 25, 1536 * 1024, 4096);
  msg ("wrote 1.5 MB");
  check_pattern_file ("big", 25, 1536 * 1024);
  msg ("read it back");
}

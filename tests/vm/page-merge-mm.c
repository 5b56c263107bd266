/* Proves that mappings and paging work together across processes: 4 MiB
   of random words go to four chunk files, four children at once sort
   each file in place through a mapping, and the parent merges the chunks
   into a second 4 MiB array that must be in order and hold the same
   words. */

#include "tests/lib.h"
#include "tests/vm/page-merge.h"

void
test_main (void)
{
  merge_test ("child-sort-mm", true);
}

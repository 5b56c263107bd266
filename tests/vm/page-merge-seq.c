/* Proves that data handed between processes survives paging: 4 MiB of
   random words go to four chunk files, children run one at a time sort
   the files with read and write, and the parent merges the chunks into a
   second 4 MiB array that must be in order and hold the same words. */

#include "tests/lib.h"
#include "tests/vm/page-merge.h"

void
test_main (void)
{
  merge_test ("child-sort", false);
}

/* Helper of page-parallel, run as "child-linear ID": fills a 2.5 MiB
   array with a pattern of its own, waits until all four children have
   done so, checks the array, and exits with ID.  It prints only its
   "begin" line, so that parallel copies print the same lines whatever
   their order. */

#include <stdint.h>
#include <stdlib.h>
#include "tests/lib.h"
#include "tests/vm/vm-child.h"
#include "tests/vm/vm-util.h"

#define CHILD_CNT 4
#define WORD_CNT (2560 * 1024 / sizeof (uint64_t))

static uint64_t words[WORD_CNT];

void
test_main (void)
{
  int id;

  if (child_argc != 2)
    fail ("usage: child-linear ID");
  id = atoi (child_argv[1]);
  pattern_fill (words, WORD_CNT, 300 + id);
  barrier_wait (id, CHILD_CNT);
  pattern_check (words, WORD_CNT, 300 + id, "child-linear's array");
  exit (id);
}

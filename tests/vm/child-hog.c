/* Helper of swap-leak, run as "child-hog ID": fills a 10 MiB array, more
   than the frames of the user pool, with a pattern of its own, checks it
   twice, and exits with ID. */

#include <stdint.h>
#include <stdlib.h>
#include "tests/lib.h"
#include "tests/vm/vm-child.h"
#include "tests/vm/vm-util.h"

#define WORD_CNT (10 * 1024 * 1024 / sizeof (uint64_t))

static uint64_t words[WORD_CNT];

void
test_main (void)
{
  int id;

  if (child_argc != 2)
    fail ("usage: child-hog ID");
  id = atoi (child_argv[1]);
  pattern_fill (words, WORD_CNT, 700 + id);
  pattern_check (words, WORD_CNT, 700 + id, "child-hog's array");
  pattern_check (words, WORD_CNT, 700 + id, "child-hog's array");
  exit (id);
}

/* Three processes read one file while two rewrite it with the same
   bytes, all at once: every read sees the right bytes. */

#include "tests/filesys/tree-lib.h"

void
test_main (void)
{
  pid_t readers[3], writers[2];

  make_pattern_file ("rwfile", 7, 8192, 8192);
  spawn_children ("rw-read", readers, 3);
  spawn_children ("rw-write", writers, 2);
  wait_children (readers, 3);
  wait_children (writers, 2);
  check_pattern_file ("rwfile", 7, 8192);
  msg ("readers and writers agree");
}

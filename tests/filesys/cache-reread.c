/* Reading back a 40-sector file just written reads nothing from the
   disk: the 64-sector cache holds it. */

#include "tests/filesys/tree-lib.h"

void
test_main (void)
{
  long long reads;

  make_pattern_file ("c", 51, 40 * 512, 4096);
  reads = get_fs_disk_read_cnt ();
  check_pattern_file ("c", 51, 40 * 512);
  reads = get_fs_disk_read_cnt () - reads;
  CHECK (reads == 0, "reading it back read no sector (%lld)", reads);
}

/* Four processes that read the same 16 uncached sectors at once read
   fewer than 32 sectors from disk in all: no sector is read twice at
   once. */

#include "tests/filesys/tree-lib.h"

void
test_main (void)
{
  long long reads;
  pid_t pids[4];
  int i;

  make_pattern_file ("cfile", 3, 16 * 512, 4096);
  /* Push cfile out of the 64-sector cache. */
  make_pattern_file ("flush", 4, 200 * 512, 4096);
  check_pattern_file ("flush", 4, 200 * 512);
  reads = get_fs_disk_read_cnt ();
  for (i = 0; i < 4; i++)
    {
      pids[i] = fork ("reader");
      if (pids[i] == 0)
        {
          check_pattern_file ("cfile", 3, 16 * 512);
          exit (i);
        }
      if (pids[i] < 0)
        fail ("fork failed");
    }
  wait_children (pids, 4);
  reads = get_fs_disk_read_cnt () - reads;
  CHECK (reads < 32, "4 readers of 16 sectors read fewer than 32 (%lld)", reads);
}

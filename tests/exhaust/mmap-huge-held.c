/* Proves that huge mappings cannot exhaust the kernel: four mappings of
   64 MiB and one each of 1, 16 and 256 GiB of a one-page file each
   either fail (NULL) or work (the file's page reads back, the last page
   reads as zeros); while they exist a new process can be made and run,
   and a removed file closed; and after munmap and exit every frame,
   heap block and open file is back. */

#include <string.h>
#include "tests/lib.h"
#include "tests/exhaust/exhaust-util.h"

#define PAGE 4096
#define MAP_CNT 7

/* The mappings' lengths. */
static const unsigned long lengths[MAP_CNT] =
  { 64UL << 20, 64UL << 20, 64UL << 20, 64UL << 20,
    1UL << 30, 16UL << 30, 256UL << 30 };

/* The mapping work, in a child named "mapper": its page tables go when
   it exits, so the parent sees what the mappings left behind. */
static void
map_all (void)
{
  static char page[PAGE];
  char *maps[MAP_CNT];
  unsigned long addr = 0x10000000UL;
  int fd, i, mapped = 0, good = 0;

  memset (page, 'm', sizeof page);
  CHECK (create ("big-map", PAGE), "create \"big-map\"");
  CHECK ((fd = open ("big-map")) > 1, "open \"big-map\"");
  CHECK (write (fd, page, PAGE) == PAGE, "write one page");

  for (i = 0; i < MAP_CNT; i++)
    {
      unsigned long length = lengths[i];

      maps[i] = mmap ((void *) addr, length, 1, fd, 0);
      if (maps[i] == MAP_FAILED)
        continue;
      mapped++;
      if (maps[i][0] == 'm' && maps[i][PAGE - 1] == 'm'
          && maps[i][length - 1] == 0)
        good++;
      addr += length;
    }
  CHECK (good == mapped, "every huge mapping failed or works");
  i = run_small_child ();
  CHECK (i == 0, "a new process runs meanwhile");
  i = open ("big-map");
  CHECK (i > 1 && remove ("big-map"), "remove an open file meanwhile");
  close (i);
  for (i = 0; i < MAP_CNT; i++)
    if (maps[i] != MAP_FAILED)
      munmap (maps[i]);
  close (fd);
  exit (0);
}

/* The mapper, in a child. */
static void
scenario (void)
{
  pid_t pid = fork ("mapper");
  int status;

  if (pid == 0)
    map_all ();
  status = pid > 0 ? wait (pid) : -3;
  CHECK (status == 0, "the mapper finished");
}

void
test_main (void)
{
  struct kernel_counters before, after;

  exhaust_measure (scenario, &before, &after);
}

/* Measures how long 4 MB take to write and read on hdb by DMA and by
   PIO, in requests of 128 kB (256 sectors) and of a page (8 sectors),
   and checks that each pass reads back what it wrote.  The times, in
   timer ticks, vary from run to run; the checker ignores them. */

#include <stdio.h>
#include <string.h>
#include "tests/threads/tests.h"
#include "devices/block.h"
#include "devices/ide.h"
#include "devices/timer.h"
#include "threads/palloc.h"
#include "threads/vaddr.h"

#define TOTAL_SECTORS (4 * 1024 * 1024 / BLOCK_SECTOR_SIZE)
#define BIG_REQUEST 256
#define BUFFER_PAGES (BIG_REQUEST * BLOCK_SECTOR_SIZE / PGSIZE)

/* Moves TOTAL_SECTORS of DISK in requests of CNT sectors through
   BUFFER; returns the ticks it took.  Writes stamp each request's first
   bytes with its sector number and GEN; reads check the stamps. */
static int64_t
move (struct block *disk, size_t cnt, uint8_t *buffer, bool write, int gen)
{
  int64_t start = timer_ticks ();
  block_sector_t s;

  for (s = 0; s < TOTAL_SECTORS; s += cnt)
    {
      uint32_t stamp[2] = {s, gen}, seen[2];

      if (write)
        {
          memcpy (buffer, stamp, sizeof stamp);
          block_write_multiple (disk, s, cnt, buffer);
        }
      else
        {
          block_read_multiple (disk, s, cnt, buffer);
          memcpy (seen, buffer, sizeof seen);
          if (seen[0] != stamp[0] || seen[1] != stamp[1])
            fail ("sector %u holds the stamp of %u, generation %u",
                  (unsigned) s, (unsigned) seen[0], (unsigned) seen[1]);
        }
    }
  return timer_elapsed (start);
}

/* Measures one mode of transfer with requests of CNT sectors. */
static void
measure (struct block *disk, bool dma, size_t cnt, uint8_t *buffer, int gen)
{
  int64_t write_ticks, read_ticks;

  ide_set_dma (dma);
  write_ticks = move (disk, cnt, buffer, true, gen);
  read_ticks = move (disk, cnt, buffer, false, gen);
  msg ("%s, %zu-sector requests: 4 MB written in %lld ticks, "
       "read in %lld ticks", dma ? "DMA" : "PIO", cnt,
       (long long) write_ticks, (long long) read_ticks);
}

void
test_ide_speed (void)
{
  struct block *disk = block_get_role (BLOCK_FILESYS);
  uint8_t *buffer = palloc_get_multiple (PAL_ASSERT | PAL_ZERO,
                                         BUFFER_PAGES);

  if (disk == NULL)
    fail ("no file-system disk");
  measure (disk, true, BIG_REQUEST, buffer, 1);
  measure (disk, true, 8, buffer, 2);
  measure (disk, false, BIG_REQUEST, buffer, 3);
  measure (disk, false, 8, buffer, 4);
  ide_set_dma (true);
  palloc_free_multiple (buffer, BUFFER_PAGES);
}

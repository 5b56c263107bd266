/* Proves that the disk driver moves the right bytes to the right sectors
   of the swap disk, alone and in runs of 8, 64 and 300 sectors, from
   unaligned starts, with buffers on the stack, from malloc (even and odd
   addresses), spanning two pages, and at the end of the disk; by DMA
   and by PIO, each reading what the other wrote.  The block layer's
   counters must move by exactly the sectors transferred, and no memory
   may leak. */

#include <round.h>
#include <stdio.h>
#include <string.h>
#include "tests/threads/tests.h"
#include "devices/block.h"
#include "devices/ide.h"
#include "threads/malloc.h"
#include "threads/palloc.h"
#include "threads/vaddr.h"

/* A run of sectors and where its buffer lives. */
enum buffer_kind { STACK, MALLOC_EVEN, MALLOC_ODD, PAGES, PAGE_SPAN };

struct run
  {
    block_sector_t sector;      /* First sector; -N means N from the end. */
    size_t cnt;
    enum buffer_kind kind;
  };

static const struct run runs[] =
  {
    {3, 8, PAGES},
    {101, 8, MALLOC_ODD},
    {203, 64, MALLOC_EVEN},
    {517, 300, PAGES},
    {1201, 2, PAGE_SPAN},
    {1500, 300, MALLOC_ODD},
    {(block_sector_t) -8, 8, PAGES},
  };
#define RUN_CNT (sizeof runs / sizeof *runs)
#define SINGLE_CNT 40           /* Sectors written one at a time. */
#define SINGLE_BASE 2000

static struct block *disk;
static uint64_t sectors_read, sectors_written;

/* The byte at OFFSET of SECTOR in generation GEN. */
static uint8_t
pattern (block_sector_t sector, size_t offset, int gen)
{
  return (sector * 131 + offset * 7 + (offset >> 8) + gen * 59) & 0xff;
}

static void
fill (uint8_t *buffer, block_sector_t sector, size_t cnt, int gen)
{
  size_t i;

  for (i = 0; i < cnt * BLOCK_SECTOR_SIZE; i++)
    buffer[i] = pattern (sector + i / BLOCK_SECTOR_SIZE,
                         i % BLOCK_SECTOR_SIZE, gen);
}

static void
verify (const uint8_t *buffer, block_sector_t sector, size_t cnt, int gen,
        const char *mode)
{
  size_t i;

  for (i = 0; i < cnt * BLOCK_SECTOR_SIZE; i++)
    if (buffer[i] != pattern (sector + i / BLOCK_SECTOR_SIZE,
                              i % BLOCK_SECTOR_SIZE, gen))
      fail ("%s: sector %zu byte %zu is 0x%02x, not 0x%02x", mode,
            (size_t) sector + i / BLOCK_SECTOR_SIZE, i % BLOCK_SECTOR_SIZE,
            buffer[i], pattern (sector + i / BLOCK_SECTOR_SIZE,
                                i % BLOCK_SECTOR_SIZE, gen));
}

/* Writes (WRITE) or reads and verifies generation GEN of run R with a
   buffer of R's kind. */
static void
do_run (const struct run *r, int gen, bool write, const char *mode)
{
  block_sector_t sector = r->sector;
  size_t bytes = r->cnt * BLOCK_SECTOR_SIZE;
  size_t page_cnt = 0;
  void *block = NULL;
  uint8_t *buffer;

  if ((int32_t) sector < 0)
    sector += block_size (disk);
  switch (r->kind)
    {
    case MALLOC_EVEN:
    case MALLOC_ODD:
      block = malloc (bytes + 16);
      if (block == NULL)
        fail ("malloc of %zu bytes failed", bytes + 16);
      buffer = (uint8_t *) block + (r->kind == MALLOC_ODD ? 1 : 8);
      break;
    case PAGES:
    case PAGE_SPAN:
      page_cnt = DIV_ROUND_UP (bytes + PGSIZE, PGSIZE);
      block = palloc_get_multiple (PAL_ASSERT, page_cnt);
      buffer = (uint8_t *) block + (r->kind == PAGE_SPAN
                                    ? PGSIZE - BLOCK_SECTOR_SIZE : 100);
      break;
    default:
      NOT_REACHED ();
    }

  if (write)
    {
      fill (buffer, sector, r->cnt, gen);
      block_write_multiple (disk, sector, r->cnt, buffer);
      sectors_written += r->cnt;
    }
  else
    {
      memset (buffer, 0xcc, bytes);
      block_read_multiple (disk, sector, r->cnt, buffer);
      sectors_read += r->cnt;
      verify (buffer, sector, r->cnt, gen, mode);
    }
  if (page_cnt > 0)
    palloc_free_multiple (block, page_cnt);
  else
    free (block);
}

/* Writes or reads back SINGLE_CNT sectors one at a time through a
   buffer on the stack. */
static void
do_singles (int gen, bool write, const char *mode)
{
  uint8_t buffer[BLOCK_SECTOR_SIZE];
  block_sector_t s;

  for (s = SINGLE_BASE; s < SINGLE_BASE + SINGLE_CNT; s++)
    if (write)
      {
        fill (buffer, s, 1, gen);
        block_write (disk, s, buffer);
        sectors_written++;
      }
    else
      {
        memset (buffer, 0, sizeof buffer);
        block_read (disk, s, buffer);
        sectors_read++;
        verify (buffer, s, 1, gen, mode);
      }
}

/* Writes (if WRITE) and then reads back every run in generation GEN. */
static void
pass_over (int gen, bool write, const char *mode)
{
  size_t i;

  if (write)
    {
      do_singles (gen, true, mode);
      for (i = 0; i < RUN_CNT; i++)
        do_run (&runs[i], gen, true, mode);
    }
  do_singles (gen, false, mode);
  for (i = 0; i < RUN_CNT; i++)
    do_run (&runs[i], gen, false, mode);
  msg ("%s: %s %d single sectors and %zu runs verified", mode,
       write ? "wrote" : "read", SINGLE_CNT, RUN_CNT);
}

void
test_ide_rw (void)
{
  size_t live_blocks = malloc_live_blocks ();
  size_t free_pages = palloc_free_count (0);
  uint64_t read0, written0;

  disk = block_get_role (BLOCK_SWAP);
  if (disk == NULL)
    fail ("no swap disk");
  msg ("swap disk is %s", block_name (disk));
  read0 = block_read_cnt (disk);
  written0 = block_write_cnt (disk);

  ide_set_dma (true);
  pass_over (1, true, "dma");
  ide_set_dma (false);
  pass_over (1, false, "pio");
  pass_over (2, true, "pio");
  ide_set_dma (true);
  pass_over (2, false, "dma");

  if (block_read_cnt (disk) - read0 != sectors_read
      || block_write_cnt (disk) - written0 != sectors_written)
    fail ("counters moved by %llu reads and %llu writes, not %llu and %llu",
          (unsigned long long) (block_read_cnt (disk) - read0),
          (unsigned long long) (block_write_cnt (disk) - written0),
          (unsigned long long) sectors_read,
          (unsigned long long) sectors_written);
  msg ("counters: %llu sectors read, %llu written",
       (unsigned long long) sectors_read,
       (unsigned long long) sectors_written);
  if (malloc_live_blocks () != live_blocks
      || palloc_free_count (0) != free_pages)
    fail ("memory leaked");
  msg ("no memory leaked");
}

/* Proves that requests from many threads at once neither mix up data
   nor lose it: two threads share hdb (channel 0) and two share hdd
   (channel 1), each writing and reading back runs of 1 to 64 sectors in
   its own half of the disk, while a fifth thread keeps re-reading the
   kernel disk hda (the other device of channel 0).  At the end every
   sector holds what its last writer put there. */

#include <stdio.h>
#include <string.h>
#include "tests/threads/tests.h"
#include "devices/block.h"
#include "threads/malloc.h"
#include "threads/synch.h"
#include "threads/thread.h"

#define ROUNDS 40
#define MAX_RUN 64
#define WRITER_CNT 4
#define HDA_SECTORS 64

/* One writer: a half of a disk and the generation of each sector. */
struct writer
  {
    const char *disk_name;
    struct block *disk;
    block_sector_t first, cnt;  /* Its sectors. */
    uint8_t *gens;              /* Last generation written, per sector. */
    unsigned seed;              /* Its own pseudo-random sequence. */
    const char *error;          /* Set on a mismatch. */
    char error_text[128];
  };

static struct writer writers[WRITER_CNT];
static struct semaphore done;
static int hda_rounds;
static volatile bool writers_running;
static const char *hda_error;

/* The byte at OFFSET of SECTOR in generation GEN. */
static uint8_t
pattern (block_sector_t sector, size_t offset, int gen)
{
  return (sector * 37 + offset * 11 + gen * 101 + (offset >> 9)) & 0xff;
}

static unsigned
next_random (unsigned *seed)
{
  *seed = *seed * 1103515245 + 12345;
  return *seed >> 16;
}

/* Checks CNT sectors from SECTOR in BUFFER against W's generations;
   records the first mismatch in W. */
static bool
check (struct writer *w, const uint8_t *buffer, block_sector_t sector,
       size_t cnt)
{
  size_t i;

  for (i = 0; i < cnt * BLOCK_SECTOR_SIZE; i++)
    {
      block_sector_t s = sector + i / BLOCK_SECTOR_SIZE;
      uint8_t want = pattern (s, i % BLOCK_SECTOR_SIZE, w->gens[s - w->first]);

      if (buffer[i] != want)
        {
          snprintf (w->error_text, sizeof w->error_text,
                    "%s sector %u byte %zu: 0x%02x, not 0x%02x",
                    w->disk_name, (unsigned) s, i % BLOCK_SECTOR_SIZE,
                    buffer[i], want);
          w->error = w->error_text;
          return false;
        }
    }
  return true;
}

static void
writer_thread (void *w_)
{
  struct writer *w = w_;
  uint8_t *buffer = malloc (MAX_RUN * BLOCK_SECTOR_SIZE);
  int round;

  for (round = 1; round <= ROUNDS && w->error == NULL; round++)
    {
      size_t cnt = next_random (&w->seed) % MAX_RUN + 1;
      block_sector_t sector = w->first
                              + next_random (&w->seed) % (w->cnt - cnt + 1);
      size_t i;

      for (i = 0; i < cnt; i++)
        w->gens[sector - w->first + i] = round;
      for (i = 0; i < cnt * BLOCK_SECTOR_SIZE; i++)
        buffer[i] = pattern (sector + i / BLOCK_SECTOR_SIZE,
                             i % BLOCK_SECTOR_SIZE, round);
      block_write_multiple (w->disk, sector, cnt, buffer);
      memset (buffer, 0, cnt * BLOCK_SECTOR_SIZE);
      block_read_multiple (w->disk, sector, cnt, buffer);
      check (w, buffer, sector, cnt);
    }
  free (buffer);
  sema_up (&done);
}

/* Reads the first sectors of hda over and over while the writers run;
   they must read the same every time. */
static void
hda_thread (void *aux UNUSED)
{
  struct block *hda = block_get_role (BLOCK_KERNEL);
  uint8_t *first = malloc (HDA_SECTORS * BLOCK_SECTOR_SIZE);
  uint8_t *again = malloc (HDA_SECTORS * BLOCK_SECTOR_SIZE);

  block_read_multiple (hda, 0, HDA_SECTORS, first);
  do
    {
      block_read_multiple (hda, 0, HDA_SECTORS, again);
      if (memcmp (first, again, HDA_SECTORS * BLOCK_SECTOR_SIZE))
        hda_error = "hda read differently the second time";
      hda_rounds++;
    }
  while (writers_running && hda_error == NULL);
  free (first);
  free (again);
  sema_up (&done);
}

/* Writes generation 0 to all of W's sectors. */
static void
write_generation_zero (struct writer *w)
{
  uint8_t *buffer = malloc (MAX_RUN * BLOCK_SECTOR_SIZE);
  block_sector_t s;

  for (s = 0; s < w->cnt; s += MAX_RUN)
    {
      size_t i, n = w->cnt - s < MAX_RUN ? w->cnt - s : MAX_RUN;

      for (i = 0; i < n * BLOCK_SECTOR_SIZE; i++)
        buffer[i] = pattern (w->first + s + i / BLOCK_SECTOR_SIZE,
                             i % BLOCK_SECTOR_SIZE, 0);
      block_write_multiple (w->disk, w->first + s, n, buffer);
    }
  free (buffer);
}

/* Sets up writer W on half HALF of the disk called NAME. */
static void
start_writer (struct writer *w, const char *name, int half, unsigned seed)
{
  char thread_name[16];

  w->disk_name = name;
  w->disk = block_get_by_name (name);
  if (w->disk == NULL)
    fail ("no disk %s", name);
  w->cnt = block_size (w->disk) / 2;
  w->first = half * w->cnt;
  w->gens = calloc (w->cnt, 1);
  w->seed = seed;
  write_generation_zero (w);
  snprintf (thread_name, sizeof thread_name, "%s-%d", name, half);
  thread_create (thread_name, PRI_DEFAULT, writer_thread, w);
}

/* Reads all of W's sectors back and checks the last generations. */
static void
final_check (struct writer *w)
{
  uint8_t *buffer = malloc (MAX_RUN * BLOCK_SECTOR_SIZE);
  block_sector_t s;

  for (s = 0; s < w->cnt && w->error == NULL; s += MAX_RUN)
    {
      size_t n = w->cnt - s < MAX_RUN ? w->cnt - s : MAX_RUN;

      block_read_multiple (w->disk, w->first + s, n, buffer);
      check (w, buffer, w->first + s, n);
    }
  free (buffer);
  free (w->gens);
}

void
test_ide_parallel (void)
{
  int i;

  sema_init (&done, 0);
  writers_running = true;
  start_writer (&writers[0], "hdb", 0, 1);
  start_writer (&writers[1], "hdb", 1, 2);
  start_writer (&writers[2], "hdd", 0, 3);
  start_writer (&writers[3], "hdd", 1, 4);
  thread_create ("hda-reader", PRI_DEFAULT, hda_thread, NULL);

  for (i = 0; i < WRITER_CNT; i++)
    sema_down (&done);
  writers_running = false;
  sema_down (&done);

  for (i = 0; i < WRITER_CNT; i++)
    {
      struct writer *w = &writers[i];

      if (w->error == NULL)
        final_check (w);
      if (w->error != NULL)
        fail ("%s", w->error);
      msg ("%s sectors %u-%u: %d rounds verified", w->disk_name,
           (unsigned) w->first, (unsigned) (w->first + w->cnt - 1), ROUNDS);
    }
  if (hda_error != NULL)
    fail ("%s", hda_error);
  if (hda_rounds < 1)
    fail ("hda reader did not run");
  msg ("hda read consistently while the writers ran");
}

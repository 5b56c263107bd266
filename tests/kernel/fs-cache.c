/* Proves the buffer cache's promises at the sector level, counting the
   file-system disk's reads and writes: eight threads that read the
   same uncached sector at once cause one disk read; a cached sector is
   read again without the disk; whole-sector writes do not read the
   disk and reach it once however often it is flushed; the cache holds 64
   sectors, so after 200 others the first is read from disk again; and
   cache_flush puts every dirty sector on the disk, where a direct read
   finds it. */

#include <stdio.h>
#include <string.h>
#include "devices/block.h"
#include "filesys/cache.h"
#include "filesys/filesys.h"
#include "tests/threads/tests.h"
#include "threads/synch.h"
#include "threads/thread.h"

#define THREADS 8

/* Sectors far from anything the file system uses. */
#define BASE 3000

static struct semaphore start, done;
static uint8_t buffers[THREADS][BLOCK_SECTOR_SIZE];

/* A reader thread: waits for the start, reads sector BASE. */
static void
reader (void *index_)
{
  int index = (int) (intptr_t) index_;

  sema_down (&start);
  cache_read (fs_device, BASE, buffers[index]);
  sema_up (&done);
}

/* Starts THREADS readers of sector BASE together and waits for them. */
static void
read_together (void)
{
  char name[16];
  int i;

  sema_init (&start, 0);
  sema_init (&done, 0);
  for (i = 0; i < THREADS; i++)
    {
      snprintf (name, sizeof name, "reader %d", i);
      thread_create (name, PRI_DEFAULT, reader, (void *) (intptr_t) i);
    }
  for (i = 0; i < THREADS; i++)
    sema_up (&start);
  for (i = 0; i < THREADS; i++)
    sema_down (&done);
}

/* Writes sector S with bytes of value S % 251 through the cache. */
static void
write_pattern (block_sector_t s)
{
  uint8_t data[BLOCK_SECTOR_SIZE];

  memset (data, s % 251, sizeof data);
  cache_write (fs_device, s, data);
}

void
test_fs_cache (void)
{
  uint8_t data[BLOCK_SECTOR_SIZE];
  uint64_t reads, writes;
  block_sector_t s;

  if (!cache_enabled || fs_device == NULL)
    fail ("needs a file system with the cache on");
  reads = block_read_cnt (fs_device);
  read_together ();
  if (block_read_cnt (fs_device) - reads != 1)
    fail ("%d readers of one sector read it %llu times", THREADS,
          (unsigned long long) (block_read_cnt (fs_device) - reads));
  cache_read (fs_device, BASE, data);
  if (block_read_cnt (fs_device) - reads != 1)
    fail ("a cached sector was read from disk again");
  msg ("%d readers at once: one disk read; again: none", THREADS);

  reads = block_read_cnt (fs_device);
  writes = block_write_cnt (fs_device);
  for (s = BASE + 1; s <= BASE + 8; s++)
    write_pattern (s);
  if (block_read_cnt (fs_device) != reads)
    fail ("whole-sector writes read the disk");
  cache_flush (fs_device);
  cache_flush (fs_device);
  if (block_write_cnt (fs_device) - writes != 8)
    fail ("8 dirty sectors, flushed twice, took %llu writes",
          (unsigned long long) (block_write_cnt (fs_device) - writes));
  msg ("whole-sector writes read nothing; each reaches the disk once");

  for (s = BASE + 100; s < BASE + 300; s++)
    write_pattern (s);
  reads = block_read_cnt (fs_device);
  cache_read (fs_device, BASE, data);
  if (block_read_cnt (fs_device) - reads != 1)
    fail ("after 200 other sectors, the first was still cached");
  msg ("the cache holds no more than %d sectors", CACHE_SECTORS);

  cache_flush (fs_device);
  for (s = BASE + 100; s < BASE + 300; s++)
    {
      block_read (fs_device, s, data);
      if (data[0] != s % 251 || data[BLOCK_SECTOR_SIZE - 1] != s % 251)
        fail ("sector %"PRDSNu32" is not on the disk after the flush", s);
    }
  msg ("every written sector is on the disk");
}

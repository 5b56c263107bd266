/* The block layer: a registry of devices and their roles, bounds checks,
   and counters, in front of each device's driver. */

#include "devices/block.h"
#include <debug.h>
#include <list.h>
#include <stdio.h>
#include <string.h>

/* Most devices the system can hold: four IDE channels of two. */
#define BLOCK_MAX 8

/* A block device.  Every field but the counters is set once by
   block_register; the counters change through atomic adds. */
struct block
  {
    struct list_elem elem;              /* In ALL_BLOCKS. */
    char name[16];                      /* "hda", ... */
    enum block_type type;
    block_sector_t size;                /* In sectors. */
    const struct block_operations *operations;
    void *aux;                          /* Driver's data. */
    uint64_t read_cnt;                  /* Sectors read. */
    uint64_t write_cnt;                 /* Sectors written. */
  };

/* Registered devices, in registration order. */
static struct list all_blocks = LIST_INITIALIZER (all_blocks);
static struct block blocks[BLOCK_MAX];
static size_t block_cnt;

/* The device of each role, or NULL. */
static struct block *roles[BLOCK_ROLE_CNT];

/* Returns a lower-case name for TYPE, as in "filesys". */
const char *
block_type_name (enum block_type type)
{
  static const char *const names[BLOCK_CNT] =
    {
      [BLOCK_KERNEL] = "kernel",
      [BLOCK_FILESYS] = "filesys",
      [BLOCK_SCRATCH] = "scratch",
      [BLOCK_SWAP] = "swap",
      [BLOCK_RAW] = "raw",
      [BLOCK_FOREIGN] = "foreign",
    };

  ASSERT (type < BLOCK_CNT);
  return names[type];
}

/* Returns the device that plays ROLE, or NULL if none does. */
struct block *
block_get_role (enum block_type role)
{
  ASSERT (role < BLOCK_ROLE_CNT);
  return roles[role];
}

/* Makes BLOCK (which may be NULL) the device that plays ROLE. */
void
block_set_role (enum block_type role, struct block *block)
{
  ASSERT (role < BLOCK_ROLE_CNT);
  roles[role] = block;
}

/* Returns the device called NAME, or NULL if there is none. */
struct block *
block_get_by_name (const char *name)
{
  struct block *block;

  for (block = block_first (); block != NULL; block = block_next (block))
    if (!strcmp (name, block->name))
      return block;
  return NULL;
}

/* Returns the first registered device, or NULL if there is none. */
struct block *
block_first (void)
{
  return list_empty (&all_blocks)
         ? NULL : list_entry (list_begin (&all_blocks), struct block, elem);
}

/* Returns the device registered after BLOCK, or NULL after the last. */
struct block *
block_next (struct block *block)
{
  struct list_elem *next = list_next (&block->elem);

  return next == list_end (&all_blocks)
         ? NULL : list_entry (next, struct block, elem);
}

block_sector_t
block_size (struct block *block)
{
  return block->size;
}

const char *
block_name (struct block *block)
{
  return block->name;
}

enum block_type
block_type (struct block *block)
{
  return block->type;
}

/* Panics unless CNT sectors from SECTOR lie on BLOCK.  OPERATION names
   the request for the message. */
static void
check_range (const struct block *block, block_sector_t sector, size_t cnt,
             const char *operation)
{
  if (cnt > block->size || sector > block->size - cnt)
    PANIC ("block_%s: sectors %"PRDSNu32"..%"PRDSNu32" of %s lie past its "
           "end (%"PRDSNu32" sectors)", operation, sector,
           (block_sector_t) (sector + cnt - 1), block->name, block->size);
}

/* Reads sector SECTOR of BLOCK into BUFFER (BLOCK_SECTOR_SIZE bytes). */
void
block_read (struct block *block, block_sector_t sector, void *buffer)
{
  block_read_multiple (block, sector, 1, buffer);
}

/* Writes BUFFER (BLOCK_SECTOR_SIZE bytes) to sector SECTOR of BLOCK and
   returns once the device has the data. */
void
block_write (struct block *block, block_sector_t sector, const void *buffer)
{
  block_write_multiple (block, sector, 1, buffer);
}

/* Reads CNT sectors of BLOCK, from SECTOR on, into BUFFER, in as few
   device requests as the driver can.  CNT of 0 does nothing.  Panics if
   any of the sectors lies past the end of BLOCK. */
void
block_read_multiple (struct block *block, block_sector_t sector, size_t cnt,
                     void *buffer)
{
  ASSERT (buffer != NULL);
  check_range (block, sector, cnt, "read");
  if (cnt == 0)
    return;
  block->operations->read (block->aux, sector, cnt, buffer);
  __atomic_add_fetch (&block->read_cnt, cnt, __ATOMIC_RELAXED);
}

/* Writes CNT sectors from BUFFER to BLOCK, from SECTOR on, as
   block_read_multiple reads them. */
void
block_write_multiple (struct block *block, block_sector_t sector,
                      size_t cnt, const void *buffer)
{
  ASSERT (buffer != NULL);
  check_range (block, sector, cnt, "write");
  if (cnt == 0)
    return;
  block->operations->write (block->aux, sector, cnt, buffer);
  __atomic_add_fetch (&block->write_cnt, cnt, __ATOMIC_RELAXED);
}

/* Returns the number of sectors read from BLOCK since boot. */
uint64_t
block_read_cnt (struct block *block)
{
  return __atomic_load_n (&block->read_cnt, __ATOMIC_RELAXED);
}

/* Returns the number of sectors written to BLOCK since boot. */
uint64_t
block_write_cnt (struct block *block)
{
  return __atomic_load_n (&block->write_cnt, __ATOMIC_RELAXED);
}

/* Prints one line per device: its name, type and counters. */
void
block_print_stats (void)
{
  struct block *block;

  for (block = block_first (); block != NULL; block = block_next (block))
    printf ("%s (%s): %llu reads, %llu writes\n", block->name,
            block_type_name (block->type),
            (unsigned long long) block_read_cnt (block),
            (unsigned long long) block_write_cnt (block));
}

/* Prints N with thousands separators, as "20,160". */
static void
print_grouped (uint64_t n)
{
  if (n >= 1000)
    {
      print_grouped (n / 1000);
      printf (",%03u", (unsigned) (n % 1000));
    }
  else
    printf ("%u", (unsigned) n);
}

/* Prints the boot line of BLOCK, ending with EXTRA_INFO if not NULL:
   "hdb: 20,160 sectors (9 MB), model ...". */
static void
print_block (const struct block *block, const char *extra_info)
{
  uint64_t bytes = (uint64_t) block->size * BLOCK_SECTOR_SIZE;

  printf ("%s: ", block->name);
  print_grouped (block->size);
  printf (" sectors (");
  if (bytes >= 1024 * 1024)
    printf ("%llu MB)", (unsigned long long) (bytes >> 20));
  else
    printf ("%llu kB)", (unsigned long long) (bytes >> 10));
  if (extra_info != NULL)
    printf (", %s", extra_info);
  printf ("\n");
}

/* Registers a device of SIZE sectors called NAME, of TYPE, driven by
   OPERATIONS with AUX as their first argument, and prints its boot line
   with EXTRA_INFO (may be NULL).  A device of a role type gets that role
   unless another device has it already.  Called at boot only; panics if
   the table of devices is full.  Returns the new device. */
struct block *
block_register (const char *name, enum block_type type,
                const char *extra_info, block_sector_t size,
                const struct block_operations *operations, void *aux)
{
  struct block *block;

  ASSERT (type < BLOCK_CNT);
  ASSERT (operations != NULL && operations->read != NULL
          && operations->write != NULL);
  if (block_cnt >= BLOCK_MAX)
    PANIC ("block_register: more than %d devices", BLOCK_MAX);
  ASSERT (block_get_by_name (name) == NULL);

  block = &blocks[block_cnt++];
  strlcpy (block->name, name, sizeof block->name);
  block->type = type;
  block->size = size;
  block->operations = operations;
  block->aux = aux;
  list_push_back (&all_blocks, &block->elem);

  if (type < BLOCK_ROLE_CNT && roles[type] == NULL)
    roles[type] = block;
  print_block (block, extra_info);
  return block;
}

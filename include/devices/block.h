/* The block layer: named devices of 512-byte sectors, each with a role
   (kernel, file system, scratch, swap), counters of the sectors moved,
   and a driver behind a table of operations.

   Locking: the set of devices and their roles are fixed once ide_init
   has run (registration happens at boot, from one thread); afterwards
   they are read without a lock.  A device's counters change atomically.
   A driver serializes its own requests; the block layer takes no lock
   of its own, so callers may issue requests on one device from many
   threads at once. */
#ifndef DEVICES_BLOCK_H
#define DEVICES_BLOCK_H

#include <inttypes.h>
#include <stddef.h>
#include <stdint.h>

/* Index of a sector on a device. */
typedef uint32_t block_sector_t;

/* printf conversion for block_sector_t, as in "%"PRDSNu32. */
#define PRDSNu32 PRIu32

/* Size of a sector in bytes. */
#define BLOCK_SECTOR_SIZE 512

/* What a device is for.  The first BLOCK_ROLE_CNT types are roles, of
   which the system has at most one device each. */
enum block_type
  {
    BLOCK_KERNEL,               /* The boot image (hda). */
    BLOCK_FILESYS,              /* The file system (hdb). */
    BLOCK_SCRATCH,              /* Carries files in and out (hdc). */
    BLOCK_SWAP,                 /* Swap space (hdd). */
    BLOCK_ROLE_CNT,

    BLOCK_RAW = BLOCK_ROLE_CNT, /* A disk with no role. */
    BLOCK_FOREIGN,              /* An extra disk, for mounting. */
    BLOCK_CNT
  };

/* A driver's entry points.  Each moves CNT (at least 1) contiguous
   sectors starting at SECTOR between the device and BUFFER, which holds
   CNT * BLOCK_SECTOR_SIZE bytes of kernel memory.  The block layer has
   already checked that the sectors lie on the device.  The operations
   run in a thread with interrupts on, may sleep, and return once the
   data has moved; an I/O error the driver cannot recover from panics. */
struct block_operations
  {
    void (*read) (void *aux, block_sector_t sector, size_t cnt,
                  void *buffer);
    void (*write) (void *aux, block_sector_t sector, size_t cnt,
                   const void *buffer);
  };

struct block;

const char *block_type_name (enum block_type type);

struct block *block_get_role (enum block_type role);
void block_set_role (enum block_type role, struct block *block);
struct block *block_get_by_name (const char *name);
struct block *block_first (void);
struct block *block_next (struct block *block);

block_sector_t block_size (struct block *block);
const char *block_name (struct block *block);
enum block_type block_type (struct block *block);

void block_read (struct block *block, block_sector_t sector, void *buffer);
void block_write (struct block *block, block_sector_t sector,
                  const void *buffer);
void block_read_multiple (struct block *block, block_sector_t sector,
                          size_t cnt, void *buffer);
void block_write_multiple (struct block *block, block_sector_t sector,
                           size_t cnt, const void *buffer);

uint64_t block_read_cnt (struct block *block);
uint64_t block_write_cnt (struct block *block);
void block_print_stats (void);

struct block *block_register (const char *name, enum block_type type,
                              const char *extra_info, block_sector_t size,
                              const struct block_operations *operations,
                              void *aux);

#endif /* devices/block.h */

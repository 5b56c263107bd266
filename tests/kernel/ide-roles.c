/* Proves that disks get their roles by position and their sizes from the
   disks themselves: with --fs-disk=2 --swap-disk=4 there are exactly hda
   (the boot image: the loader's signature, the command line the loader
   read, and as many sectors as the loader says the kernel has), hdb of
   2 MB and hdd of 4 MB; no scratch or foreign disks.  The inspection
   counters of ide_get_counts follow the block layer's. */

#include <stdio.h>
#include <string.h>
#include "tests/threads/tests.h"
#include "devices/block.h"
#include "devices/ide.h"
#include "threads/loader.h"
#include "threads/vaddr.h"

static void
check_role (enum block_type role, const char *name, block_sector_t size)
{
  struct block *block = block_get_role (role);

  if (name == NULL)
    {
      if (block != NULL)
        fail ("role %s is played by %s", block_type_name (role),
              block_name (block));
      msg ("%s: none", block_type_name (role));
      return;
    }
  if (block == NULL)
    fail ("no %s disk", block_type_name (role));
  if (strcmp (block_name (block), name) || block_type (block) != role
      || block_get_by_name (name) != block)
    fail ("%s disk is %s", block_type_name (role), block_name (block));
  if (size != 0 && block_size (block) != size)
    fail ("%s has %"PRDSNu32" sectors, not %"PRDSNu32, name,
          block_size (block), size);
  if (size != 0)
    msg ("%s: %s, %"PRDSNu32" sectors", block_type_name (role), name, size);
  else
    msg ("%s: %s", block_type_name (role), name);
}

/* Checks the boot disk against what the loader knows about it. */
static void
check_boot_disk (void)
{
  struct block *hda = block_get_role (BLOCK_KERNEL);
  uint8_t sector[BLOCK_SECTOR_SIZE];
  uint32_t kernel_sectors;

  block_read (hda, 0, sector);
  if (sector[510] != 0x55 || sector[511] != 0xaa)
    fail ("hda sector 0 lacks the boot signature");
  memcpy (&kernel_sectors, sector + LOADER_KERNEL_SECTORS_OFFSET,
          sizeof kernel_sectors);
  if (block_size (hda) != LOADER_KERNEL_SECTOR + kernel_sectors)
    fail ("hda has %"PRDSNu32" sectors, the loader says %u",
          block_size (hda),
          (unsigned) (LOADER_KERNEL_SECTOR + kernel_sectors));
  block_read (hda, LOADER_CMDLINE_SECTOR, sector);
  if (memcmp (sector, ptov (LOADER_CMDLINE), BLOCK_SECTOR_SIZE))
    fail ("hda's command-line sector differs from the loader's copy");
  msg ("hda holds the loader, the command line and the kernel");
}

/* Checks that ide_get_counts sees a read of CNT sectors of hdb. */
static void
check_counts (void)
{
  struct block *hdb = block_get_by_name ("hdb");
  uint8_t sector[BLOCK_SECTOR_SIZE];
  uint64_t read0, written0, read1, written1;
  int i;

  if (!ide_get_counts (0, 1, &read0, &written0))
    fail ("ide_get_counts finds no channel 0 device 1");
  for (i = 0; i < 3; i++)
    block_read (hdb, 100 + i, sector);
  block_write (hdb, 200, sector);
  if (!ide_get_counts (0, 1, &read1, &written1))
    fail ("ide_get_counts lost channel 0 device 1");
  if (read1 - read0 != 3 || written1 - written0 != 1
      || read1 != block_read_cnt (hdb) || written1 != block_write_cnt (hdb))
    fail ("ide_get_counts moved by %llu reads, %llu writes",
          (unsigned long long) (read1 - read0),
          (unsigned long long) (written1 - written0));
  msg ("ide_get_counts counted 3 reads and 1 write on hdb");
  if (ide_get_counts (1, 0, &read0, &written0)
      || ide_get_counts (2, 0, &read0, &written0)
      || ide_get_counts (4, 0, &read0, &written0)
      || ide_get_counts (0, 2, &read0, &written0)
      || ide_get_counts (-1, 0, &read0, &written0))
    fail ("ide_get_counts found a disk that is not there");
  msg ("ide_get_counts finds no absent disk");
}

void
test_ide_roles (void)
{
  static const char *const absent[] = {"hdc", "hde", "hdf", "hdg", "hdh"};
  struct block *block;
  size_t i;

  check_role (BLOCK_KERNEL, "hda", 0);
  check_role (BLOCK_FILESYS, "hdb", 2 * 2048);
  check_role (BLOCK_SCRATCH, NULL, 0);
  check_role (BLOCK_SWAP, "hdd", 4 * 2048);
  for (i = 0; i < sizeof absent / sizeof *absent; i++)
    if (block_get_by_name (absent[i]) != NULL)
      fail ("%s is present", absent[i]);
  msg ("hdc and hde-hdh are absent");

  for (block = block_first (); block != NULL; block = block_next (block))
    msg ("device %s (%s)", block_name (block),
         block_type_name (block_type (block)));

  check_boot_disk ();
  check_counts ();
}

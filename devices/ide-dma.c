/* Bus-master DMA for the ATA driver.  The PCI IDE controller's two
   legacy channels can each move a request's data between a disk and
   memory by themselves, described by a table of physical regions; this
   file finds the controller, builds those tables and runs the bus master
   around the ATA command that devices/ide.c sends. */

#include "devices/ide-dma.h"
#include <debug.h>
#include <string.h>
#include "devices/block.h"
#include "devices/pci.h"
#include "threads/io.h"
#include "threads/synch.h"
#include "threads/vaddr.h"

/* Bus-master registers, as offsets from a channel's bus-master base. */
#define BM_COMMAND 0
#define BM_STATUS 2
#define BM_PRDT 4               /* Physical address of the PRD table. */
#define BM_CMD_START 0x01
#define BM_CMD_TO_MEMORY 0x08   /* The controller writes memory: a read. */
#define BM_STA_ERROR 0x02       /* Write 1 to clear. */
#define BM_STA_INTR 0x04        /* Write 1 to clear. */

/* The PCI IDE controller: class 01:01.  Its programming interface byte
   (bits 8-15 of PCI_REG_CLASS) says whether it can master the bus and
   whether a channel uses native ports instead of the legacy ones. */
#define PCI_CLASS_STORAGE 0x01
#define PCI_SUBCLASS_IDE 0x01
#define PROG_IF_BUS_MASTER 0x8000
#define PROG_IF_NATIVE 0x0500   /* Either channel in native mode. */
#define PCI_REG_BAR4 (PCI_REG_BAR0 + 16)

/* The channels that can do DMA: the controller's two legacy ones. */
#define DMA_CHANNEL_CNT 2
/* Most sectors in one request (an ATA sector count of 0 means 256). */
#define DMA_MAX_SECTORS 256
/* Sectors that fit in a channel's bounce page. */
#define BOUNCE_SECTORS (PGSIZE / BLOCK_SECTOR_SIZE)

/* One entry of a physical region descriptor table: a run of physical
   memory that does not cross a 64 kB boundary. */
struct prd
  {
    uint32_t address;           /* Physical address, even. */
    uint16_t size;              /* Bytes, even; 0 means 64 kB. */
    uint16_t flags;             /* PRD_EOT in the last entry. */
  };
#define PRD_EOT 0x8000
#define PRD_MAX 8               /* A 128 kB request needs at most 3. */

/* The bus master of one channel.
     Fixed by ide_dma_init: BASE.
     Interrupts off: STATUS, written by ide_dma_interrupt. */
struct bus_master
  {
    uint16_t base;              /* Bus-master registers, or 0: no DMA. */
    volatile uint8_t status;    /* BM_STATUS at the channel's last
                                   interrupt. */
  };
static struct bus_master bus_masters[DMA_CHANNEL_CNT];

/* DMA memory for the two channels, in the kernel image so that it is
   physically contiguous and below 4 GB.  Guarded by the channel's lock
   in the ATA driver. */
static struct prd prd_tables[DMA_CHANNEL_CNT][PRD_MAX]
  __attribute__ ((aligned (64)));
static uint8_t bounce_pages[DMA_CHANNEL_CNT][PGSIZE]
  __attribute__ ((aligned (PGSIZE)));

/* Finds the PCI IDE controller (the PIIX3's IDE function on a "pc"
   machine) with both channels at the legacy ports, enables bus mastering
   and returns the I/O base of its bus-master registers; returns 0 if
   there is no such controller or it cannot do DMA. */
static uint16_t
find_bus_master (void)
{
  struct pci_address pci;
  uint32_t class, bar4, command;

  if (!pci_find_class (PCI_CLASS_STORAGE, PCI_SUBCLASS_IDE, &pci))
    return 0;
  class = pci_read_config (pci, PCI_REG_CLASS);
  if (!(class & PROG_IF_BUS_MASTER) || (class & PROG_IF_NATIVE))
    return 0;
  bar4 = pci_read_config (pci, PCI_REG_BAR4);
  if (!(bar4 & 1) || (bar4 & 0xfff0) == 0)
    return 0;                   /* Not an I/O BAR, or never assigned. */
  command = pci_read_config (pci, PCI_REG_COMMAND);
  pci_write_config (pci, PCI_REG_COMMAND,
                    command | PCI_COMMAND_IO | PCI_COMMAND_MASTER);
  if (!(pci_read_config (pci, PCI_REG_COMMAND) & PCI_COMMAND_MASTER))
    return 0;
  return bar4 & 0xfff0;
}

/* Finds the bus master and sets up channels 0 and 1 to use it; without
   one, no channel can do DMA.  Called once, before any channel is
   probed. */
void
ide_dma_init (void)
{
  uint16_t base = find_bus_master ();
  int i;

  if (base == 0)
    return;
  for (i = 0; i < DMA_CHANNEL_CNT; i++)
    bus_masters[i].base = base + 8 * i;
}

/* Returns true if IDE channel CHANNEL (0..3) has a bus master, so that
   ide_dma_transfer may be used on it. */
bool
ide_dma_usable (int channel)
{
  return channel >= 0 && channel < DMA_CHANNEL_CNT
         && bus_masters[channel].base != 0;
}

/* Records the bus-master status of channel CHANNEL (0..3), if it has a
   bus master, for the request in progress.  Called by the channel's
   interrupt handler before it acknowledges the device. */
void
ide_dma_interrupt (int channel)
{
  if (ide_dma_usable (channel))
    bus_masters[channel].status = inb (bus_masters[channel].base
                                       + BM_STATUS);
}

/* Returns the bus-master status that channel CHANNEL's last interrupt
   recorded, for messages about a failed transfer. */
uint8_t
ide_dma_status (int channel)
{
  ASSERT (ide_dma_usable (channel));
  return bus_masters[channel].status;
}

/* Fills PRDT with the physical run of BYTES bytes at PHYS, cut at 64 kB
   boundaries. */
static void
build_prd_table (struct prd *prdt, uint64_t phys, size_t bytes)
{
  struct prd *prd = prdt;

  for (;;)
    {
      size_t room = 0x10000 - (phys & 0xffff);
      size_t n = bytes < room ? bytes : room;

      ASSERT (prd < prdt + PRD_MAX);
      prd->address = phys;
      prd->size = n & 0xffff;
      prd->flags = 0;
      phys += n;
      bytes -= n;
      if (bytes == 0)
        break;
      prd++;
    }
  prd->flags = PRD_EOT;
}

/* Returns true if DMA can reach the BYTES bytes at BUFFER: they start
   at an even physical address and end below 4 GB. */
static bool
dma_reachable (const void *buffer, size_t bytes)
{
  uint64_t phys = vtop (buffer);

  return phys % 2 == 0 && phys + bytes <= (1ull << 32);
}

/* Moves CNT sectors between the disk and BUFFER, which DMA can reach,
   on channel CHANNEL: programs the bus master, has ISSUE (given AUX)
   send the ATA command, starts the bus master and sleeps on COMPLETION
   until the channel's interrupt.  Returns false if the bus master
   reported an error. */
static bool
run_bus_master (int channel, uint8_t *buffer, size_t cnt, bool write,
                ide_dma_issue_func *issue, void *aux,
                struct semaphore *completion)
{
  struct bus_master *bm = &bus_masters[channel];
  struct prd *prdt = prd_tables[channel];
  uint8_t direction = write ? 0 : BM_CMD_TO_MEMORY;

  build_prd_table (prdt, vtop (buffer), cnt * BLOCK_SECTOR_SIZE);
  outl (bm->base + BM_PRDT, vtop (prdt));
  outb (bm->base + BM_COMMAND, direction);
  outb (bm->base + BM_STATUS,
        inb (bm->base + BM_STATUS) | BM_STA_ERROR | BM_STA_INTR);

  issue (cnt, aux);
  barrier ();
  outb (bm->base + BM_COMMAND, direction | BM_CMD_START);
  sema_down (completion);
  outb (bm->base + BM_COMMAND, direction);
  barrier ();
  return !(bm->status & BM_STA_ERROR);
}

/* Moves up to *CNT (1..256) sectors between a disk on channel CHANNEL
   and BUFFER, from the disk if WRITE is false, in one device request,
   and sets *CNT to the number moved.  Buffers DMA cannot reach go
   through the channel's bounce page, 8 sectors at a time.  ISSUE, given
   AUX, sends the ATA command; COMPLETION is upped by the channel's
   interrupt, whose device status the caller checks afterwards.  Returns
   false if the bus master reported an error.  Caller holds the
   channel's lock. */
bool
ide_dma_transfer (int channel, uint8_t *buffer, size_t *cnt, bool write,
                  ide_dma_issue_func *issue, void *aux,
                  struct semaphore *completion)
{
  uint8_t *bounce = bounce_pages[channel];
  size_t bytes;
  bool ok;

  ASSERT (ide_dma_usable (channel));
  ASSERT (*cnt >= 1 && *cnt <= DMA_MAX_SECTORS);

  if (dma_reachable (buffer, *cnt * BLOCK_SECTOR_SIZE))
    return run_bus_master (channel, buffer, *cnt, write, issue, aux,
                           completion);

  if (*cnt > BOUNCE_SECTORS)
    *cnt = BOUNCE_SECTORS;
  bytes = *cnt * BLOCK_SECTOR_SIZE;
  if (write)
    memcpy (bounce, buffer, bytes);
  ok = run_bus_master (channel, bounce, *cnt, write, issue, aux,
                       completion);
  if (ok && !write)
    memcpy (buffer, bounce, bytes);
  return ok;
}

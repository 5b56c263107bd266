/* The ATA disk driver.  Four channels of up to two disks each: the PIIX
   IDE controller's two legacy channels, which can move data by bus-master
   DMA, and two ISA channels that only do PIO.  Each channel serves one
   request at a time; the issuing thread sleeps until the channel's
   interrupt says the device is done, so the channels work in parallel. */

#include "devices/ide.h"
#include <debug.h>
#include <stdio.h>
#include "devices/block.h"
#include "devices/ide-dma.h"
#include "devices/timer.h"
#include "threads/interrupt.h"
#include "threads/io.h"
#include "threads/synch.h"
#include "threads/thread.h"
#include "threads/vaddr.h"

/* ATA command block registers, as offsets from a channel's REG_BASE. */
#define REG_DATA 0              /* Data (16 bits wide). */
#define REG_ERROR 1             /* Error (read). */
#define REG_NSECT 2             /* Sector count. */
#define REG_LBA_LOW 3           /* LBA bits 0-7. */
#define REG_LBA_MID 4           /* LBA bits 8-15. */
#define REG_LBA_HIGH 5          /* LBA bits 16-23. */
#define REG_DEVICE 6            /* Device select, LBA bits 24-27. */
#define REG_STATUS 7            /* Status (read); reading acks INTRQ. */
#define REG_COMMAND 7           /* Command (write). */

/* Status bits. */
#define STA_BSY 0x80            /* Busy: other bits are meaningless. */
#define STA_DF 0x20             /* Device fault. */
#define STA_DRQ 0x08            /* Data request: ready to move a block. */
#define STA_ERR 0x01            /* The command failed; see REG_ERROR. */

/* Device control register bits (written at CTL_PORT, where reads give
   the alternate status, which does not ack interrupts). */
#define CTL_NIEN 0x02           /* Interrupts off. */

/* REG_DEVICE: bits 7 and 5 set by tradition, bit 6 selects LBA. */
#define DEV_LBA 0xe0

/* Commands. */
#define CMD_READ_SECTORS 0x20
#define CMD_WRITE_SECTORS 0x30
#define CMD_READ_MULTIPLE 0xc4
#define CMD_WRITE_MULTIPLE 0xc5
#define CMD_SET_MULTIPLE 0xc6
#define CMD_READ_DMA 0xc8
#define CMD_WRITE_DMA 0xca
#define CMD_IDENTIFY 0xec

/* Most sectors in one ATA command (a count register of 0 means 256). */
#define MAX_REQUEST 256
/* LBA28 reaches this many sectors. */
#define LBA28_LIMIT (1u << 28)

/* How long to wait for BSY to clear: while probing, and before or
   during a request (which only happens when the device is slow to
   accept a command or ask for data). */
#define PROBE_WAIT_US 2000
#define REQUEST_WAIT_US (3 * 1000 * 1000)

/* An ATA disk.  Set while probing, read-only afterwards. */
struct disk
  {
    char name[8];               /* "hda", ... */
    struct channel *channel;
    int dev_no;                 /* 0 = master, 1 = slave. */
    bool present;
    block_sector_t size;        /* Sectors reachable by LBA28. */
    size_t multiple;            /* Sectors per PIO block (1 = one per IRQ). */
    struct block *block;
  };

/* An IDE channel.  Its index in CHANNELS is the channel number that
   devices/ide-dma.c is given.
     Fixed after probing: NAME, REG_BASE, CTL_PORT, IRQ, DISKS.
     LOCK: held by the thread with a request in progress; guards USE_DMA,
       REQUEST_CNT, and the channel's PRD table and bounce page in
       devices/ide-dma.c.
     Interrupts off: EXPECTING_INTERRUPT, IRQ_STATUS, and the bus-master
       status in devices/ide-dma.c, written by the requester before a
       command and by the interrupt handler. */
struct channel
  {
    char name[8];               /* "ide0", ... */
    uint16_t reg_base;          /* Command block registers. */
    uint16_t ctl_port;          /* Alternate status / device control. */
    uint8_t irq;
    bool use_dma;               /* Moving data by DMA, not PIO. */
    struct lock lock;           /* One request at a time. */
    struct semaphore completion; /* Upped by each expected interrupt. */
    uint64_t request_cnt;       /* Requests that have had the channel. */
    volatile bool expecting_interrupt;
    volatile uint8_t irq_status; /* REG_STATUS read by the handler. */
    struct disk disks[2];
  };

/* The channels, at their conventional ports. */
#define CHANNEL_CNT 4
static struct channel channels[CHANNEL_CNT];
static const struct
  {
    uint16_t reg_base, ctl_port;
    uint8_t irq;
  }
channel_ports[CHANNEL_CNT] =
  {
    {0x1f0, 0x3f6, 14},
    {0x170, 0x376, 15},
    {0x1e8, 0x3ee, 11},
    {0x168, 0x36e, 10},
  };

static void probe_channel (struct channel *);

/* Finds the disks and registers them with the block layer.  Needs
   interrupts on and the scheduler running. */
void
ide_init (void)
{
  int i;

  ide_dma_init ();
  for (i = 0; i < CHANNEL_CNT; i++)
    {
      struct channel *c = &channels[i];

      snprintf (c->name, sizeof c->name, "ide%d", i);
      c->reg_base = channel_ports[i].reg_base;
      c->ctl_port = channel_ports[i].ctl_port;
      c->irq = channel_ports[i].irq;
      c->use_dma = ide_dma_usable (i);
      lock_init (&c->lock);
      sema_init (&c->completion, 0);
      probe_channel (c);
    }
}

/* Returns in *READ and *WRITTEN the sectors read from and written to
   disk DEVICE (0 or 1) of CHANNEL (0..3) since boot.  Returns false,
   leaving them alone, if there is no such disk. */
bool
ide_get_counts (int channel, int device, uint64_t *read, uint64_t *written)
{
  const struct disk *d;

  if (channel < 0 || channel >= CHANNEL_CNT || device < 0 || device > 1)
    return false;
  d = &channels[channel].disks[device];
  if (!d->present)
    return false;
  *read = block_read_cnt (d->block);
  *written = block_write_cnt (d->block);
  return true;
}

/* Returns how many requests have taken CHANNEL (0..3) since boot, or 0
   if there is no such channel.  A snapshot, read without the channel's
   lock: tests use it to see whether a waiting thread has been handed
   the channel. */
uint64_t
ide_request_count (int channel)
{
  if (channel < 0 || channel >= CHANNEL_CNT)
    return 0;
  return channels[channel].request_cnt;
}

/* Lets the channels that can do DMA use it (ENABLED) or makes them use
   PIO, for tests and measurements.  Waits for requests in progress.
   Returns whether DMA was in use before on some channel. */
bool
ide_set_dma (bool enabled)
{
  bool was_enabled = false;
  int i;

  for (i = 0; i < CHANNEL_CNT; i++)
    {
      struct channel *c = &channels[i];

      if (!ide_dma_usable (i))
        continue;
      lock_acquire (&c->lock);
      was_enabled = was_enabled || c->use_dma;
      c->use_dma = enabled;
      lock_release (&c->lock);
    }
  return was_enabled;
}

/* Low-level access. */

/* Waits about 400 ns, the time a device may take to show its status
   after a command or a change of device, by reading the alternate
   status register four times. */
static void
settle (struct channel *c)
{
  int i;

  for (i = 0; i < 4; i++)
    inb (c->ctl_port);
}

/* Waits up to LIMIT_US microseconds for BSY to clear on channel C.
   Polls every 10 us for the first 2 ms, then sleeps a tick between
   polls.  Returns the last status read (BSY still set on a timeout). */
static uint8_t
wait_while_busy (struct channel *c, int64_t limit_us)
{
  int64_t waited_us = 0;

  for (;;)
    {
      uint8_t status = inb (c->ctl_port);

      if (!(status & STA_BSY) || waited_us >= limit_us)
        return status;
      if (waited_us < 2000)
        {
          timer_usleep (10);
          waited_us += 10;
        }
      else
        {
          timer_sleep (1);
          waited_us += 1000 * 1000 / TIMER_FREQ;
        }
    }
}

/* Makes disk D the selected device on its channel and waits until it
   may take a command.  Caller holds the channel's lock (or is probing). */
static void
select_device (const struct disk *d, block_sector_t sector)
{
  struct channel *c = d->channel;

  outb (c->reg_base + REG_DEVICE, DEV_LBA | d->dev_no << 4 | sector >> 24);
  settle (c);
  if (wait_while_busy (c, REQUEST_WAIT_US) & STA_BSY)
    PANIC ("%s: stays busy", d->name);
}

/* Sends command COMMAND for CNT (1..256) sectors from SECTOR to disk D,
   expecting an interrupt.  Caller holds the channel's lock. */
static void
issue_command (const struct disk *d, block_sector_t sector, size_t cnt,
               uint8_t command)
{
  struct channel *c = d->channel;

  ASSERT (lock_held_by_current_thread (&c->lock));
  ASSERT (cnt >= 1 && cnt <= MAX_REQUEST);
  ASSERT (sector < LBA28_LIMIT && cnt <= LBA28_LIMIT - sector);

  select_device (d, sector);
  outb (c->reg_base + REG_NSECT, cnt & 0xff);
  outb (c->reg_base + REG_LBA_LOW, sector);
  outb (c->reg_base + REG_LBA_MID, sector >> 8);
  outb (c->reg_base + REG_LBA_HIGH, sector >> 16);
  c->expecting_interrupt = true;
  outb (c->reg_base + REG_COMMAND, command);
}

/* Sleeps until channel C's interrupt, then returns the device status
   the interrupt handler read. */
static uint8_t
wait_interrupt (struct channel *c)
{
  sema_down (&c->completion);
  return c->irq_status;
}

/* Panics if STATUS says a transfer of disk D failed. */
static void
check_status (const struct disk *d, uint8_t status, bool write,
              block_sector_t sector)
{
  if (status & (STA_ERR | STA_DF))
    PANIC ("%s: %s at sector %"PRDSNu32" failed: status 0x%02x, error 0x%02x",
           d->name, write ? "write" : "read", sector, status,
           inb (d->channel->reg_base + REG_ERROR));
}

/* Answers channel interrupts: reading the status acknowledges the
   device; a requester waiting for the interrupt is woken. */
static void
interrupt_handler (struct intr_frame *f)
{
  int i;

  for (i = 0; i < CHANNEL_CNT; i++)
    {
      struct channel *c = &channels[i];
      uint8_t status;

      if (c->irq + 0x20u != f->vec_no)
        continue;
      ide_dma_interrupt (i);
      status = inb (c->reg_base + REG_STATUS);
      if (c->expecting_interrupt)
        {
          c->irq_status = status;
          c->expecting_interrupt = false;
          sema_up (&c->completion);
        }
    }
}

/* Transfers. */

/* Returns the sectors in the next PIO block of disk D when LEFT sectors
   remain to move. */
static size_t
pio_block (const struct disk *d, size_t left)
{
  return left < d->multiple ? left : d->multiple;
}

/* Reads CNT (1..256) sectors from SECTOR of disk D into BUFFER by PIO:
   an interrupt says each block of D->multiple sectors is ready.  Caller
   holds the channel's lock. */
static void
pio_read (const struct disk *d, block_sector_t sector, size_t cnt,
          uint8_t *buffer)
{
  struct channel *c = d->channel;
  size_t done, n;

  issue_command (d, sector, cnt, d->multiple > 1 ? CMD_READ_MULTIPLE
                                                 : CMD_READ_SECTORS);
  for (done = 0; done < cnt; done += n)
    {
      uint8_t status = wait_interrupt (c);

      n = pio_block (d, cnt - done);
      check_status (d, status, false, sector + done);
      if (!(status & STA_DRQ))
        PANIC ("%s: no data after a read (status 0x%02x)", d->name, status);
      /* Taking the block lets the device raise the next interrupt. */
      c->expecting_interrupt = done + n < cnt;
      insw (c->reg_base + REG_DATA, buffer + done * BLOCK_SECTOR_SIZE,
            n * BLOCK_SECTOR_SIZE / 2);
    }
}

/* Writes CNT (1..256) sectors from BUFFER to SECTOR of disk D by PIO:
   the device asks for the first block by DRQ alone, and interrupts after
   taking each block.  Caller holds the channel's lock. */
static void
pio_write (const struct disk *d, block_sector_t sector, size_t cnt,
           const uint8_t *buffer)
{
  struct channel *c = d->channel;
  size_t done, n;
  uint8_t status;

  issue_command (d, sector, cnt, d->multiple > 1 ? CMD_WRITE_MULTIPLE
                                                 : CMD_WRITE_SECTORS);
  settle (c);
  status = wait_while_busy (c, REQUEST_WAIT_US);
  check_status (d, status, true, sector);
  if (!(status & STA_DRQ))
    PANIC ("%s: no data request for a write (status 0x%02x)", d->name,
           status);
  for (done = 0; done < cnt; done += n)
    {
      n = pio_block (d, cnt - done);
      c->expecting_interrupt = true;
      outsw (c->reg_base + REG_DATA, buffer + done * BLOCK_SECTOR_SIZE,
             n * BLOCK_SECTOR_SIZE / 2);
      check_status (d, wait_interrupt (c), true, sector + done);
    }
}

/* What dma_issue needs to send a DMA command: the disk, the first
   sector and the direction. */
struct dma_command
  {
    const struct disk *disk;
    block_sector_t sector;
    bool write;
  };

/* Sends the READ DMA or WRITE DMA command for CNT sectors that COMMAND
   (a struct dma_command) describes.  Called by ide_dma_transfer. */
static void
dma_issue (size_t cnt, void *command_)
{
  const struct dma_command *command = command_;

  issue_command (command->disk, command->sector, cnt,
                 command->write ? CMD_WRITE_DMA : CMD_READ_DMA);
}

/* Moves up to CNT (1..256) sectors from SECTOR between disk D and
   BUFFER by bus-master DMA; returns how many moved.  Caller holds the
   channel's lock. */
static size_t
dma_transfer (const struct disk *d, block_sector_t sector, size_t cnt,
              uint8_t *buffer, bool write)
{
  struct channel *c = d->channel;
  int channel = (int) (c - channels);
  struct dma_command command = { d, sector, write };
  bool ok;

  ok = ide_dma_transfer (channel, buffer, &cnt, write, dma_issue, &command,
                         &c->completion);
  check_status (d, c->irq_status, write, sector);
  if (!ok)
    PANIC ("%s: DMA %s at sector %"PRDSNu32" failed: bus-master status "
           "0x%02x", d->name, write ? "write" : "read", sector,
           ide_dma_status (channel));
  return cnt;
}

/* Moves up to CNT sectors from SECTOR between disk D and BUFFER in one
   device request; returns how many moved.  Caller holds the channel's
   lock. */
static size_t
transfer_once (const struct disk *d, block_sector_t sector, size_t cnt,
               uint8_t *buffer, bool write)
{
  struct channel *c = d->channel;

  if (cnt > MAX_REQUEST)
    cnt = MAX_REQUEST;
  if (!c->use_dma && write)
    pio_write (d, sector, cnt, buffer);
  else if (!c->use_dma)
    pio_read (d, sector, cnt, buffer);
  else
    cnt = dma_transfer (d, sector, cnt, buffer, write);
  return cnt;
}

/* Moves CNT sectors from SECTOR between disk D and BUFFER, a request at
   a time, letting other threads use the channel in between.

   A thread that finishes a request while another waits for the channel
   yields before going on, unless it holds a lock (which others may be
   waiting for).  Releasing the channel's lock only makes the waiter
   ready; without the yield, this thread would go back to whatever it
   was doing (a user process computing, say) while the waiter sits in
   the ready queue and the disk stands idle with a request pending.
   With the yield, the waiter runs before this thread does again (after
   any other ready thread of its priority ahead of it), sends its
   command, and the disk works while this thread computes.  For paging
   under load this more than halves the time the CPU spends idle while
   the swap disk is busy (docs/vm.md, "Parallel thrash"). */
static void
transfer (struct disk *d, block_sector_t sector, size_t cnt,
          uint8_t *buffer, bool write)
{
  struct channel *c = d->channel;

  ASSERT (is_kernel_vaddr (buffer));
  ASSERT (!intr_context ());
  while (cnt > 0)
    {
      size_t done;
      bool contended;

      lock_acquire (&c->lock);
      c->request_cnt++;
      done = transfer_once (d, sector, cnt, buffer, write);
      contended = lock_has_waiters (&c->lock);
      lock_release (&c->lock);
      if (contended && !lock_any_held ())
        thread_yield ();
      sector += done;
      buffer += done * BLOCK_SECTOR_SIZE;
      cnt -= done;
    }
}

static void
ide_read (void *d, block_sector_t sector, size_t cnt, void *buffer)
{
  transfer (d, sector, cnt, buffer, false);
}

static void
ide_write (void *d, block_sector_t sector, size_t cnt, const void *buffer)
{
  /* Writes only read BUFFER; the cast serves the shared code path. */
  transfer (d, sector, cnt, (void *) buffer, true);
}

static const struct block_operations ide_operations =
  {
    .read = ide_read,
    .write = ide_write,
  };

/* Probing. */

/* Copies the ATA string of WORDS 16-bit words at ID into S (which holds
   2 * WORDS + 1 bytes): each word holds two characters, high byte
   first.  Trailing spaces are dropped. */
static void
copy_id_string (char *s, const uint16_t *id, size_t words)
{
  size_t i, len = 2 * words;

  for (i = 0; i < words; i++)
    {
      s[2 * i] = id[i] >> 8;
      s[2 * i + 1] = id[i] & 0xff;
    }
  while (len > 0 && (s[len - 1] == ' ' || s[len - 1] == '\0'))
    len--;
  s[len] = '\0';
}

/* Sets disk D to move MULTIPLE sectors per PIO interrupt; on failure it
   moves one.  Interrupts are off on the channel (probing). */
static void
set_multiple (struct disk *d, size_t multiple)
{
  struct channel *c = d->channel;
  uint8_t status;

  d->multiple = 1;
  if (multiple <= 1)
    return;
  outb (c->reg_base + REG_NSECT, multiple);
  outb (c->reg_base + REG_COMMAND, CMD_SET_MULTIPLE);
  settle (c);
  status = wait_while_busy (c, PROBE_WAIT_US);
  if (!(status & (STA_BSY | STA_ERR | STA_DF)))
    d->multiple = multiple;
}

/* Asks disk D for its identity, with interrupts off on the channel.
   If it is an ATA disk that does LBA, fills in D and keeps ID (256
   words) for the boot line; returns whether it did. */
static bool
identify_disk (struct disk *d, uint16_t id[256])
{
  struct channel *c = d->channel;
  uint8_t status;

  outb (c->reg_base + REG_DEVICE, DEV_LBA | d->dev_no << 4);
  settle (c);
  status = inb (c->ctl_port);
  if (status == 0 || status == 0xff || status == 0x7f)
    return false;               /* Nothing answers. */
  if (wait_while_busy (c, PROBE_WAIT_US) & STA_BSY)
    return false;

  outb (c->reg_base + REG_COMMAND, CMD_IDENTIFY);
  settle (c);
  status = wait_while_busy (c, PROBE_WAIT_US);
  if (status == 0 || (status & (STA_BSY | STA_ERR)) || !(status & STA_DRQ))
    return false;               /* Absent, or not ATA (a CD-ROM aborts). */
  insw (c->reg_base + REG_DATA, id, 256);
  inb (c->reg_base + REG_STATUS);

  if (!(id[49] & (1 << 9)))
    return false;               /* No LBA. */
  d->size = id[60] | (uint32_t) id[61] << 16;
  if (d->size >= LBA28_LIMIT)
    d->size = LBA28_LIMIT - 1;
  if (d->size == 0)
    return false;
  /* Word 47: 0x80 in the high byte, the most sectors per block low. */
  set_multiple (d, (id[47] >> 8) == 0x80 ? (id[47] & 0xff) : 1);
  return true;
}

/* Registers disk D, whose identity is ID, with the block layer: the
   four disks of the PCI channels by position (hda = kernel, hdb = file
   system, hdc = scratch, hdd = swap), the rest as foreign disks. */
static void
register_disk (struct disk *d, const uint16_t id[256])
{
  int index = (int) (d->channel - channels) * 2 + d->dev_no;
  enum block_type type = index < BLOCK_ROLE_CNT ? (enum block_type) index
                                                : BLOCK_FOREIGN;
  char model[41], serial[21], info[96];

  copy_id_string (model, id + 27, 20);
  copy_id_string (serial, id + 10, 10);
  snprintf (info, sizeof info, "model \"%s\", serial \"%s\", %s", model,
            serial, d->channel->use_dma ? "DMA" : "PIO");
  d->block = block_register (d->name, type, info, d->size, &ide_operations,
                             d);
}

/* Looks for disks on channel C, quickly: a missing controller floats
   its status at 0xff (or 0x7f); a missing disk reads 0 or never leaves
   BSY within a few milliseconds.  Registers the disks found, then the
   interrupt handler, and turns the channel's interrupts on. */
static void
probe_channel (struct channel *c)
{
  uint8_t status = inb (c->reg_base + REG_STATUS);
  bool found = false;
  int dev;

  if (status == 0xff || status == 0x7f)
    return;
  outb (c->ctl_port, CTL_NIEN);
  for (dev = 0; dev < 2; dev++)
    {
      struct disk *d = &c->disks[dev];
      uint16_t id[256];

      snprintf (d->name, sizeof d->name, "hd%c",
                'a' + (int) (c - channels) * 2 + dev);
      d->channel = c;
      d->dev_no = dev;
      d->present = identify_disk (d, id);
      if (d->present)
        {
          register_disk (d, id);
          found = true;
        }
    }
  if (found)
    {
      intr_register_ext (c->irq + 0x20, interrupt_handler, c->name);
      outb (c->ctl_port, 0);
    }
}

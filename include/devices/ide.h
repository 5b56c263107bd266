/* The ATA disk driver: finds the disks on the two PCI IDE channels of
   the PIIX chipset and on two extra ISA channels, and registers each
   with the block layer (hda..hdd by position, hde..hdh as foreign
   disks).  Lock order: an IDE channel's lock is a leaf; nothing else is
   acquired while it is held. */
#ifndef DEVICES_IDE_H
#define DEVICES_IDE_H

#include <stdbool.h>
#include <stdint.h>

void ide_init (void);
bool ide_get_counts (int channel, int device, uint64_t *read,
                     uint64_t *written);
uint64_t ide_request_count (int channel);
bool ide_set_dma (bool enabled);

#endif /* devices/ide.h */

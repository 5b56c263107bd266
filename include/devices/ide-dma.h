/* Bus-master DMA for the two channels of the PCI IDE controller, as the
   ATA driver (devices/ide.c) uses it.  Each channel that can do DMA has a
   PRD table and a bounce page of its own, guarded by that channel's lock
   in the ATA driver; every call about a channel except ide_dma_usable
   and ide_dma_interrupt is made with that lock held.  No lock is taken
   here, so the channel's lock stays a leaf. */
#ifndef DEVICES_IDE_DMA_H
#define DEVICES_IDE_DMA_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct semaphore;

/* Sends the disk's READ DMA or WRITE DMA command for CNT sectors, with
   the bus master set up but not yet started.  AUX is the value given to
   ide_dma_transfer. */
typedef void ide_dma_issue_func (size_t cnt, void *aux);

void ide_dma_init (void);
bool ide_dma_usable (int channel);
void ide_dma_interrupt (int channel);
bool ide_dma_transfer (int channel, uint8_t *buffer, size_t *cnt,
                       bool write, ide_dma_issue_func *issue, void *aux,
                       struct semaphore *completion);
uint8_t ide_dma_status (int channel);

#endif /* devices/ide-dma.h */

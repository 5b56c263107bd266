/* PCI configuration space, through configuration mechanism #1 (ports
   0xcf8 and 0xcfc): enough to find a device and set up its resources. */
#ifndef DEVICES_PCI_H
#define DEVICES_PCI_H

#include <stdbool.h>
#include <stdint.h>

/* The address of one PCI function. */
struct pci_address
  {
    uint8_t bus;
    uint8_t device;             /* 0..31. */
    uint8_t function;           /* 0..7. */
  };

/* Offsets of configuration registers used by drivers. */
#define PCI_REG_ID 0x00         /* Vendor (low 16 bits) and device. */
#define PCI_REG_COMMAND 0x04    /* Command (16 bits). */
#define PCI_REG_CLASS 0x08      /* Revision, prog-if, subclass, class. */
#define PCI_REG_BAR0 0x10       /* Base address registers, 4 bytes each. */

/* Command register bits. */
#define PCI_COMMAND_IO 0x0001           /* Responds to I/O space. */
#define PCI_COMMAND_MEMORY 0x0002       /* Responds to memory space. */
#define PCI_COMMAND_MASTER 0x0004       /* May master the bus (DMA). */

uint32_t pci_read_config (struct pci_address address, uint8_t offset);
void pci_write_config (struct pci_address address, uint8_t offset,
                       uint32_t value);
bool pci_find_class (uint8_t class, uint8_t subclass,
                     struct pci_address *address);

#endif /* devices/pci.h */

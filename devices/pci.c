/* PCI configuration space access by configuration mechanism #1: the
   address of a 32-bit register goes to CONFIG_ADDRESS, then the register
   is read or written at CONFIG_DATA.  The two-step access is not atomic,
   so each runs with interrupts off. */

#include "devices/pci.h"
#include <debug.h>
#include "threads/interrupt.h"
#include "threads/io.h"

#define CONFIG_ADDRESS 0xcf8
#define CONFIG_DATA 0xcfc

/* The header-type byte (bits 16-23 of register 0x0c) has this bit set
   in function 0 of a device with several functions. */
#define PCI_REG_HEADER 0x0c
#define MULTI_FUNCTION (1u << 23)

/* Puts the address of the register at OFFSET of ADDRESS in
   CONFIG_ADDRESS.  Interrupts must be off. */
static void
select_register (struct pci_address address, uint8_t offset)
{
  ASSERT (address.device < 32 && address.function < 8);
  ASSERT (offset % 4 == 0);
  outl (CONFIG_ADDRESS, 0x80000000u | (uint32_t) address.bus << 16
        | (uint32_t) address.device << 11
        | (uint32_t) address.function << 8 | offset);
}

/* Returns the 32-bit configuration register at OFFSET (a multiple of 4)
   of the function at ADDRESS; all ones if there is no such function. */
uint32_t
pci_read_config (struct pci_address address, uint8_t offset)
{
  enum intr_level old_level = intr_disable ();
  uint32_t value;

  select_register (address, offset);
  value = inl (CONFIG_DATA);
  intr_set_level (old_level);
  return value;
}

/* Writes VALUE to the 32-bit configuration register at OFFSET (a
   multiple of 4) of the function at ADDRESS. */
void
pci_write_config (struct pci_address address, uint8_t offset,
                  uint32_t value)
{
  enum intr_level old_level = intr_disable ();

  select_register (address, offset);
  outl (CONFIG_DATA, value);
  intr_set_level (old_level);
}

/* Looks on bus 0 for the first function of class CLASS and subclass
   SUBCLASS.  On success stores its address in *ADDRESS and returns
   true. */
bool
pci_find_class (uint8_t class, uint8_t subclass,
                struct pci_address *address)
{
  struct pci_address a = { .bus = 0 };

  for (a.device = 0; a.device < 32; a.device++)
    for (a.function = 0; a.function < 8; a.function++)
      {
        uint32_t id = pci_read_config (a, PCI_REG_ID);
        uint32_t class_reg;

        if ((id & 0xffff) == 0xffff)
          {
            if (a.function == 0)
              break;            /* No device in this slot. */
            continue;
          }
        class_reg = pci_read_config (a, PCI_REG_CLASS);
        if (class_reg >> 24 == class && (class_reg >> 16 & 0xff) == subclass)
          {
            *address = a;
            return true;
          }
        if (a.function == 0
            && !(pci_read_config (a, PCI_REG_HEADER) & MULTI_FUNCTION))
          break;                /* Functions 1-7 would only alias 0. */
      }
  return false;
}

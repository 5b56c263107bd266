/* x86 port I/O and a few privileged instructions, as inline functions. */
#ifndef THREADS_IO_H
#define THREADS_IO_H

#include <stdint.h>
#include <stddef.h>

static inline uint8_t
inb (uint16_t port)
{
  uint8_t data;
  asm volatile ("inb %w1, %b0" : "=a" (data) : "Nd" (port));
  return data;
}

static inline uint16_t
inw (uint16_t port)
{
  uint16_t data;
  asm volatile ("inw %w1, %w0" : "=a" (data) : "Nd" (port));
  return data;
}

static inline uint32_t
inl (uint16_t port)
{
  uint32_t data;
  asm volatile ("inl %w1, %0" : "=a" (data) : "Nd" (port));
  return data;
}

/* Reads CNT 16-bit words from PORT into ADDR. */
static inline void
insw (uint16_t port, void *addr, size_t cnt)
{
  asm volatile ("rep insw" : "+D" (addr), "+c" (cnt) : "d" (port) : "memory");
}

static inline void
outb (uint16_t port, uint8_t data)
{
  asm volatile ("outb %b0, %w1" : : "a" (data), "Nd" (port));
}

static inline void
outw (uint16_t port, uint16_t data)
{
  asm volatile ("outw %w0, %w1" : : "a" (data), "Nd" (port));
}

static inline void
outl (uint16_t port, uint32_t data)
{
  asm volatile ("outl %0, %w1" : : "a" (data), "Nd" (port));
}

/* Writes CNT 16-bit words from ADDR to PORT. */
static inline void
outsw (uint16_t port, const void *addr, size_t cnt)
{
  asm volatile ("rep outsw" : "+S" (addr), "+c" (cnt) : "d" (port));
}

static inline uint64_t
rdmsr (uint32_t msr)
{
  uint32_t lo, hi;
  asm volatile ("rdmsr" : "=a" (lo), "=d" (hi) : "c" (msr));
  return ((uint64_t) hi << 32) | lo;
}

static inline void
wrmsr (uint32_t msr, uint64_t value)
{
  asm volatile ("wrmsr" : : "c" (msr), "a" ((uint32_t) value),
                "d" ((uint32_t) (value >> 32)));
}

static inline uint64_t
rcr2 (void)
{
  uint64_t cr2;
  asm volatile ("mov %%cr2, %0" : "=r" (cr2));
  return cr2;
}

static inline uint64_t
rcr3 (void)
{
  uint64_t cr3;
  asm volatile ("mov %%cr3, %0" : "=r" (cr3));
  return cr3;
}

static inline void
lcr3 (uint64_t cr3)
{
  asm volatile ("mov %0, %%cr3" : : "r" (cr3) : "memory");
}

#endif /* threads/io.h */

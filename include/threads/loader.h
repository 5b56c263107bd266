/* Fixed addresses and layout shared by the boot loader, the kernel and
   the build.  The kernel image is a raw disk:
     sectors 0-3   the boot loader (threads/loader.S),
     sector 4      the command-line sector, written by utils/pintos,
     sectors 5..   the kernel, loaded at LOADER_KERNEL_PHYS.
   This header is included from assembly, so it holds only #defines. */
#ifndef THREADS_LOADER_H
#define THREADS_LOADER_H

/* Start of the kernel's view of physical memory: physical address P is
   mapped at virtual KERN_BASE + P. */
#define KERN_BASE 0x8004000000

/* Image layout in sectors. */
#define LOADER_CMDLINE_SECTOR 4
#define LOADER_KERNEL_SECTOR 5

/* Offset in sector 0 of the u32 kernel sector count, set by the build. */
#define LOADER_KERNEL_SECTORS_OFFSET 0x1f8

/* Where the kernel is loaded and where it starts running. */
#define LOADER_KERNEL_PHYS 0x200000
#define LOADER_KERNEL_ENTRY (KERN_BASE + LOADER_KERNEL_PHYS)

/* Low-memory boot data, all physical addresses. */
#define LOADER_STACK_TOP 0x6000         /* Real-mode stack. */
#define LOADER_E820_COUNT 0x7000        /* u32: number of E820 entries. */
#define LOADER_E820 0x7008              /* 24-byte E820 entries. */
#define LOADER_E820_MAX 64
#define LOADER_CMDLINE 0x7a00           /* Copy of the command-line sector. */
#define LOADER_BOUNCE 0x10000           /* 32 kB disk bounce buffer. */
#define LOADER_PT_BASE 0x70000          /* Five pages of boot page tables. */

/* Command-line sector: u32 argument count, then NUL-terminated strings. */
#define LOADER_ARGS_SIZE 508

#endif /* threads/loader.h */

/* The boot loader: four sectors at the start of the kernel image (hda).

   The BIOS loads sector 0 at 0x7c00 and jumps to it in 16-bit real
   mode.  Sector 0 loads sectors 1-3 (the rest of the loader) right after
   itself, then the loader:
     1. enables the A20 line,
     2. asks the BIOS for the E820 memory map,
     3. reads the command-line sector (sector 4) into low memory,
     4. reads the kernel (sectors 5..) through a bounce buffer below 1 MB
        and copies it to physical 0x200000 using "unreal" mode,
     5. builds boot page tables that map the first 1 GB twice, at 0 and
        at KERN_BASE, enables long mode and jumps to the kernel entry.

   Everything the kernel needs from us is left at fixed physical
   addresses described in include/threads/loader.h. */

#include "threads/loader.h"

#define SECTOR_SIZE 512
#define CHUNK_SECTORS 64                /* Sectors per BIOS read. */
#define BOUNCE_SEGMENT (LOADER_BOUNCE >> 4)

#define SEL_CODE32 0x08
#define SEL_DATA32 0x10
#define SEL_CODE64 0x18

        .code16
        .section .text
        .globl start
start:
        cli
        cld
        xorw %ax, %ax
        movw %ax, %ds
        movw %ax, %es
        movw %ax, %ss
        movw $LOADER_STACK_TOP, %sp
        ljmp $0, $normalized
normalized:
        movb %dl, boot_drive

        /* Read the rest of the loader (sectors 1-3) to 0x7e00. */
        movw $3, dap_count
        movw $0x7e00, dap_offset
        movw $0, dap_segment
        movl $1, dap_lba
        call read_sectors
        jmp stage2

/* Reads DAP_COUNT sectors at DAP_LBA into DAP_SEGMENT:DAP_OFFSET with
   the BIOS extended read; halts with a message on error. */
read_sectors:
        movw $dap, %si
        movb boot_drive, %dl
        movb $0x42, %ah
        int $0x13
        jc disk_error
        ret

disk_error:
        movw $msg_disk, %si
        jmp fatal

/* Prints the NUL-terminated string at %si on COM1 and halts. */
fatal:
        lodsb
        testb %al, %al
        jz halt
        movw $0x3f8, %dx
        outb %al, %dx
        jmp fatal
halt:
        hlt
        jmp halt

msg_disk:
        .asciz "loader: disk read error\r\n"

boot_drive:
        .byte 0

        .balign 4
dap:
        .byte 16, 0
dap_count:
        .word 0
dap_offset:
        .word 0
dap_segment:
        .word 0
dap_lba:
        .long 0, 0

        /* Number of kernel sectors, patched in by the build. */
        .org LOADER_KERNEL_SECTORS_OFFSET
        .long 0
        .org 510
        .byte 0x55, 0xaa

/* ---- Sectors 1-3. ---- */
stage2:
        /* A20 through the "fast A20" port of the system control port. */
        inb $0x92, %al
        orb $2, %al
        andb $0xfe, %al
        outb %al, $0x92

        call read_memory_map

        /* The command-line sector. */
        movw $1, dap_count
        movw $LOADER_CMDLINE, dap_offset
        movw $0, dap_segment
        movl $LOADER_CMDLINE_SECTOR, dap_lba
        call read_sectors

        call load_kernel
        jmp enter_long_mode

/* Stores the E820 map at LOADER_E820 (24-byte entries) and its entry
   count at LOADER_E820_COUNT. */
read_memory_map:
        movl $0, LOADER_E820_COUNT
        xorl %ebx, %ebx
        movw $LOADER_E820, %di
1:      movl $1, %es:20(%di)           /* ACPI 3.0 "valid" attribute. */
        movl $0xe820, %eax
        movl $24, %ecx
        movl $0x534d4150, %edx         /* 'SMAP' */
        int $0x15
        jc 2f
        cmpl $0x534d4150, %eax
        jne 2f
        incl LOADER_E820_COUNT
        addw $24, %di
        cmpl $LOADER_E820_MAX, LOADER_E820_COUNT
        jae 2f
        testl %ebx, %ebx
        jnz 1b
2:      ret

/* Reads the kernel in chunks into the bounce buffer and copies each chunk
   to its place above 1 MB. */
load_kernel:
        movl start + LOADER_KERNEL_SECTORS_OFFSET, %ecx
        movl %ecx, remaining
        movl $LOADER_KERNEL_SECTOR, dap_lba
        movl $LOADER_KERNEL_PHYS, copy_dest
1:      movl remaining, %ecx
        testl %ecx, %ecx
        jz 2f
        cmpl $CHUNK_SECTORS, %ecx
        jbe 3f
        movl $CHUNK_SECTORS, %ecx
3:      movw %cx, dap_count
        movw $0, dap_offset
        movw $BOUNCE_SEGMENT, dap_segment
        pushl %ecx
        call read_sectors
        popl %ecx
        subl %ecx, remaining
        addl %ecx, dap_lba
        shll $7, %ecx                   /* Sectors to dwords. */
        call enter_unreal
        movl $LOADER_BOUNCE, %esi
        movl copy_dest, %edi
        leal (%edi,%ecx,4), %eax
        movl %eax, copy_dest
        addr32 rep movsl
        jmp 1b
2:      ret

remaining:
        .long 0
copy_dest:
        .long 0

/* Gives %ds and %es a 4 GB limit while staying in real mode, so 32-bit
   addresses reach above 1 MB.  The BIOS may reset the limits, so this runs
   before every copy. */
enter_unreal:
        cli
        lgdtl gdt_desc
        movl %cr0, %eax
        orb $1, %al
        movl %eax, %cr0
        movw $SEL_DATA32, %ax
        movw %ax, %ds
        movw %ax, %es
        movl %cr0, %eax
        andb $0xfe, %al
        movl %eax, %cr0
        xorw %ax, %ax
        movw %ax, %ds
        movw %ax, %es
        ret

/* Builds the boot page tables, enables PAE, long mode and paging, and
   jumps to the 64-bit kernel entry. */
enter_long_mode:
        cli
        lgdtl gdt_desc
        movl %cr0, %eax
        orb $1, %al
        movl %eax, %cr0
        ljmpl $SEL_CODE32, $protected32

        .code32
protected32:
        movw $SEL_DATA32, %ax
        movw %ax, %ds
        movw %ax, %es
        movw %ax, %ss

        /* Clear the five page-table pages. */
        movl $LOADER_PT_BASE, %edi
        movl $(5 * 1024), %ecx
        xorl %eax, %eax
        rep stosl

        /* PML4[0] -> low PDPT -> PD mapping 0..1 GB with 2 MB pages.
           PML4[1] -> high PDPT; its entry 0 -> PD whose entries 32..511
           map KERN_BASE + 0..960 MB (KERN_BASE is 64 MB into that PD). */
        movl $LOADER_PT_BASE, %ebx
        leal 0x1003(%ebx), %eax
        movl %eax, 0(%ebx)              /* PML4[0] */
        leal 0x3003(%ebx), %eax
        movl %eax, 8(%ebx)              /* PML4[1] */
        leal 0x2003(%ebx), %eax
        movl %eax, 0x1000(%ebx)         /* low PDPT[0] */
        leal 0x4003(%ebx), %eax
        movl %eax, 0x3000(%ebx)         /* high PDPT[0] */

        xorl %ecx, %ecx
1:      movl %ecx, %eax
        shll $21, %eax
        orl $0x83, %eax                 /* Present, writable, 2 MB. */
        movl %eax, 0x2000(%ebx,%ecx,8)
        cmpl $480, %ecx
        jae 2f
        movl %eax, 0x4000 + 32 * 8(%ebx,%ecx,8)
2:      incl %ecx
        cmpl $512, %ecx
        jb 1b

        movl %cr4, %eax
        orl $0x20, %eax                 /* PAE */
        movl %eax, %cr4
        movl %ebx, %cr3
        movl $0xc0000080, %ecx          /* EFER */
        rdmsr
        orl $0x100, %eax                /* LME */
        wrmsr
        movl %cr0, %eax
        orl $0x80000000, %eax           /* PG */
        movl %eax, %cr0
        ljmp $SEL_CODE64, $long64

        .code64
long64:
        movabsq $LOADER_KERNEL_ENTRY, %rax
        jmp *%rax

        .balign 8
gdt:
        .quad 0
        .quad 0x00cf9a000000ffff        /* 32-bit code */
        .quad 0x00cf92000000ffff        /* 32-bit data, 4 GB */
        .quad 0x00af9a000000ffff        /* 64-bit code */
gdt_desc:
        .word gdt_desc - gdt - 1
        .long gdt

        .org 2048 - 1
        .byte 0

/* File offsets and sizes, in bytes. */
#ifndef FILESYS_OFF_T_H
#define FILESYS_OFF_T_H

#include <stdint.h>

/* An offset within a file, or a file's length.  Signed, so that an
   error or "no position" can be told apart; 32 bits is ample for the
   disks this kernel drives. */
typedef int32_t off_t;

/* printf conversion for an off_t: printf ("%"PROTd, ofs). */
#define PROTd PRId32

#endif /* filesys/off_t.h */

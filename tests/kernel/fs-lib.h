/* Helpers shared by the fs-* kernel tests: patterned data that tells
   every byte's offset apart, and create/open calls that fail the test
   when they fail. */
#ifndef TESTS_KERNEL_FS_LIB_H
#define TESTS_KERNEL_FS_LIB_H

#include <stddef.h>
#include <stdint.h>
#include "filesys/off_t.h"

struct file;

void fs_fill (uint8_t *buffer, size_t size, off_t offset, unsigned seed);
void fs_verify (const uint8_t *buffer, size_t size, off_t offset,
                unsigned seed, const char *what);
void fs_must_create (const char *name, off_t size);
struct file *fs_must_open (const char *name);
void fs_write_pattern (struct file *file, off_t size, unsigned seed);
void fs_verify_file (struct file *file, off_t size, unsigned seed,
                     const char *what);

#endif /* tests/kernel/fs-lib.h */

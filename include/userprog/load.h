/* Loading ELF64 executables. */
#ifndef USERPROG_LOAD_H
#define USERPROG_LOAD_H

#include <stdbool.h>
#include <stdint.h>

struct intr_frame;
struct file;

/* Most words on a command line. */
#define LOAD_ARGS_MAX 128

bool load (char *cmd_line, struct intr_frame *frame,
           struct file **executable);

#endif /* userprog/load.h */

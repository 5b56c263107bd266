/* Kernel start-up: the command line and its actions. */
#ifndef THREADS_INIT_H
#define THREADS_INIT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* -q: power off when the actions are done, and on panic. */
extern bool power_off_when_done;

/* Usable RAM in bytes, from the BIOS memory map. */
extern uint64_t ram_bytes;

int main (void);

#endif /* threads/init.h */

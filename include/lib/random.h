/* A seeded pseudo-random number generator. Not cryptographically
   strong; meant for tests and for spreading hash and scheduling
   choices. */
#ifndef LIB_RANDOM_H
#define LIB_RANDOM_H

#include <stddef.h>

void random_init (unsigned seed);
void random_bytes (void *buffer, size_t size);
unsigned long random_ulong (void);

#endif /* lib/random.h */

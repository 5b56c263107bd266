/* The system-call fuzzer's random calls (fuzz-calls.c), as the driver
   (fuzz-syscalls.c) uses them. */
#ifndef TESTS_FUZZ_FUZZ_CALLS_H
#define TESTS_FUZZ_FUZZ_CALLS_H

#include <debug.h>
#include <stdbool.h>

#define PAGE 4096
#define BATCH_MAX 32            /* Longest worker batch. */

/* When true, workers print each call before making it. */
extern bool fuzz_verbose;

/* Mixes SEED and INDEX into the seed of one batch. */
unsigned long long fuzz_batch_seed (unsigned seed, unsigned index);

/* Makes LENGTH calls from SEED, the last one wild, then exits with 0
   (if the kernel did not end the process first). */
void fuzz_worker (unsigned long long seed, unsigned long length) NO_RETURN;

/* Child mode, after exec: a short batch from SEED at DEPTH, then exit. */
void fuzz_child (unsigned long seed, int depth) NO_RETURN;

/* Writes VALUE at P (not inlined, see fuzz-calls.c). */
void fuzz_poke (volatile char *p, char value);

#endif /* tests/fuzz/fuzz-calls.h */

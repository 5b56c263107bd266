/* Rounding of unsigned quantities to multiples of a step. */
#ifndef LIB_ROUND_H
#define LIB_ROUND_H

/* X rounded up to the nearest multiple of STEP; X >= 0, STEP >= 1. */
#define ROUND_UP(X, STEP) (((X) + (STEP) - 1) / (STEP) * (STEP))

/* X / STEP, rounded up; X >= 0, STEP >= 1. */
#define DIV_ROUND_UP(X, STEP) (((X) + (STEP) - 1) / (STEP))

/* X rounded down to the nearest multiple of STEP; X >= 0, STEP >= 1. */
#define ROUND_DOWN(X, STEP) ((X) / (STEP) * (STEP))

#endif /* lib/round.h */

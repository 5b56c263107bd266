/* 17.14 signed fixed-point arithmetic for the 4.4BSD scheduler.

   A fixed_t X represents the real number X / 2^14: 17 bits of integer
   part, 14 of fraction, one sign bit.  Products and quotients go through
   64 bits so they do not overflow in between. */
#ifndef THREADS_FIXED_POINT_H
#define THREADS_FIXED_POINT_H

#include <stdint.h>

typedef int32_t fixed_t;

#define FP_SHIFT 14
#define FP_ONE (1 << FP_SHIFT)

static inline fixed_t fp_from_int (int n) { return n * FP_ONE; }

/* X truncated toward zero. */
static inline int fp_trunc (fixed_t x) { return x / FP_ONE; }

/* X rounded to the nearest integer, halves away from zero. */
static inline int
fp_round (fixed_t x)
{
  return x >= 0 ? (x + FP_ONE / 2) / FP_ONE : (x - FP_ONE / 2) / FP_ONE;
}

static inline fixed_t fp_add (fixed_t x, fixed_t y) { return x + y; }
static inline fixed_t fp_sub (fixed_t x, fixed_t y) { return x - y; }
static inline fixed_t fp_add_int (fixed_t x, int n) { return x + n * FP_ONE; }

static inline fixed_t
fp_mul (fixed_t x, fixed_t y)
{
  return (fixed_t) (((int64_t) x * y) >> FP_SHIFT);
}

static inline fixed_t fp_mul_int (fixed_t x, int n) { return x * n; }

static inline fixed_t
fp_div (fixed_t x, fixed_t y)
{
  return (fixed_t) (((int64_t) x << FP_SHIFT) / y);
}

static inline fixed_t fp_div_int (fixed_t x, int n) { return x / n; }

#endif /* threads/fixed-point.h */

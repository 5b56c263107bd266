/* Bitmaps stored as arrays of 64-bit words. Bit IDX lives in word
   IDX / 64 at position IDX % 64, so a bitmap's bytes in memory read in
   bit order on this little-endian machine. Range operations and
   searches work a word at a time; bits past the end of the last word
   are kept clear. */

#include "bitmap.h"
#include <debug.h>
#include <round.h>
#include <stdio.h>
#include "threads/malloc.h"

typedef uint64_t word_t;

#define WORD_BITS 64

/* A bitmap. The words follow the header in the same block, whether
   that block came from malloc or from the caller. */
struct bitmap
  {
    size_t bit_cnt;             /* Number of bits. */
    word_t words[];             /* DIV_ROUND_UP (bit_cnt, 64) words. */
  };

static size_t
word_count (size_t bit_cnt)
{
  return DIV_ROUND_UP (bit_cnt, WORD_BITS);
}

static word_t
bit_mask (size_t idx)
{
  return (word_t) 1 << (idx % WORD_BITS);
}

/* Returns the bits of word WORD_IDX that lie in [START, END). */
static word_t
range_mask (size_t word_idx, size_t start, size_t end)
{
  size_t low = word_idx * WORD_BITS;
  word_t mask = ~(word_t) 0;

  if (start > low)
    mask &= ~(word_t) 0 << (start - low);
  if (end < low + WORD_BITS)
    mask &= ~(~(word_t) 0 << (end - low));
  return mask;
}

/* Counts the set bits of WORD, by adding neighbouring fields of
   doubling width. Written out because the compiler's builtin may call
   a helper library the kernel does not link. */
static unsigned
popcount (word_t word)
{
  word = word - ((word >> 1) & 0x5555555555555555UL);
  word = (word & 0x3333333333333333UL) + ((word >> 2) & 0x3333333333333333UL);
  word = (word + (word >> 4)) & 0x0f0f0f0f0f0f0f0fUL;
  return (word * 0x0101010101010101UL) >> 56;
}

/* Returns the index of the first bit in [FROM, LIMIT) that equals
   VALUE, or LIMIT if there is none. Skips whole words that cannot
   contain a match. */
static size_t
find_next (const struct bitmap *bitmap, size_t from, size_t limit,
           bool value)
{
  if (from >= limit)
    return limit;
  for (size_t w = from / WORD_BITS; w * WORD_BITS < limit; w++)
    {
      word_t bits = value ? bitmap->words[w] : ~bitmap->words[w];
      bits &= range_mask (w, from, limit);
      if (bits != 0)
        return w * WORD_BITS + __builtin_ctzl (bits);
    }
  return limit;
}

/* Returns the number of bytes a bitmap of BIT_CNT bits occupies, the
   minimum BLOCK_SIZE for bitmap_create_in_buf. */
size_t
bitmap_buf_size (size_t bit_cnt)
{
  return sizeof (struct bitmap) + word_count (bit_cnt) * sizeof (word_t);
}

/* Creates a bitmap of BIT_CNT bits, all clear, in BLOCK, which is
   BLOCK_SIZE bytes long and 8-byte aligned. The caller keeps owning
   BLOCK; such a bitmap must not be passed to bitmap_destroy. */
struct bitmap *
bitmap_create_in_buf (size_t bit_cnt, void *block, size_t block_size)
{
  struct bitmap *bitmap = block;

  ASSERT (block != NULL);
  ASSERT ((uintptr_t) block % sizeof (word_t) == 0);
  ASSERT (block_size >= bitmap_buf_size (bit_cnt));

  bitmap->bit_cnt = bit_cnt;
  for (size_t w = 0; w < word_count (bit_cnt); w++)
    bitmap->words[w] = 0;
  return bitmap;
}

/* Allocates a bitmap of BIT_CNT bits, all clear. Returns NULL if
   memory is short. Free it with bitmap_destroy. */
struct bitmap *
bitmap_create (size_t bit_cnt)
{
  size_t size = bitmap_buf_size (bit_cnt);
  void *block = malloc (size);

  return block != NULL ? bitmap_create_in_buf (bit_cnt, block, size) : NULL;
}

/* Frees BITMAP, which bitmap_create made. A null BITMAP is ignored. */
void
bitmap_destroy (struct bitmap *bitmap)
{
  free (bitmap);
}

size_t
bitmap_size (const struct bitmap *bitmap)
{
  return bitmap->bit_cnt;
}

/* Sets bit IDX of BITMAP to VALUE. */
void
bitmap_set (struct bitmap *bitmap, size_t idx, bool value)
{
  if (value)
    bitmap_mark (bitmap, idx);
  else
    bitmap_reset (bitmap, idx);
}

/* Sets bit IDX of BITMAP to true. */
void
bitmap_mark (struct bitmap *bitmap, size_t idx)
{
  ASSERT (bitmap != NULL && idx < bitmap->bit_cnt);
  __atomic_fetch_or (&bitmap->words[idx / WORD_BITS], bit_mask (idx),
                     __ATOMIC_RELAXED);
}

/* Sets bit IDX of BITMAP to false. */
void
bitmap_reset (struct bitmap *bitmap, size_t idx)
{
  ASSERT (bitmap != NULL && idx < bitmap->bit_cnt);
  __atomic_fetch_and (&bitmap->words[idx / WORD_BITS], ~bit_mask (idx),
                      __ATOMIC_RELAXED);
}

/* Inverts bit IDX of BITMAP. */
void
bitmap_flip (struct bitmap *bitmap, size_t idx)
{
  ASSERT (bitmap != NULL && idx < bitmap->bit_cnt);
  __atomic_fetch_xor (&bitmap->words[idx / WORD_BITS], bit_mask (idx),
                      __ATOMIC_RELAXED);
}

/* Returns the value of bit IDX of BITMAP. */
bool
bitmap_test (const struct bitmap *bitmap, size_t idx)
{
  ASSERT (bitmap != NULL && idx < bitmap->bit_cnt);
  return (bitmap->words[idx / WORD_BITS] & bit_mask (idx)) != 0;
}

/* Sets every bit of BITMAP to VALUE. */
void
bitmap_set_all (struct bitmap *bitmap, bool value)
{
  bitmap_set_multiple (bitmap, 0, bitmap_size (bitmap), value);
}

/* Sets the CNT bits of BITMAP starting at START to VALUE. */
void
bitmap_set_multiple (struct bitmap *bitmap, size_t start, size_t cnt,
                     bool value)
{
  size_t end = start + cnt;

  ASSERT (bitmap != NULL);
  ASSERT (start <= bitmap->bit_cnt && cnt <= bitmap->bit_cnt - start);

  for (size_t w = start / WORD_BITS; w * WORD_BITS < end; w++)
    {
      word_t mask = range_mask (w, start, end);
      if (value)
        __atomic_fetch_or (&bitmap->words[w], mask, __ATOMIC_RELAXED);
      else
        __atomic_fetch_and (&bitmap->words[w], ~mask, __ATOMIC_RELAXED);
    }
}

/* Returns how many of the CNT bits of BITMAP starting at START equal
   VALUE. */
size_t
bitmap_count (const struct bitmap *bitmap, size_t start, size_t cnt,
              bool value)
{
  size_t end = start + cnt;
  size_t ones = 0;

  ASSERT (bitmap != NULL);
  ASSERT (start <= bitmap->bit_cnt && cnt <= bitmap->bit_cnt - start);

  for (size_t w = start / WORD_BITS; w * WORD_BITS < end; w++)
    ones += popcount (bitmap->words[w] & range_mask (w, start, end));
  return value ? ones : cnt - ones;
}

/* Returns true if any of the CNT bits of BITMAP starting at START
   equals VALUE. */
bool
bitmap_contains (const struct bitmap *bitmap, size_t start, size_t cnt,
                 bool value)
{
  ASSERT (bitmap != NULL);
  ASSERT (start <= bitmap->bit_cnt && cnt <= bitmap->bit_cnt - start);

  return find_next (bitmap, start, start + cnt, value) < start + cnt;
}

/* Returns true if any of the CNT bits starting at START is set. */
bool
bitmap_any (const struct bitmap *bitmap, size_t start, size_t cnt)
{
  return bitmap_contains (bitmap, start, cnt, true);
}

/* Returns true if none of the CNT bits starting at START is set. */
bool
bitmap_none (const struct bitmap *bitmap, size_t start, size_t cnt)
{
  return !bitmap_contains (bitmap, start, cnt, true);
}

/* Returns true if all of the CNT bits starting at START are set. */
bool
bitmap_all (const struct bitmap *bitmap, size_t start, size_t cnt)
{
  return !bitmap_contains (bitmap, start, cnt, false);
}

/* Finds the first run of CNT consecutive bits equal to VALUE that
   begins at or after START, and returns the index of its first bit,
   or BITMAP_ERROR if there is none. A CNT of 0 finds START itself.
   Each step jumps to the next bit equal to VALUE, then checks whether
   a bit of the other value interrupts the run; if one does, the
   search resumes just past it, so no bit is examined more than twice. */
size_t
bitmap_scan (const struct bitmap *bitmap, size_t start, size_t cnt,
             bool value)
{
  size_t last_start;

  ASSERT (bitmap != NULL);
  ASSERT (start <= bitmap->bit_cnt);

  if (cnt > bitmap->bit_cnt || start > bitmap->bit_cnt - cnt)
    return BITMAP_ERROR;
  if (cnt == 0)
    return start;

  last_start = bitmap->bit_cnt - cnt;
  while (start <= last_start)
    {
      size_t first = find_next (bitmap, start, last_start + 1, value);
      size_t breaker;

      if (first > last_start)
        break;
      breaker = find_next (bitmap, first, first + cnt, !value);
      if (breaker == first + cnt)
        return first;
      start = breaker + 1;
    }
  return BITMAP_ERROR;
}

/* Like bitmap_scan, but also inverts the run it finds, so that with
   VALUE false it allocates CNT consecutive bits. Returns the run's
   first index, or BITMAP_ERROR if no run was found and nothing
   changed. Not atomic: the caller serializes access to BITMAP. */
size_t
bitmap_scan_and_flip (struct bitmap *bitmap, size_t start, size_t cnt,
                      bool value)
{
  size_t idx = bitmap_scan (bitmap, start, cnt, value);

  if (idx != BITMAP_ERROR)
    bitmap_set_multiple (bitmap, idx, cnt, !value);
  return idx;
}

/* Prints BITMAP's bits to the console in hexadecimal, lowest-numbered
   bits first within each byte's low end. */
void
bitmap_dump (const struct bitmap *bitmap)
{
  hex_dump (0, bitmap->words, DIV_ROUND_UP (bitmap->bit_cnt, 8), false);
}

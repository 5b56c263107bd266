/* A pseudo-random generator of the SplitMix64 kind: the state is a
   64-bit counter advanced by a fixed odd constant, and each output is
   that counter run through an invertible mixing function. Every seed
   gives a full period of 2**64 outputs with good statistical quality,
   from eight bytes of state. The state is not locked; callers that
   share the generator between threads must serialize their calls. */

#include <random.h>
#include <stdint.h>
#include <string.h>

/* Added to the state for each output: 2**64 divided by the golden
   ratio, rounded to odd, which spreads consecutive states well. */
#define STATE_STEP 0x9e3779b97f4a7c15UL

/* Used when random_init has not been called. */
#define DEFAULT_SEED 0x5eed

static uint64_t state = DEFAULT_SEED;

/* Restarts the generator from SEED. Equal seeds give equal streams. */
void
random_init (unsigned seed)
{
  state = seed;
}

/* Returns the next 64 pseudo-random bits. */
unsigned long
random_ulong (void)
{
  uint64_t z;

  state += STATE_STEP;
  z = state;
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9UL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebUL;
  return z ^ (z >> 31);
}

/* Fills the SIZE bytes at BUFFER with pseudo-random bytes. */
void
random_bytes (void *buffer, size_t size)
{
  uint8_t *p = buffer;

  while (size > 0)
    {
      uint64_t bits = random_ulong ();
      size_t chunk = size < sizeof bits ? size : sizeof bits;

      memcpy (p, &bits, chunk);
      p += chunk;
      size -= chunk;
    }
}

/* Number parsing, sorting and binary search. */

#include <stdlib.h>
#include <ctype.h>
#include <debug.h>
#include <limits.h>
#include <stdbool.h>
#include <stdint.h>

/* Returns the value of digit CH in bases up to 36, or 36 if CH is not
   a digit at all. */
static unsigned
digit_value (char ch)
{
  if (isdigit (ch))
    return ch - '0';
  if (isalpha (ch))
    return tolower (ch) - 'a' + 10;
  return 36;
}

/* The common part of strtol and strtoul. Skips white space, reads an
   optional sign, works out the base as strtol describes, and reads
   digits from STRING. Stores the magnitude, clamped to LIMIT, in
   *MAGNITUDE and whether a minus sign was seen in *NEGATIVE. Sets *END,
   if END is not null, to the first character not used, or to STRING
   if no digits were found. Returns false if the magnitude exceeded
   LIMIT. */
static bool
parse_integer (const char *string, char **end, int base,
               unsigned long limit, unsigned long *magnitude,
               bool *negative)
{
  const char *p = string;
  unsigned long value = 0;
  bool any_digits = false;
  bool overflow = false;

  ASSERT (base == 0 || (base >= 2 && base <= 36));

  while (isspace (*p))
    p++;
  *negative = *p == '-';
  if (*p == '+' || *p == '-')
    p++;

  /* A "0x" prefix counts only when a hex digit follows it; otherwise
     the "0" alone is the number. */
  if ((base == 0 || base == 16) && p[0] == '0' && tolower (p[1]) == 'x'
      && digit_value (p[2]) < 16)
    {
      p += 2;
      base = 16;
    }
  else if (base == 0)
    base = p[0] == '0' ? 8 : 10;

  for (; digit_value (*p) < (unsigned) base; p++)
    {
      unsigned digit = digit_value (*p);
      any_digits = true;
      if (value > (limit - digit) / base)
        overflow = true;
      else
        value = value * base + digit;
    }

  *magnitude = overflow ? limit : value;
  if (end != NULL)
    *end = (char *) (any_digits ? p : string);
  return !overflow;
}

/* Converts the initial part of STRING to a long in BASE (2 to 36, or 0
   to follow C's prefixes: "0x" hex, "0" octal, else decimal), after
   optional white space and sign. Out-of-range values give LONG_MIN or
   LONG_MAX. Sets *END, if END is not null, past the digits used, or to
   STRING if there were none. */
long
strtol (const char *string, char **end, int base)
{
  unsigned long magnitude;
  bool negative;

  parse_integer (string, end, base, (unsigned long) LONG_MAX + 1,
                 &magnitude, &negative);
  if (negative)
    return magnitude == (unsigned long) LONG_MAX + 1
           ? LONG_MIN : -(long) magnitude;
  return magnitude > LONG_MAX ? LONG_MAX : (long) magnitude;
}

/* Like strtol, but for unsigned long: out-of-range values give
   ULONG_MAX, and a minus sign negates the result as C specifies. */
unsigned long
strtoul (const char *string, char **end, int base)
{
  unsigned long magnitude;
  bool negative;

  if (!parse_integer (string, end, base, ULONG_MAX, &magnitude, &negative))
    return ULONG_MAX;
  return negative ? -magnitude : magnitude;
}

/* Converts the decimal number at the start of STRING, after optional
   white space and sign, to an int. Returns 0 if there is none. */
int
atoi (const char *string)
{
  long value = strtol (string, NULL, 10);
  return value > INT_MAX ? INT_MAX : value < INT_MIN ? INT_MIN : value;
}

int
abs (int value)
{
  return value < 0 ? -value : value;
}

long
labs (long value)
{
  return value < 0 ? -value : value;
}

/* Exchanges the SIZE-byte elements at A and B. */
static void
swap_elements (uint8_t *a, uint8_t *b, size_t size)
{
  for (; size > 0; size--, a++, b++)
    {
      uint8_t tmp = *a;
      *a = *b;
      *b = tmp;
    }
}

/* Moves the element at index ROOT of the COUNT-element heap in ARRAY
   down until it is no smaller than either child, restoring the
   max-heap order below ROOT. */
static void
sift_down (uint8_t *array, size_t root, size_t count, size_t size,
           int (*compare) (const void *, const void *))
{
  for (;;)
    {
      size_t largest = root;
      size_t left = 2 * root + 1;
      size_t right = left + 1;

      if (left < count
          && compare (array + left * size, array + largest * size) > 0)
        largest = left;
      if (right < count
          && compare (array + right * size, array + largest * size) > 0)
        largest = right;
      if (largest == root)
        return;
      swap_elements (array + root * size, array + largest * size, size);
      root = largest;
    }
}

/* Sorts the COUNT elements of SIZE bytes each at ARRAY into the
   order COMPARE defines (negative, zero or positive as its first
   argument sorts before, equal to or after the second). A heapsort:
   O(n log n) in the worst case, no recursion, no memory beyond the
   stack frame, and not stable. */
void
qsort (void *array_, size_t count, size_t size,
       int (*compare) (const void *, const void *))
{
  uint8_t *array = array_;

  ASSERT (array != NULL || count == 0);
  ASSERT (compare != NULL);

  if (count < 2 || size == 0)
    return;
  for (size_t i = count / 2; i-- > 0; )
    sift_down (array, i, count, size, compare);
  for (size_t last = count - 1; last > 0; last--)
    {
      swap_elements (array, array + last * size, size);
      sift_down (array, 0, last, size, compare);
    }
}

/* Searches the COUNT elements of SIZE bytes at ARRAY, sorted in
   COMPARE's order, for one equal to KEY. COMPARE receives KEY as its
   first argument. Returns a matching element, or NULL. */
void *
bsearch (const void *key, const void *array_, size_t count, size_t size,
         int (*compare) (const void *, const void *))
{
  const uint8_t *array = array_;
  size_t low = 0;
  size_t high = count;

  while (low < high)
    {
      size_t middle = low + (high - low) / 2;
      const uint8_t *element = array + middle * size;
      int order = compare (key, element);

      if (order == 0)
        return (void *) element;
      if (order < 0)
        high = middle;
      else
        low = middle + 1;
    }
  return NULL;
}

/* Memory and string routines. The block routines move eight bytes at
   a time once their pointers allow it, since the kernel spends much
   of its time clearing and copying pages. */

#include <string.h>
#include <debug.h>
#include <stdbool.h>
#include <stdint.h>

/* A machine word that may alias any other object. */
typedef uint64_t __attribute__ ((may_alias)) word_t;

#define WORD_SIZE sizeof (word_t)

/* GCC may recognize a byte-copying loop and replace it with a call to
   memcpy or memset, which here would call itself forever. Functions
   that implement those loops are compiled without that idiom
   recognition. */
#define NO_IDIOM_CALLS \
  __attribute__ ((optimize ("no-tree-loop-distribute-patterns")))

static inline bool
word_aligned (const void *pointer)
{
  return (uintptr_t) pointer % WORD_SIZE == 0;
}

/* Copies SIZE bytes from SRC to DST, lowest address first, which is
   correct for memcpy and for memmove when DST is below SRC. */
static NO_IDIOM_CALLS void
copy_forward (uint8_t *dst, const uint8_t *src, size_t size)
{
  if ((uintptr_t) dst % WORD_SIZE == (uintptr_t) src % WORD_SIZE)
    {
      for (; size > 0 && !word_aligned (dst); size--)
        *dst++ = *src++;
      for (; size >= WORD_SIZE; size -= WORD_SIZE)
        {
          *(word_t *) dst = *(const word_t *) src;
          dst += WORD_SIZE;
          src += WORD_SIZE;
        }
    }
  for (; size > 0; size--)
    *dst++ = *src++;
}

/* Copies SIZE bytes from SRC to DST, highest address first, for
   memmove when DST is above an overlapping SRC. */
static NO_IDIOM_CALLS void
copy_backward (uint8_t *dst, const uint8_t *src, size_t size)
{
  dst += size;
  src += size;
  if ((uintptr_t) dst % WORD_SIZE == (uintptr_t) src % WORD_SIZE)
    {
      for (; size > 0 && !word_aligned (dst); size--)
        *--dst = *--src;
      for (; size >= WORD_SIZE; size -= WORD_SIZE)
        {
          dst -= WORD_SIZE;
          src -= WORD_SIZE;
          *(word_t *) dst = *(const word_t *) src;
        }
    }
  for (; size > 0; size--)
    *--dst = *--src;
}

/* Copies SIZE bytes from SRC to DST, which must not overlap. Returns
   DST. */
void *
memcpy (void *dst, const void *src, size_t size)
{
  ASSERT (dst != NULL || size == 0);
  ASSERT (src != NULL || size == 0);

  copy_forward (dst, src, size);
  return dst;
}

/* Copies SIZE bytes from SRC to DST, which may overlap. Returns DST. */
void *
memmove (void *dst, const void *src, size_t size)
{
  ASSERT (dst != NULL || size == 0);
  ASSERT (src != NULL || size == 0);

  if ((uintptr_t) dst - (uintptr_t) src >= size)
    copy_forward (dst, src, size);
  else
    copy_backward (dst, src, size);
  return dst;
}

/* Sets the SIZE bytes at DST to VALUE, converted to unsigned char.
   Returns DST. */
NO_IDIOM_CALLS void *
memset (void *dst, int value, size_t size)
{
  uint8_t *p = dst;
  uint8_t byte = value;
  word_t pattern = byte * (UINT64_MAX / 0xff);

  ASSERT (dst != NULL || size == 0);

  for (; size > 0 && !word_aligned (p); size--)
    *p++ = byte;
  for (; size >= WORD_SIZE; size -= WORD_SIZE)
    {
      *(word_t *) p = pattern;
      p += WORD_SIZE;
    }
  for (; size > 0; size--)
    *p++ = byte;
  return dst;
}

/* Compares the SIZE bytes at A and B as unsigned chars. Returns a
   negative, zero or positive value as A is below, equal to or above
   B at the first difference. */
int
memcmp (const void *a_, const void *b_, size_t size)
{
  const uint8_t *a = a_;
  const uint8_t *b = b_;

  ASSERT (a != NULL || size == 0);
  ASSERT (b != NULL || size == 0);

  for (; size > 0; size--, a++, b++)
    if (*a != *b)
      return *a < *b ? -1 : 1;
  return 0;
}

/* Returns the first of the SIZE bytes at BLOCK equal to CH (as an
   unsigned char), or NULL if there is none. */
void *
memchr (const void *block, int ch, size_t size)
{
  const uint8_t *p = block;

  ASSERT (block != NULL || size == 0);

  for (; size > 0; size--, p++)
    if (*p == (uint8_t) ch)
      return (void *) p;
  return NULL;
}

/* Compares strings A and B as unsigned chars; the result's sign says
   which sorts first. */
int
strcmp (const char *a_, const char *b_)
{
  const uint8_t *a = (const uint8_t *) a_;
  const uint8_t *b = (const uint8_t *) b_;

  ASSERT (a != NULL && b != NULL);

  while (*a != '\0' && *a == *b)
    {
      a++;
      b++;
    }
  return *a < *b ? -1 : *a > *b;
}

/* Like strcmp, but looks at no more than SIZE characters. */
int
strncmp (const char *a_, const char *b_, size_t size)
{
  const uint8_t *a = (const uint8_t *) a_;
  const uint8_t *b = (const uint8_t *) b_;

  ASSERT (a != NULL || size == 0);
  ASSERT (b != NULL || size == 0);

  for (; size > 0; size--, a++, b++)
    if (*a != *b || *a == '\0')
      return *a < *b ? -1 : *a > *b;
  return 0;
}

/* Returns the first occurrence of CH in STRING, or NULL. CH may be
   '\0', which finds the terminator. */
char *
strchr (const char *string, int ch)
{
  ASSERT (string != NULL);

  for (;; string++)
    {
      if (*string == (char) ch)
        return (char *) string;
      if (*string == '\0')
        return NULL;
    }
}

/* Returns the last occurrence of CH in STRING, or NULL. */
char *
strrchr (const char *string, int ch)
{
  const char *found = NULL;

  ASSERT (string != NULL);

  for (;; string++)
    {
      if (*string == (char) ch)
        found = string;
      if (*string == '\0')
        return (char *) found;
    }
}

/* Returns the first place NEEDLE occurs within HAYSTACK, HAYSTACK
   itself for an empty NEEDLE, or NULL if it does not occur. */
char *
strstr (const char *haystack, const char *needle)
{
  size_t needle_len = strlen (needle);

  for (; *haystack != '\0'; haystack++)
    if (strncmp (haystack, needle, needle_len) == 0)
      return (char *) haystack;
  return needle_len == 0 ? (char *) haystack : NULL;
}

/* Returns the length of the initial run of STRING made only of
   characters in ACCEPT. */
size_t
strspn (const char *string, const char *accept)
{
  size_t length = 0;

  while (string[length] != '\0' && strchr (accept, string[length]) != NULL)
    length++;
  return length;
}

/* Returns the length of the initial run of STRING made only of
   characters not in REJECT. */
size_t
strcspn (const char *string, const char *reject)
{
  size_t length = 0;

  while (string[length] != '\0' && strchr (reject, string[length]) == NULL)
    length++;
  return length;
}

/* Returns the first character of STRING that is also in STOP, or
   NULL if there is none. */
char *
strpbrk (const char *string, const char *stop)
{
  string += strcspn (string, stop);
  return *string != '\0' ? (char *) string : NULL;
}

/* Splits a string into tokens separated by runs of DELIMITERS. The
   first call passes the string as STRING; later calls pass NULL and
   continue from *SAVE_PTR, where each call records its progress.
   Returns the next token, which is NUL-terminated in place, or NULL
   when none is left. The string is modified, so it cannot be a
   literal. Example:

     char line[] = "  run  alarm-single ";
     for (char *tok = strtok_r (line, " ", &save); tok != NULL;
          tok = strtok_r (NULL, " ", &save))
       ...             yields "run", then "alarm-single". */
char *
strtok_r (char *string, const char *delimiters, char **save_ptr)
{
  char *token;

  ASSERT (delimiters != NULL);
  ASSERT (save_ptr != NULL);

  if (string == NULL)
    string = *save_ptr;
  ASSERT (string != NULL);

  token = string + strspn (string, delimiters);
  if (*token == '\0')
    {
      *save_ptr = token;
      return NULL;
    }

  string = token + strcspn (token, delimiters);
  if (*string != '\0')
    *string++ = '\0';
  *save_ptr = string;
  return token;
}

/* Returns the length of STRING, not counting its terminator. */
size_t
strlen (const char *string)
{
  const char *p = string;

  ASSERT (string != NULL);

  while (*p != '\0')
    p++;
  return p - string;
}

/* Returns the length of STRING, or MAX_LEN if no terminator appears in
   its first MAX_LEN bytes. */
size_t
strnlen (const char *string, size_t max_len)
{
  size_t length = 0;

  while (length < max_len && string[length] != '\0')
    length++;
  return length;
}

/* Copies string SRC into DST, which holds SIZE bytes, truncating if
   needed and always terminating when SIZE is nonzero. Returns the
   length of SRC, so a result >= SIZE means the copy was cut short. */
size_t
strlcpy (char *dst, const char *src, size_t size)
{
  size_t src_len = strlen (src);

  ASSERT (dst != NULL || size == 0);

  if (size > 0)
    {
      size_t copy = src_len < size - 1 ? src_len : size - 1;
      memcpy (dst, src, copy);
      dst[copy] = '\0';
    }
  return src_len;
}

/* Appends string SRC to the string in DST, which holds SIZE bytes,
   truncating if needed; the result is terminated unless DST had no
   terminator within SIZE to begin with. Returns the length the
   combined string would have, so a result >= SIZE means truncation. */
size_t
strlcat (char *dst, const char *src, size_t size)
{
  size_t dst_len = strnlen (dst, size);
  size_t src_len = strlen (src);

  if (dst_len < size)
    strlcpy (dst + dst_len, src, size - dst_len);
  return dst_len + src_len;
}

/* Memory and string routines. The unbounded copies of standard C are
   deliberately missing: use strlcpy and strlcat, which always
   terminate and report the length they wanted. */
#ifndef LIB_STRING_H
#define LIB_STRING_H

#include <stddef.h>

void *memcpy (void *dst, const void *src, size_t size);
void *memmove (void *dst, const void *src, size_t size);
int memcmp (const void *a, const void *b, size_t size);
void *memchr (const void *block, int ch, size_t size);
void *memset (void *dst, int value, size_t size);

int strcmp (const char *a, const char *b);
int strncmp (const char *a, const char *b, size_t size);
char *strchr (const char *string, int ch);
char *strrchr (const char *string, int ch);
char *strstr (const char *haystack, const char *needle);
char *strpbrk (const char *string, const char *stop);
size_t strspn (const char *string, const char *accept);
size_t strcspn (const char *string, const char *reject);
char *strtok_r (char *string, const char *delimiters, char **save_ptr);

size_t strlen (const char *string);
size_t strnlen (const char *string, size_t max_len);
size_t strlcpy (char *dst, const char *src, size_t size);
size_t strlcat (char *dst, const char *src, size_t size);

/* Unsafe standard functions: naming one is a compile error. */
#define strcpy dont_use_strcpy_use_strlcpy
#define strncpy dont_use_strncpy_use_strlcpy
#define strcat dont_use_strcat_use_strlcat
#define strncat dont_use_strncat_use_strlcat
#define strtok dont_use_strtok_use_strtok_r

#endif /* lib/string.h */

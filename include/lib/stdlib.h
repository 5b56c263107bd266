/* Number conversion, sorting and searching. Memory allocation lives in
   "threads/malloc.h" for the kernel and in the user library for
   programs. */
#ifndef LIB_STDLIB_H
#define LIB_STDLIB_H

#include <stddef.h>

#define EXIT_SUCCESS 0
#define EXIT_FAILURE 1

int atoi (const char *string);
long strtol (const char *string, char **end, int base);
unsigned long strtoul (const char *string, char **end, int base);

int abs (int value);
long labs (long value);

void qsort (void *array, size_t count, size_t size,
            int (*compare) (const void *, const void *));
void *bsearch (const void *key, const void *array, size_t count,
               size_t size, int (*compare) (const void *, const void *));

#endif /* lib/stdlib.h */

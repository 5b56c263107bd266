/* The cache-easy program, run on a kernel booted with -no-cache: every
   byte read or written goes to the disk (see cache-easy.c). */
#include "tests/filesys/cache-easy.c"

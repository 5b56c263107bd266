/* recursor: recurses DEPTH levels deep (default 1000) with a 256-byte
   frame each, growing the stack on demand, and prints the depth
   reached on the way back. */

#include <stdio.h>
#include <stdlib.h>

static int
descend (int depth, int limit)
{
  volatile int frame[64];

  frame[0] = depth;
  if (depth == limit)
    return depth;
  return descend (depth + 1, limit) + (frame[0] - depth);
}

int
main (int argc, char *argv[])
{
  int limit = argc > 1 ? atoi (argv[1]) : 1000;

  printf ("recursor: reached depth %d\n", descend (0, limit));
  return 0;
}

/* matmult: multiplies two 128x128 integer matrices (192 kB of data, so
   it pages on a small machine) and checks the result against a formula.
   Prints the checksum of the product. */

#include <stdio.h>

#define N 128

static int a[N][N], b[N][N], c[N][N];

int
main (void)
{
  long sum = 0;
  int i, j, k;

  for (i = 0; i < N; i++)
    for (j = 0; j < N; j++)
      {
        a[i][j] = i;
        b[i][j] = j;
        c[i][j] = 0;
      }
  for (i = 0; i < N; i++)
    for (j = 0; j < N; j++)
      for (k = 0; k < N; k++)
        c[i][j] += a[i][k] * b[k][j];

  /* c[i][j] = N * i * j, so the sum is N * (sum of i)^2. */
  for (i = 0; i < N; i++)
    for (j = 0; j < N; j++)
      sum += c[i][j];
  printf ("matmult: sum of the product is %ld (expected %ld)\n",
          sum, (long) N * (N * (N - 1) / 2) * (N * (N - 1) / 2));
  return sum == (long) N * (N * (N - 1) / 2) * (N * (N - 1) / 2) ? 0 : 1;
}

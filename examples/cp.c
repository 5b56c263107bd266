/* cp: copies file SOURCE to a new file DEST of the same size. */

#include <stdio.h>
#include <syscall.h>

int
main (int argc, char *argv[])
{
  char buffer[1024];
  int in, out, n;

  if (argc != 3)
    {
      printf ("usage: cp SOURCE DEST\n");
      return EXIT_FAILURE;
    }
  in = open (argv[1]);
  if (in < 0)
    {
      printf ("%s: open failed\n", argv[1]);
      return EXIT_FAILURE;
    }
  if (!create (argv[2], filesize (in)) || (out = open (argv[2])) < 0)
    {
      printf ("%s: create failed\n", argv[2]);
      return EXIT_FAILURE;
    }
  while ((n = read (in, buffer, sizeof buffer)) > 0)
    if (write (out, buffer, n) != n)
      {
        printf ("%s: write failed\n", argv[2]);
        return EXIT_FAILURE;
      }
  close (in);
  close (out);
  return EXIT_SUCCESS;
}

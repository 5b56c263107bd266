/* cat: copies each named file to the console. */

#include <stdio.h>
#include <syscall.h>

int
main (int argc, char *argv[])
{
  bool ok = true;
  int i;

  for (i = 1; i < argc; i++)
    {
      char buffer[1024];
      int fd = open (argv[i]);
      int n;

      if (fd < 0)
        {
          printf ("%s: open failed\n", argv[i]);
          ok = false;
          continue;
        }
      while ((n = read (fd, buffer, sizeof buffer)) > 0)
        write (STDOUT_FILENO, buffer, n);
      close (fd);
    }
  return ok ? EXIT_SUCCESS : EXIT_FAILURE;
}

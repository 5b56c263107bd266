/* The first code of every user program: the kernel starts it with
   argc in %rdi and argv in %rsi. */

#include <syscall.h>

int main (int argc, char *argv[]);
void _start (int argc, char *argv[]) NO_RETURN;

void
_start (int argc, char *argv[])
{
  exit (main (argc, argv));
}

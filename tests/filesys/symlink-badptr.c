/* A symlink call whose link path is a bad pointer ends the caller, and
   the target string the kernel had already copied in is freed with it:
   after such calls the kernel holds as many heap blocks, open files and
   free pages as before. */

#include <syscall.h>
#include "tests/lib.h"

/* Forks a child that calls symlink with a good target and a link path
   that is not mapped, and returns the child's exit status. */
static int
bad_link_in_child (void)
{
  pid_t pid = fork ("bad-link");

  if (pid == 0)
    {
      /* Through a volatile, so the compiler does not judge the pointer
         itself. */
      const char *volatile bad = (const char *) 0x20;

      symlink ("a-target", bad);
      exit (0);
    }
  return wait (pid);
}

void
test_main (void)
{
  struct kernel_counters before, after;
  int i, killed = 0;

  /* A first call warms up what legitimately stays allocated. */
  bad_link_in_child ();
  get_kernel_counters (&before);
  for (i = 0; i < 5; i++)
    killed += bad_link_in_child () == -1;
  get_kernel_counters (&after);

  CHECK (killed == 5, "a bad link path ends the caller (%d of 5)", killed);
  CHECK (after.heap_blocks == before.heap_blocks
         && after.open_files == before.open_files
         && after.free_kernel_pages == before.free_kernel_pages,
         "nothing leaked");
}

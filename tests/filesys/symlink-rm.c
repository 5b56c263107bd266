/* remove of a link removes the link, not what it names, whether a file
   or a directory. */

#include "tests/filesys/tree-lib.h"

void
test_main (void)
{
  make_pattern_file ("t", 36, 40, 40);
  mkdir_or_fail ("d");
  CHECK (symlink ("t", "l") == 0 && symlink ("d", "ld") == 0, "link t as l, d as ld");
  CHECK (remove ("l"), "remove l");
  CHECK (!exists ("l"), "l is gone");
  check_pattern_file ("t", 36, 40);
  CHECK (remove ("ld"), "remove ld");
  CHECK (!exists ("ld"), "ld is gone");
  CHECK (count_entries ("d") == 0 && chdir ("d"), "d is still there");
}

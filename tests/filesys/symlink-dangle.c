/* A link may name something that does not exist: opening it fails until
   the target is created, then works. */

#include "tests/filesys/tree-lib.h"

void
test_main (void)
{
  CHECK (symlink ("later", "l") == 0, "symlink later as l");
  CHECK (!exists ("l"), "open l fails while later is missing");
  make_pattern_file ("later", 35, 20, 20);
  check_pattern_file ("l", 35, 20);
  msg ("open l works once later exists");
}

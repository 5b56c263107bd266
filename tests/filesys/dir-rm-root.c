/* The root cannot be removed by any of its names, and stays usable
   after the attempts. */

#include "tests/filesys/tree-lib.h"

void
test_main (void)
{
  mkdir_or_fail ("a");
  CHECK (!remove ("/"), "remove / fails");
  CHECK (!remove ("/."), "remove /. fails");
  CHECK (!remove ("/.."), "remove /.. fails");
  CHECK (!remove ("a/.."), "remove a/.. fails");
  CHECK (create ("/x", 5), "create /x");
  CHECK (count_entries ("/") >= 2, "the root still lists its entries");
}

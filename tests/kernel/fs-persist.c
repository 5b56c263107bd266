/* Proves the file system survives unmounting.  The run puts this test's
   checker into the file system through the scratch disk before the test
   starts; the test finds it there, writes a file of its own, unmounts
   with filesys_done and mounts again without formatting.  Both files
   must read back the same, and the free count must be what it was.
   After the test a get action copies the file out; the checker compares
   that copy with what the test wrote. */

#include <stdio.h>
#include <string.h>
#include "filesys/file.h"
#include "filesys/filesys.h"
#include "filesys/free-map.h"
#include "tests/kernel/fs-lib.h"
#include "tests/threads/tests.h"

#define SIZE 70000

/* The first line of the checker, put in as "persist.ck". */
static const char first_line[] = "# -*- perl -*-\n";

/* Fails unless "persist.ck" is in the file system and starts with
   FIRST_LINE; returns its length. */
static off_t
check_put_file (void)
{
  struct file *f = fs_must_open ("persist.ck");
  char buffer[sizeof first_line];
  off_t length = file_length (f);

  if (file_read (f, buffer, sizeof first_line - 1) != sizeof first_line - 1
      || memcmp (buffer, first_line, sizeof first_line - 1))
    fail ("persist.ck does not start with the checker's first line");
  file_close (f);
  return length;
}

void
test_fs_persist (void)
{
  off_t put_length = check_put_file ();
  size_t free_before;
  struct file *f;

  msg ("found the file put in through the scratch disk");
  fs_must_create ("kept", SIZE);
  f = fs_must_open ("kept");
  fs_write_pattern (f, SIZE, 77);
  file_close (f);

  free_before = filesys_free_count ();
  filesys_done ();
  filesys_init (false);
  msg ("unmounted and mounted again");

  if (filesys_free_count () != free_before)
    fail ("%zu sectors free after mounting, %zu before",
          filesys_free_count (), free_before);
  f = fs_must_open ("kept");
  fs_verify_file (f, SIZE, 77, "kept");
  file_close (f);
  if (check_put_file () != put_length)
    fail ("persist.ck changed length across the remount");
  msg ("both files intact after the remount");
}

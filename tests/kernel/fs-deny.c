/* Proves write denial: a denial through one open file stops writes
   through every open file of the inode while reads go on; denying twice
   through one file counts once; denials through different files count
   separately and each ends with its own allow or close; a duplicate of
   a denying file denies in its own right. */

#include <stdio.h>
#include "filesys/file.h"
#include "filesys/filesys.h"
#include "tests/kernel/fs-lib.h"
#include "tests/threads/tests.h"

#define SIZE 600

static uint8_t buffer[SIZE];

/* Fails unless a write of SIZE bytes through F writes ALLOWED ? all of
   them : none, naming the situation WHEN. */
static void
expect_write (struct file *f, bool allowed, const char *when)
{
  off_t n;

  fs_fill (buffer, SIZE, 0, 3);
  n = file_write_at (f, buffer, SIZE, 0);
  if (n != (allowed ? SIZE : 0))
    fail ("%s: write returned %"PROTd, when, n);
}

void
test_fs_deny (void)
{
  struct file *a, *b, *c, *dup;

  fs_must_create ("exe", SIZE);
  a = fs_must_open ("exe");
  b = fs_must_open ("exe");
  c = fs_must_open ("exe");
  expect_write (b, true, "before any denial");

  file_deny_write (a);
  file_deny_write (a);
  expect_write (b, false, "denied through another file");
  expect_write (a, false, "denied through the same file");
  if (file_read_at (b, buffer, SIZE, 0) != SIZE)
    fail ("read of a write-denied file was short");
  fs_verify (buffer, SIZE, 0, 3, "write-denied file");
  file_allow_write (a);
  expect_write (b, true, "after one allow of a double denial");
  msg ("denial stops writes through every file; reads go on");

  file_deny_write (a);
  file_deny_write (c);
  file_close (a);
  expect_write (b, false, "one of two denials closed");
  file_allow_write (c);
  expect_write (b, true, "both denials ended");
  msg ("denials by different files count separately");

  file_deny_write (c);
  dup = file_duplicate (c);
  if (dup == NULL)
    fail ("file_duplicate failed");
  file_close (c);
  expect_write (b, false, "the duplicate of a denying file is open");
  file_close (dup);
  expect_write (b, true, "the duplicate closed");
  msg ("a duplicate carries its own denial");

  file_close (b);
  if (!filesys_remove ("exe"))
    fail ("remove failed");
}

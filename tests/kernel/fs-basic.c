/* Proves the basic semantics of files: names of 14 characters work and
   empty names, names of 15 characters and duplicates do not; a new file
   reads as zeros; read, write, seek and tell move the position as they
   should, and writes past end of file extend it, leaving a hole that
   reads as zeros; a removed file keeps working
   for those who have it open, a new file may take its name at once, and
   its sectors come back at the last close; nothing leaks. */

#include <stdio.h>
#include <string.h>
#include "filesys/file.h"
#include "filesys/filesys.h"
#include "filesys/free-map.h"
#include "filesys/inode.h"
#include "tests/kernel/fs-lib.h"
#include "tests/threads/tests.h"
#include "threads/malloc.h"

#define SIZE 1300

static uint8_t buffer[SIZE + 1000];

static void
check_names (void)
{
  if (!filesys_create ("abcdefghijklmn", 10))
    fail ("create with a 14-character name failed");
  if (filesys_create ("abcdefghijklmno", 10))
    fail ("create with a 15-character name succeeded");
  if (filesys_open ("abcdefghijklmno") != NULL)
    fail ("open with a 15-character name succeeded");
  if (filesys_create ("", 0))
    fail ("create with an empty name succeeded");
  if (filesys_open ("") != NULL)
    fail ("open with an empty name succeeded");
  if (filesys_create ("abcdefghijklmn", 0))
    fail ("create of an existing name succeeded");
  if (filesys_open ("nonexistent") != NULL)
    fail ("open of a missing file succeeded");
  if (filesys_remove ("nonexistent"))
    fail ("remove of a missing file succeeded");
  if (!filesys_remove ("abcdefghijklmn"))
    fail ("remove failed");
  msg ("names: 14 characters ok; 15, empty and duplicate refused");
}

/* Checks reads and writes at the file's edges and the position. */
static void
check_io (struct file *f)
{
  size_t i;

  if (file_length (f) != SIZE)
    fail ("length %"PROTd", not %d", file_length (f), SIZE);
  if (file_read (f, buffer, SIZE) != SIZE)
    fail ("read of a new file was short");
  for (i = 0; i < SIZE; i++)
    if (buffer[i] != 0)
      fail ("new file has byte %zu = %02x, not zero", i, buffer[i]);
  if (file_tell (f) != SIZE || file_read (f, buffer, 1) != 0)
    fail ("read at end of file misbehaved");

  fs_fill (buffer, SIZE, 0, 5);
  file_seek (f, 0);
  if (file_write (f, buffer, 700) != 700 || file_tell (f) != 700)
    fail ("write of 700 bytes or the position after it is wrong");
  if (file_write (f, buffer + 700, SIZE - 600) != SIZE - 600
      || file_length (f) != SIZE + 100 || file_tell (f) != SIZE + 100)
    fail ("write across end of file did not extend it");
  file_seek (f, SIZE + 700);
  if (file_write (f, buffer, 10) != 10 || file_length (f) != SIZE + 710)
    fail ("write past end of file did not extend it");
  if (file_read_at (f, buffer + SIZE, 600, SIZE + 100) != 600)
    fail ("read of the hole was short");
  for (i = SIZE; i < SIZE + 600; i++)
    if (buffer[i] != 0)
      fail ("hole has byte %zu = %02x, not zero", i - SIZE, buffer[i]);
  fs_fill (buffer, SIZE, 0, 5);

  file_seek (f, 1);
  if (file_read (f, buffer, 600) != 600)
    fail ("read of 600 bytes at offset 1 was short");
  fs_verify (buffer, 600, 1, 5, "read at offset 1");
  if (file_read_at (f, buffer + SIZE, 100, SIZE + 700) != 10
      || file_read_at (f, buffer, 40, SIZE - 40) != 40 || file_tell (f) != 601)
    fail ("file_read_at went past the end or moved the position");
  fs_verify (buffer, 40, SIZE - 40, 5, "file_read_at near the end");
  msg ("read, write, seek and tell behave");
}

/* Removes "a" while F and a second opener have it open. */
static void
check_remove (struct file *f)
{
  struct file *g = fs_must_open ("a");
  struct file *h;
  size_t free_before = filesys_free_count ();

  if (inode_get_inumber (file_get_inode (f))
      != inode_get_inumber (file_get_inode (g)))
    fail ("two opens of one file have different inodes");
  if (!filesys_remove ("a"))
    fail ("remove of an open file failed");
  if (filesys_open ("a") != NULL)
    fail ("open of a removed file succeeded");
  if (filesys_free_count () != free_before)
    fail ("remove freed sectors while the file was open");

  fs_must_create ("a", 10);
  h = fs_must_open ("a");
  if (inode_get_inumber (file_get_inode (h))
      == inode_get_inumber (file_get_inode (f)))
    fail ("the new \"a\" reuses the removed file's inode");
  file_close (h);
  free_before = filesys_free_count ();

  fs_fill (buffer, 10, 200, 9);
  if (file_write_at (g, buffer, 10, 200) != 10)
    fail ("write to a removed file failed");
  if (file_read_at (f, buffer, SIZE, 0) != SIZE)
    fail ("read of a removed file was short");
  fs_verify (buffer, 200, 0, 5, "removed file");
  fs_verify (buffer + 200, 10, 200, 9, "removed file's new bytes");
  msg ("removed file still readable and writable while open");

  file_close (f);
  if (filesys_free_count () != free_before)
    fail ("sectors freed before the last close");
  file_close (g);
  if (filesys_free_count () <= free_before + SIZE / 512)
    fail ("last close freed too little: %zu free, %zu before",
          filesys_free_count (), free_before);
  if (!filesys_remove ("a"))
    fail ("remove of the new \"a\" failed");
  msg ("sectors freed at the last close");
}

void
test_fs_basic (void)
{
  size_t free_start = filesys_free_count ();
  size_t heap_start = malloc_live_blocks ();
  size_t inodes_start = inode_open_count ();
  struct file *f;

  check_names ();
  fs_must_create ("a", SIZE);
  f = fs_must_open ("a");
  check_io (f);
  check_remove (f);

  if (filesys_free_count () != free_start)
    fail ("%zu sectors free at the end, %zu at the start",
          filesys_free_count (), free_start);
  if (inode_open_count () != inodes_start)
    fail ("%zu inodes open at the end, %zu at the start",
          inode_open_count (), inodes_start);
  if (malloc_live_blocks () != heap_start)
    fail ("%zu heap blocks live at the end, %zu at the start",
          malloc_live_blocks (), heap_start);
  msg ("no sectors, inodes or heap blocks leaked");
}

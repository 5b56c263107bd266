/* Walks the whole file-system tree from the root and reports what it
   finds, so that a checker can compare it with the tree the host built:
   every directory (its inode number and entry count), every file (inode
   number, size, the bytes a read to the end returned and their
   checksum; symbolic links are followed by open), every name that does
   not open.  In each directory it creates, writes, reads back and
   removes a file, and makes and removes a subdirectory.  A directory
   reached a second time (a damaged disk can hold a cycle) is not walked
   again, and the walker tries to remove it by that name and reports
   whether that worked (the kernel refuses for a directory with entries
   or one named where it does not belong; a symbolic link to a directory
   is removed).  Before and after, it
   compares the kernel's counts of open files and heap blocks.

   The disk may be damaged in any way: the walker expects every call to
   return, not to succeed. */

#include <stdio.h>
#include <string.h>
#include <syscall.h>
#include "tests/lib.h"

/* Limits that keep the walk finite on any disk. */
#define MAX_DEPTH 12
#define MAX_ENTRIES 64
#define MAX_DIRS 128
#define PATH_MAX 256

/* The largest file the format allows, and a little more: a read that
   goes on past it proves the kernel ignored the length. */
#define READ_LIMIT (16634 * 512 + 4096)

/* Name of the file and directory made in each directory. */
#define PROBE_FILE "zz-probe"
#define PROBE_DIR "zz-probe-dir"
#define PROBE_SIZE 700

static int seen_dirs[MAX_DIRS];
static size_t seen_cnt;
static char buffer[4096];
static char probe_data[PROBE_SIZE];
static char probe_back[PROBE_SIZE];

/* Tells whether directory inode INUMBER was walked already, and
   remembers it. */
static bool
seen_before (int inumber)
{
  size_t i;

  for (i = 0; i < seen_cnt; i++)
    if (seen_dirs[i] == inumber)
      return true;
  if (seen_cnt < MAX_DIRS)
    seen_dirs[seen_cnt++] = inumber;
  return false;
}

/* Writes PARENT/NAME into OUT (PATH_MAX bytes). */
static void
join (char out[PATH_MAX], const char *parent, const char *name)
{
  snprintf (out, PATH_MAX, "%s/%s", strcmp (parent, "/") ? parent : "",
            name);
}

/* Reads the open file FD to its end (or READ_LIMIT) and reports its
   size, the bytes read and their Adler-32 checksum. */
static void
report_file (const char *path, int fd)
{
  unsigned long a = 1, b = 0;
  long total = 0;
  int size = filesize (fd);
  int n;

  while (total < READ_LIMIT
         && (n = read (fd, buffer, sizeof buffer)) > 0)
    {
      int i;

      for (i = 0; i < n; i++)
        {
          a = (a + (unsigned char) buffer[i]) % 65521;
          b = (b + a) % 65521;
        }
      total += n;
    }
  msg ("%s: file inumber %d size %d read %ld adler %08lx", path,
       inumber (fd), size, total, (b << 16) | a);
}

/* Creates PROBE_FILE in directory PATH, writes it, reads it back and
   removes it; then makes and removes PROBE_DIR.  Returns what failed,
   or "ok". */
static const char *
probe (const char *path)
{
  char name[PATH_MAX];
  int fd, n;

  join (name, path, PROBE_FILE);
  if (!create (name, 0))
    return "create failed";
  fd = open (name);
  if (fd < 0)
    return "open of the new file failed";
  n = write (fd, probe_data, PROBE_SIZE);
  seek (fd, 0);
  if (n == PROBE_SIZE)
    n = read (fd, probe_back, PROBE_SIZE);
  close (fd);
  if (!remove (name))
    return "remove failed";
  if (n != PROBE_SIZE)
    return "write or read came up short";
  if (memcmp (probe_data, probe_back, PROBE_SIZE))
    return "read back other bytes";
  join (name, path, PROBE_DIR);
  if (!mkdir (name))
    return "mkdir failed";
  if (!remove (name))
    return "rmdir failed";
  return "ok";
}

/* Names read from the directories on the current path, by depth. */
static char names[MAX_DEPTH][MAX_ENTRIES][READDIR_MAX_LEN + 1];

static void walk (const char *path, int depth);

/* Reports the open directory FD at PATH, then walks each entry and
   probes the directory. */
static void
walk_dir (const char *path, int fd, int depth)
{
  char child[PATH_MAX];
  int cnt = 0, i;

  while (cnt < MAX_ENTRIES && readdir (fd, names[depth][cnt]))
    cnt++;
  msg ("%s: dir inumber %d entries %d%s", path, inumber (fd), cnt,
       cnt == MAX_ENTRIES ? " or more" : "");
  close (fd);
  if (depth + 1 < MAX_DEPTH)
    for (i = 0; i < cnt; i++)
      {
        join (child, path, names[depth][i]);
        walk (child, depth + 1);
      }
  msg ("%s: probe %s", path, probe (path));
}

/* Opens PATH and reports what it is: a directory (walked, unless seen
   before), a file, or a name that does not open. */
static void
walk (const char *path, int depth)
{
  int fd = open (path);

  if (fd < 0)
    msg ("%s: open failed", path);
  else if (!isdir (fd))
    {
      report_file (path, fd);
      close (fd);
    }
  else if (seen_before (inumber (fd)))
    {
      msg ("%s: dir inumber %d seen before; remove %s", path, inumber (fd),
           remove (path) ? "succeeded" : "refused");
      close (fd);
    }
  else
    walk_dir (path, fd, depth);
}

/* Touches SIZE bytes of stack below the caller. */
static void __attribute__ ((noinline))
touch_stack (size_t size)
{
  volatile char pad[size];

  memset ((char *) pad, 0, size);
}

/* Brings in every page the walk will use (its static arrays, and more
   stack than its deepest recursion takes), so that the kernel's page
   records made for them are counted before the walk, not after. */
static void
warm_up (void)
{
  memset (seen_dirs, 0, sizeof seen_dirs);
  memset (buffer, 0, sizeof buffer);
  memset (probe_back, 0, sizeof probe_back);
  memset (names, 0, sizeof names);
  touch_stack (32 * 1024);
}

void
test_main (void)
{
  struct kernel_counters before, after;
  size_t i;

  for (i = 0; i < PROBE_SIZE; i++)
    probe_data[i] = 'a' + i % 26;
  warm_up ();
  if (get_kernel_counters (&before) != 0)
    fail ("get_kernel_counters failed");
  walk ("/", 0);
  if (get_kernel_counters (&after) != 0)
    fail ("get_kernel_counters failed");
  if (after.open_files != before.open_files)
    msg ("Leak: open files %zu before, %zu after", before.open_files,
         after.open_files);
  if (after.heap_blocks != before.heap_blocks)
    msg ("Leak: heap blocks %zu before, %zu after", before.heap_blocks,
         after.heap_blocks);
}

/* tar: writes the directory trees named on its command line into a new
   archive file, in the POSIX ustar format, so that a file system can be
   carried out of the kernel (pintos -g) and read on the host by any tar.

   Usage: tar ARCHIVE PATH...

   Each PATH is archived under its name without the leading "/"; "/"
   itself archives what the root holds.  Directories become entries of
   type '5' with a name ending in "/", files entries of type '0'
   followed by their bytes padded to 512.  Symbolic links are followed
   (open resolves them), so a link is archived as what it names; a
   directory reached a second time that way is skipped, so a link to an
   ancestor cannot loop.  The archive itself is skipped.  Prints nothing
   on success; on any problem prints "tar: ..." and exits with 1 after
   archiving what it could. */

#include <stdio.h>
#include <string.h>
#include <syscall.h>

#define BLOCK 512                 /* ustar block size. */
#define PATH_MAX 1024             /* Longest path walked. */
#define VISITED_MAX 1024          /* Most directories archived. */

/* A ustar header block. */
struct ustar_header
  {
    char name[100];
    char mode[8];
    char uid[8];
    char gid[8];
    char size[12];
    char mtime[12];
    char chksum[8];
    char typeflag;
    char linkname[100];
    char magic[6];
    char version[2];
    char uname[32];
    char gname[32];
    char devmajor[8];
    char devminor[8];
    char prefix[155];
    char padding[12];
  };

static int archive_fd;            /* The archive being written. */
static int archive_inumber;       /* Its inode, skipped in the walk. */
static int error_cnt;             /* Problems met so far. */
static char path[PATH_MAX];       /* Path of the entry being archived. */
static int visited[VISITED_MAX];  /* Inode numbers of directories done. */
static int visited_cnt;
static char block[BLOCK];         /* File data in transit. */

/* Prints "tar: " and the message, and counts a problem. */
static void
complain (const char *what, const char *why)
{
  printf ("tar: %s: %s\n", what, why);
  error_cnt++;
}

/* Writes SIZE bytes at DATA to the archive; false on a short write. */
static bool
put_bytes (const void *data, int size)
{
  if (write (archive_fd, data, size) != size)
    {
      complain ("archive", "write failed (disk full?)");
      return false;
    }
  return true;
}

/* Splits NAME into the header's NAME and PREFIX fields, at a "/" when it
   is longer than 100 bytes.  Returns false if it cannot fit. */
static bool
set_name (struct ustar_header *h, const char *name)
{
  size_t len = strlen (name);
  size_t split;

  if (len <= sizeof h->name)
    {
      memcpy (h->name, name, len);
      return true;
    }
  for (split = len - 1; split > 0; split--)
    if (name[split] == '/' && split <= sizeof h->prefix
        && len - split - 1 <= sizeof h->name && len - split - 1 > 0)
      {
        memcpy (h->prefix, name, split);
        memcpy (h->name, name + split + 1, len - split - 1);
        return true;
      }
  return false;
}

/* Writes a header for NAME of TYPE ('0' or '5') and SIZE bytes. */
static bool
put_header (const char *name, char type, int size)
{
  struct ustar_header h;
  const unsigned char *p = (const unsigned char *) &h;
  unsigned sum = 0;
  size_t i;

  memset (&h, 0, sizeof h);
  if (!set_name (&h, name))
    {
      complain (name, "name too long for the archive");
      return false;
    }
  snprintf (h.mode, sizeof h.mode, "%07o", type == '5' ? 0755 : 0644);
  snprintf (h.uid, sizeof h.uid, "%07o", 0);
  snprintf (h.gid, sizeof h.gid, "%07o", 0);
  snprintf (h.size, sizeof h.size, "%011o", (unsigned) size);
  snprintf (h.mtime, sizeof h.mtime, "%011o", 0);
  h.typeflag = type;
  memcpy (h.magic, "ustar", 6);
  memcpy (h.version, "00", 2);
  memset (h.chksum, ' ', sizeof h.chksum);
  for (i = 0; i < sizeof h; i++)
    sum += p[i];
  snprintf (h.chksum, sizeof h.chksum, "%06o", sum);
  return put_bytes (&h, sizeof h);
}

/* Copies the file open as FD, archived as NAME, into the archive. */
static void
archive_file (int fd, const char *name)
{
  int size = filesize (fd);
  int done = 0;

  if (!put_header (name, '0', size))
    return;
  while (done < size)
    {
      int chunk = size - done < BLOCK ? size - done : BLOCK;
      int n = read (fd, block, chunk);

      if (n != chunk)
        {
          /* Keep the archive well formed: pad what is missing. */
          complain (name, "short read");
          memset (block, 0, BLOCK);
          n = chunk;
        }
      if (n < BLOCK)
        memset (block + n, 0, BLOCK - n);
      if (!put_bytes (block, BLOCK))
        return;
      done += chunk;
    }
}

/* Returns true (and remembers it) if directory INUMBER was not yet
   archived. */
static bool
first_visit (int inumber)
{
  int i;

  for (i = 0; i < visited_cnt; i++)
    if (visited[i] == inumber)
      return false;
  if (visited_cnt < VISITED_MAX)
    visited[visited_cnt++] = inumber;
  return true;
}

static void archive_path (size_t name_ofs);

/* Archives the entries of the directory open as FD, whose path is in
   PATH; NAME_OFS is where its archive name starts in PATH. */
static void
archive_entries (int fd, size_t name_ofs)
{
  char entry[READDIR_MAX_LEN + 1];
  size_t len = strlen (path);

  while (readdir (fd, entry))
    {
      size_t sep = len > 0 && path[len - 1] == '/' ? 0 : 1;

      if (len + sep + strlen (entry) + 1 >= PATH_MAX)
        {
          complain (path, "path too long");
          continue;
        }
      if (sep)
        path[len] = '/';
      strlcpy (path + len + sep, entry, PATH_MAX - len - sep);
      archive_path (name_ofs);
      path[len] = '\0';
    }
}

/* Archives the directory open as FD, whose archive name is NAME (empty
   for the root of the walk), and everything under it, unless a link
   led here before. */
static void
archive_directory (int fd, const char *name, size_t name_ofs)
{
  char dir_name[PATH_MAX + 1];

  if (!first_visit (inumber (fd)))
    return;
  snprintf (dir_name, sizeof dir_name, "%s/", name);
  if (*name == '\0' || put_header (dir_name, '5', 0))
    archive_entries (fd, name_ofs);
}

/* Archives PATH (a file, or a directory and all under it) under the name
   that starts at byte NAME_OFS of PATH.  The archive itself is left
   out. */
static void
archive_path (size_t name_ofs)
{
  const char *name = path + name_ofs;
  int fd = open (path);

  if (fd < 0)
    {
      complain (path, "open failed");
      return;
    }
  if (inumber (fd) != archive_inumber)
    {
      if (isdir (fd))
        archive_directory (fd, name, name_ofs);
      else
        archive_file (fd, name);
    }
  close (fd);
}

/* Writes the two zero blocks that end an archive. */
static void
finish_archive (void)
{
  memset (block, 0, BLOCK);
  put_bytes (block, BLOCK);
  put_bytes (block, BLOCK);
}

int
main (int argc, char *argv[])
{
  int i;

  if (argc < 3)
    {
      printf ("usage: tar ARCHIVE PATH...\n");
      return EXIT_FAILURE;
    }
  if (!create (argv[1], 0) || (archive_fd = open (argv[1])) < 0)
    {
      complain (argv[1], "cannot create the archive");
      return EXIT_FAILURE;
    }
  archive_inumber = inumber (archive_fd);
  for (i = 2; i < argc; i++)
    {
      size_t name_ofs = 0;

      strlcpy (path, argv[i], PATH_MAX);
      while (path[name_ofs] == '/')
        name_ofs++;
      archive_path (name_ofs);
    }
  finish_archive ();
  close (archive_fd);
  return error_cnt == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}

/* Walking path names: components, ".." across mount points, symbolic
   links with a bounded depth.  See path.h. */

#include "filesys/path.h"
#include <debug.h>
#include <string.h>
#include "filesys/filesys.h"
#include "filesys/inode.h"
#include "filesys/mount.h"
#include "filesys/volume.h"
#include "threads/malloc.h"

/* Longest symbolic-link target, in bytes (docs/filesys.md). */
#define LINK_TARGET_MAX 511

static struct inode *walk (struct inode *start, const char *path,
                           bool follow_last, int depth);

/* Copies the next component of *PATH into NAME and advances *PATH past
   it.  Returns 1 for a component, 0 at the end of the path, -1 for a
   component longer than NAME_MAX. */
static int
next_component (const char **path, char name[NAME_MAX + 1])
{
  const char *p = *path;
  size_t len = 0;

  while (*p == '/')
    p++;
  if (*p == '\0')
    return 0;
  while (p[len] != '\0' && p[len] != '/')
    len++;
  if (len > NAME_MAX)
    return -1;
  memcpy (name, p, len);
  name[len] = '\0';
  *path = p + len;
  return 1;
}

/* Tells whether PATH has components left. */
static bool
more_components (const char *path)
{
  while (*path == '/')
    path++;
  return *path != '\0';
}

/* Opens the root directory of the root volume. */
static struct inode *
open_root (void)
{
  struct volume *vol = filesys_root_volume ();

  return vol != NULL ? inode_open (vol, vol->root_sector) : NULL;
}

/* Opens where a walk of PATH begins: the root for an absolute PATH,
   else CWD (the root if CWD is NULL). */
static struct inode *
open_start (struct inode *cwd, const char *path)
{
  if (path[0] == '/' || cwd == NULL)
    return open_root ();
  return inode_reopen (cwd);
}

/* Tells whether INODE is the root directory of a mounted volume. */
static bool
is_mounted_root (struct inode *inode)
{
  struct volume *vol = inode_get_volume (inode);

  return vol->covered != NULL && inode_get_inumber (inode) == vol->root_sector;
}

/* Opens the inode NAME names in directory DIR, going up out of a
   mounted volume for ".." at its root and down into a volume mounted
   over what NAME names.  Returns NULL if DIR is not a directory or has
   no such entry. */
static struct inode *
step (struct inode *dir, const char *name)
{
  if (inode_get_type (dir) != INODE_DIR)
    return NULL;
  while (!strcmp (name, "..") && is_mounted_root (dir))
    dir = inode_get_volume (dir)->covered;
  return mount_cross (dir_open_child (dir, name));
}

/* Resolves the symbolic link LINK, found in directory DIR, DEPTH links
   into the walk.  Returns the inode its target names, or NULL (also for
   a target holding a null byte, which only a damaged disk can hold). */
static struct inode *
follow (struct inode *dir, struct inode *link, int depth)
{
  off_t length = inode_length (link);
  struct inode *target = NULL;
  char *path;

  if (depth >= PATH_LINK_DEPTH || length <= 0 || length > LINK_TARGET_MAX)
    return NULL;
  path = malloc (length + 1);
  if (path == NULL)
    return NULL;
  if (inode_read_at (link, path, length, 0) == length
      && memchr (path, '\0', length) == NULL)
    {
      path[length] = '\0';
      target = walk (open_start (dir, path), path, true, depth + 1);
    }
  free (path);
  return target;
}

/* Walks PATH from START, which it takes over (and closes), following a
   symbolic link in the last component only if FOLLOW_LAST.  DEPTH links
   have been followed so far.  Returns the inode PATH names, or NULL. */
static struct inode *
walk (struct inode *start, const char *path, bool follow_last, int depth)
{
  struct inode *cur = start;
  char name[NAME_MAX + 1];
  int r;

  while (cur != NULL && (r = next_component (&path, name)) != 0)
    {
      struct inode *next = r > 0 ? step (cur, name) : NULL;

      if (next != NULL && inode_get_type (next) == INODE_SYMLINK
          && (follow_last || more_components (path)))
        {
          struct inode *target = follow (cur, next, depth);

          inode_close (next);
          next = target;
        }
      inode_close (cur);
      cur = next;
    }
  return cur;
}

/* Opens the inode PATH names, from the working directory CWD (NULL for
   the root); a symbolic link as the last component is followed if
   FOLLOW_LAST.  Returns NULL if there is none or PATH is empty. */
struct inode *
path_open (struct inode *cwd, const char *path, bool follow_last)
{
  if (path == NULL || path[0] == '\0')
    return NULL;
  return walk (open_start (cwd, path), path, follow_last, 0);
}

/* Opens the directory that would hold the last component of PATH, and
   copies that component into NAME.  Returns NULL if PATH has no last
   component ("/" or empty), the component is too long, or the directory
   does not exist. */
struct inode *
path_open_parent (struct inode *cwd, const char *path,
                  char name[NAME_MAX + 1])
{
  size_t end, start;
  char *dir_path;
  struct inode *dir;

  if (path == NULL)
    return NULL;
  end = strlen (path);
  while (end > 0 && path[end - 1] == '/')
    end--;
  start = end;
  while (start > 0 && path[start - 1] != '/')
    start--;
  if (end == start || end - start > NAME_MAX)
    return NULL;
  memcpy (name, path + start, end - start);
  name[end - start] = '\0';

  dir_path = malloc (start + 1);
  if (dir_path == NULL)
    return NULL;
  memcpy (dir_path, path, start);
  dir_path[start] = '\0';
  dir = walk (open_start (cwd, path), dir_path, true, 0);
  free (dir_path);
  if (dir != NULL && inode_get_type (dir) != INODE_DIR)
    {
      inode_close (dir);
      dir = NULL;
    }
  return dir;
}

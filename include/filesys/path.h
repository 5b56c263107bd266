/* Path names: walking a path from the root or a working directory,
   through symbolic links and across mount points.

   A path is components separated by runs of '/'; a leading '/' starts
   at the root of the root volume, anything else at the working
   directory.  "." and ".." are entries of every directory; ".." at the
   root of a mounted volume leads to the parent of the directory it is
   mounted over.  A symbolic link met in the middle of a path is
   followed (relative targets from the link's directory), at most
   PATH_LINK_DEPTH links deep.

   Locking: a walk holds no lock between components; each lookup holds
   one directory's entry lock for its duration (directory.h), and
   crossing into a mounted volume takes the mount lock (mount.h).  The
   walk keeps an open reference to the directory it is in, so that
   directory's inode cannot be freed or its volume unmounted under it. */
#ifndef FILESYS_PATH_H
#define FILESYS_PATH_H

#include <stdbool.h>
#include "filesys/directory.h"

/* Most symbolic links followed in one walk. */
#define PATH_LINK_DEPTH 8

struct inode;

struct inode *path_open (struct inode *cwd, const char *path,
                         bool follow_last);
struct inode *path_open_parent (struct inode *cwd, const char *path,
                                char name[NAME_MAX + 1]);

#endif /* filesys/path.h */

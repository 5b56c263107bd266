/* Kernel command-line actions on the file system: ls, cat, rm, and put
   and get, which move files between the scratch disk and the file
   system.  Each takes the action's ARGV (ARGV[0] is the action name). */
#ifndef FILESYS_FSUTIL_H
#define FILESYS_FSUTIL_H

void fsutil_ls (char **argv);
void fsutil_cat (char **argv);
void fsutil_rm (char **argv);
void fsutil_put (char **argv);
void fsutil_get (char **argv);

#endif /* filesys/fsutil.h */

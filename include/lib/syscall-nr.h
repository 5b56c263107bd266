/* System call numbers, shared by the kernel and the user library. */
#ifndef LIB_SYSCALL_NR_H
#define LIB_SYSCALL_NR_H

enum
  {
    SYS_HALT,           /* 0: power off. */
    SYS_EXIT,           /* 1: end this process. */
    SYS_FORK,           /* 2: clone this process. */
    SYS_EXEC,           /* 3: replace this process's program. */
    SYS_WAIT,           /* 4: wait for a child to exit. */
    SYS_CREATE,         /* 5: create a file. */
    SYS_REMOVE,         /* 6: remove a file. */
    SYS_OPEN,           /* 7: open a file. */
    SYS_FILESIZE,       /* 8: size of an open file. */
    SYS_READ,           /* 9: read from an fd. */
    SYS_WRITE,          /* 10: write to an fd. */
    SYS_SEEK,           /* 11: set an fd's position. */
    SYS_TELL,           /* 12: an fd's position. */
    SYS_CLOSE,          /* 13: close an fd. */
    SYS_MMAP,           /* 14: map a file into memory. */
    SYS_MUNMAP,         /* 15: remove a mapping. */
    SYS_CHDIR,          /* 16: change directory. */
    SYS_MKDIR,          /* 17: make a directory. */
    SYS_READDIR,        /* 18: read a directory entry. */
    SYS_ISDIR,          /* 19: is an fd a directory? */
    SYS_INUMBER,        /* 20: inode number of an fd. */
    SYS_SYMLINK,        /* 21: make a symbolic link. */
    SYS_DUP2,           /* 22: duplicate an fd. */
    SYS_MOUNT,          /* 23: mount a disk. */
    SYS_UMOUNT,         /* 24: unmount a disk. */
    SYS_CNT
  };

#endif /* lib/syscall-nr.h */

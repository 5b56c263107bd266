/* Proves that directory removal and creation inside the directory
   cannot interleave badly.  One thread makes a directory, fills and
   empties it and removes it, over and over; two others keep creating
   and removing files in it, and one walks paths through it.  A file
   created in the directory must always be removable afterwards (the
   directory was never removed with it inside), nothing deadlocks, and
   at the end every sector and open inode is back. */

#include <stdio.h>
#include "filesys/file.h"
#include "filesys/filesys.h"
#include "filesys/inode.h"
#include "tests/threads/tests.h"
#include "threads/synch.h"
#include "threads/thread.h"

#define ROUNDS 150

static struct semaphore done;
static const char *volatile problem;
static int removed_dirs, added_files[2];

/* Makes and removes /race with a file in it, ROUNDS times. */
static void
remover (void *aux UNUSED)
{
  int i;

  for (i = 0; i < ROUNDS; i++)
    {
      if (filesys_mkdir ("/race") && filesys_create ("/race/own", 100))
        {
          if (!filesys_remove ("/race/own"))
            problem = "could not remove /race/own";
        }
      if (filesys_remove ("/race"))
        removed_dirs++;
      thread_yield ();
    }
  sema_up (&done);
}

/* Creates and removes /race/N (N is AUX) whenever /race exists. */
static void
adder (void *aux)
{
  int n = (int) (intptr_t) aux, i;
  char name[16];

  snprintf (name, sizeof name, "/race/f%d", n);
  for (i = 0; i < ROUNDS; i++)
    {
      if (filesys_create (name, 600))
        {
          added_files[n]++;
          thread_yield ();
          if (!filesys_remove (name))
            problem = "a file created in /race could not be removed";
        }
      thread_yield ();
    }
  sema_up (&done);
}

/* Opens paths through /race, including "..", and closes them. */
static void
walker (void *aux UNUSED)
{
  static const char *paths[] = { "/race", "/race/..", "/race/./f0",
                                 "race/../race/f1", "/race/own" };
  int i;

  for (i = 0; i < ROUNDS * 2; i++)
    file_close (filesys_open (paths[i % 5]));
  sema_up (&done);
}

void
test_fs_dir_race (void)
{
  size_t free_start = filesys_free_count ();
  size_t open_start = inode_open_count ();
  int i;

  sema_init (&done, 0);
  thread_create ("remover", PRI_DEFAULT, remover, NULL);
  thread_create ("adder 0", PRI_DEFAULT, adder, (void *) 0);
  thread_create ("adder 1", PRI_DEFAULT, adder, (void *) 1);
  thread_create ("walker", PRI_DEFAULT, walker, NULL);
  for (i = 0; i < 4; i++)
    sema_down (&done);
  if (problem != NULL)
    fail ("%s", problem);
  if (removed_dirs == 0 || added_files[0] + added_files[1] == 0)
    fail ("no race: %d removals, %d files added", removed_dirs,
          added_files[0] + added_files[1]);
  msg ("every file created in the directory could be removed");
  filesys_remove ("/race");
  if (filesys_free_count () != free_start)
    fail ("%zu sectors free at the end, %zu at the start",
          filesys_free_count (), free_start);
  if (inode_open_count () != open_start)
    fail ("%zu inodes open at the end, %zu at the start",
          inode_open_count (), open_start);
  msg ("no sector or inode leaked");
}

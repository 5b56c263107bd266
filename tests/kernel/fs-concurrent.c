/* Proves the file system is safe under concurrent use.  Four threads
   at once each write and verify a private file, write their own
   interleaved 700-byte stripes of one shared file (stripes share
   sectors, so read-modify-write of a sector must not lose a neighbour's
   bytes), and, all starting together, create, check and remove scratch
   files in the same directory; two more threads read the shared file
   meanwhile.  Afterwards every
   private file and every stripe must hold its owner's bytes. */

#include <stdio.h>
#include <string.h>
#include "filesys/file.h"
#include "filesys/filesys.h"
#include "filesys/free-map.h"
#include "tests/kernel/fs-lib.h"
#include "tests/threads/tests.h"
#include "threads/malloc.h"
#include "threads/synch.h"
#include "threads/thread.h"

#define WRITERS 4
#define READERS 2
#define PRIVATE_SIZE (96 * 1024)
#define STRIPE 700
#define STRIPES_EACH 40
#define SHARED_SIZE (STRIPE * STRIPES_EACH * WRITERS)
#define ROUNDS 3
#define CHURNS 60
#define CHURN_SIZE 600

static struct semaphore done;

/* Raised once per writer when every thread exists, so the writers'
   directory churn starts together. */
static struct semaphore go;

/* Failures found by the threads; reported by the main thread. */
static const char *volatile problem;

static void
report (const char *what)
{
  if (problem == NULL)
    problem = what;
}

/* Writes thread T's stripes of the shared file through its own open
   file: stripe K of the file belongs to thread K % WRITERS. */
static void
write_stripes (int t)
{
  struct file *f = filesys_open ("shared");
  uint8_t *buffer = malloc (STRIPE);
  int k;

  if (f == NULL || buffer == NULL)
    {
      report ("writer could not open the shared file");
      file_close (f);
      free (buffer);
      return;
    }
  for (k = t; k < STRIPES_EACH * WRITERS; k += WRITERS)
    {
      fs_fill (buffer, STRIPE, k * STRIPE, 100 + t);
      if (file_write_at (f, buffer, STRIPE, k * STRIPE) != STRIPE)
        report ("write to the shared file was short");
      thread_yield ();
    }
  free (buffer);
  file_close (f);
}

/* Creates, fills, verifies and removes a scratch file named for T and
   ROUND. */
static void
churn (int t, int round)
{
  char name[16];
  struct file *f;

  snprintf (name, sizeof name, "tmp%d-%d", t, round);
  if (!filesys_create (name, CHURN_SIZE))
    {
      report ("create of a scratch file failed");
      return;
    }
  f = filesys_open (name);
  if (f == NULL)
    {
      report ("open of a scratch file failed");
      return;
    }
  fs_write_pattern (f, CHURN_SIZE, 50 + t);
  fs_verify_file (f, CHURN_SIZE, 50 + t, name);
  file_close (f);
  if (!filesys_remove (name))
    report ("remove of a scratch file failed");
}

static void
writer (void *aux)
{
  int t = (int) (intptr_t) aux;
  char name[16];
  struct file *f;
  int round;

  sema_down (&go);
  for (round = 0; round < CHURNS; round++)
    churn (t, round);
  snprintf (name, sizeof name, "private%d", t);
  f = filesys_open (name);
  if (f == NULL)
    report ("writer could not open its private file");
  else
    {
      for (round = 0; round < ROUNDS; round++)
        {
          fs_write_pattern (f, PRIVATE_SIZE, t + round);
          fs_verify_file (f, PRIVATE_SIZE, t + round, name);
          churn (t, CHURNS + round);
        }
      file_close (f);
    }
  write_stripes (t);
  sema_up (&done);
}

/* Reads the whole shared file over and over while the writers run;
   every read must return the full length. */
static void
reader (void *aux UNUSED)
{
  struct file *f = filesys_open ("shared");
  uint8_t *buffer = malloc (4096);
  int round;

  if (f == NULL || buffer == NULL)
    report ("reader could not open the shared file");
  else
    for (round = 0; round < 10; round++)
      {
        off_t ofs;

        for (ofs = 0; ofs < SHARED_SIZE; ofs += 4096)
          {
            off_t n = SHARED_SIZE - ofs < 4096 ? SHARED_SIZE - ofs : 4096;

            if (file_read_at (f, buffer, n, ofs) != n)
              report ("read of the shared file was short");
          }
        thread_yield ();
      }
  free (buffer);
  file_close (f);
  sema_up (&done);
}

/* Verifies every stripe of the shared file. */
static void
verify_shared (void)
{
  struct file *f = fs_must_open ("shared");
  uint8_t buffer[STRIPE];
  int k;

  for (k = 0; k < STRIPES_EACH * WRITERS; k++)
    {
      if (file_read_at (f, buffer, STRIPE, k * STRIPE) != STRIPE)
        fail ("read of stripe %d was short", k);
      fs_verify (buffer, STRIPE, k * STRIPE, 100 + k % WRITERS, "stripe");
    }
  file_close (f);
}

void
test_fs_concurrent (void)
{
  size_t free_start = filesys_free_count ();
  char name[16];
  int i;

  sema_init (&done, 0);
  sema_init (&go, 0);
  fs_must_create ("shared", SHARED_SIZE);
  for (i = 0; i < WRITERS; i++)
    {
      snprintf (name, sizeof name, "private%d", i);
      fs_must_create (name, PRIVATE_SIZE);
    }
  for (i = 0; i < WRITERS; i++)
    {
      snprintf (name, sizeof name, "writer%d", i);
      thread_create (name, PRI_DEFAULT, writer, (void *) (intptr_t) i);
    }
  for (i = 0; i < READERS; i++)
    thread_create ("reader", PRI_DEFAULT, reader, NULL);
  for (i = 0; i < WRITERS; i++)
    sema_up (&go);
  for (i = 0; i < WRITERS + READERS; i++)
    sema_down (&done);
  if (problem != NULL)
    fail ("%s", problem);
  msg ("%d writers and %d readers finished", WRITERS, READERS);

  for (i = 0; i < WRITERS; i++)
    {
      struct file *f;

      snprintf (name, sizeof name, "private%d", i);
      f = fs_must_open (name);
      fs_verify_file (f, PRIVATE_SIZE, i + ROUNDS - 1, name);
      file_close (f);
      if (!filesys_remove (name))
        fail ("remove \"%s\" failed", name);
    }
  msg ("private files intact");
  verify_shared ();
  msg ("every stripe of the shared file intact");
  if (!filesys_remove ("shared"))
    fail ("remove \"shared\" failed");
  if (filesys_free_count () != free_start)
    fail ("%zu sectors free at the end, %zu at the start",
          filesys_free_count (), free_start);
  msg ("no sectors leaked");
}

/* shell: reads command lines from the keyboard and runs them.

   A line is a program with its arguments, which the shell runs in a
   child (fork, then exec) and waits for; a status other than 0 is shown
   after it.  Built-in commands: cd, pwd, exit, ls, cat, mkdir, rm and
   help.  The shell keeps the name of its working directory itself
   (there is no system call that reports it), so pwd prints the path the
   cd commands led to. */

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <syscall.h>

#define LINE_MAX 128            /* Longest command line. */
#define WORD_MAX 16             /* Most words on a line. */
#define PATH_MAX 128            /* Longest working-directory path. */
#define LS_MAX 256              /* Most names ls sorts. */

/* The working directory, as the shell names it: absolute, no "." or ".."
   parts, no trailing slash except for "/". */
static char cwd[PATH_MAX] = "/";

/* Writes STRING to the console. */
static void
put (const char *string)
{
  write (STDOUT_FILENO, string, strlen (string));
}

/* Reads one line from the keyboard into LINE (SIZE bytes), echoing what
   is typed and handling backspace.  Returns false at end of input (a
   ctrl-D on an empty line). */
static bool
read_line (char *line, size_t size)
{
  static char last;
  size_t len = 0;

  for (;;)
    {
      char c;

      if (read (STDIN_FILENO, &c, 1) != 1)
        return false;
      if (c == '\n' && last == '\r')
        {
          last = c;
          continue;             /* The second half of a CR LF. */
        }
      last = c;
      if (c == '\r' || c == '\n')
        break;
      if (c == 4 && len == 0)
        return false;
      if ((c == '\b' || c == 127) && len > 0)
        {
          len--;
          put ("\b \b");
        }
      else if (c >= ' ' && c < 127 && len + 1 < size)
        {
          line[len++] = c;
          write (STDOUT_FILENO, &c, 1);
        }
    }
  line[len] = '\0';
  put ("\n");
  return true;
}

/* Splits LINE into words at runs of spaces, storing pointers into LINE
   in WORDS (room for MAX, then a null pointer).  Returns the count. */
static int
split_words (char *line, char **words, int max)
{
  char *save, *word;
  int cnt = 0;

  for (word = strtok_r (line, " \t", &save); word != NULL && cnt < max;
       word = strtok_r (NULL, " \t", &save))
    words[cnt++] = word;
  words[cnt] = NULL;
  return cnt;
}

/* Appends the path PATH (absolute, or relative to DIR) to DIR, an
   absolute path of SIZE bytes, resolving "." and "..".  Returns false
   if the result does not fit. */
static bool
path_join (char *dir, size_t size, const char *path)
{
  char copy[PATH_MAX], *part, *save;

  if (strlcpy (copy, path, sizeof copy) >= sizeof copy)
    return false;
  if (path[0] == '/')
    strlcpy (dir, "/", size);
  for (part = strtok_r (copy, "/", &save); part != NULL;
       part = strtok_r (NULL, "/", &save))
    {
      if (!strcmp (part, "."))
        continue;
      if (!strcmp (part, ".."))
        {
          char *slash = strrchr (dir, '/');
          slash[slash == dir ? 1 : 0] = '\0';
          continue;
        }
      if (strcmp (dir, "/") && strlcat (dir, "/", size) >= size)
        return false;
      if (strlcat (dir, part, size) >= size)
        return false;
    }
  return true;
}

/* cd DIR: changes the working directory (to "/" without DIR). */
static void
do_cd (int argc, char **argv)
{
  const char *dir = argc > 1 ? argv[1] : "/";
  char next[PATH_MAX];

  strlcpy (next, cwd, sizeof next);
  if (!path_join (next, sizeof next, dir))
    printf ("cd: %s: path too long\n", dir);
  else if (!chdir (dir))
    printf ("cd: %s: no such directory (or directories are not "
            "supported)\n", dir);
  else
    strlcpy (cwd, next, sizeof cwd);
}

static int
compare_names (const void *a, const void *b)
{
  return strcmp (a, b);
}

/* Lists the directory open as FD, named NAME, in sorted order. */
static void
list_directory (int fd, const char *name)
{
  static char names[LS_MAX][READDIR_MAX_LEN + 1];
  int cnt = 0, i;

  while (cnt < LS_MAX && readdir (fd, names[cnt]))
    cnt++;
  if (cnt == LS_MAX)
    printf ("ls: %s: only the first %d names are shown\n", name, LS_MAX);
  qsort (names, cnt, sizeof names[0], compare_names);
  for (i = 0; i < cnt; i++)
    printf ("%s\n", names[i]);
}

/* ls [NAME...]: lists each directory NAME (the working directory by
   default); a file is listed by its own name. */
static void
do_ls (int argc, char **argv)
{
  int i;

  for (i = argc > 1 ? 1 : 0; i < argc; i++)
    {
      const char *name = argc > 1 ? argv[i] : cwd;
      int fd = open (name);

      if (fd < 0)
        printf ("ls: %s: cannot open\n", name);
      else
        {
          if (isdir (fd))
            list_directory (fd, name);
          else
            printf ("%s\n", name);
          close (fd);
        }
    }
}

/* cat FILE...: prints each FILE. */
static void
do_cat (int argc, char **argv)
{
  int i;

  if (argc < 2)
    put ("cat: which file?\n");
  for (i = 1; i < argc; i++)
    {
      int fd = open (argv[i]);
      char buffer[512];
      int n;

      if (fd < 0)
        {
          printf ("cat: %s: cannot open\n", argv[i]);
          continue;
        }
      while ((n = read (fd, buffer, sizeof buffer)) > 0)
        write (STDOUT_FILENO, buffer, n);
      if (n < 0)
        printf ("cat: %s: cannot read (a directory?)\n", argv[i]);
      close (fd);
    }
}

/* mkdir DIR...: makes each directory DIR. */
static void
do_mkdir (int argc, char **argv)
{
  int i;

  if (argc < 2)
    put ("mkdir: which directory?\n");
  for (i = 1; i < argc; i++)
    if (!mkdir (argv[i]))
      printf ("mkdir: %s: cannot make the directory (it exists, its "
              "parent does not, or directories are not supported)\n",
              argv[i]);
}

/* rm NAME...: removes each file or empty directory NAME. */
static void
do_rm (int argc, char **argv)
{
  int i;

  if (argc < 2)
    put ("rm: which file?\n");
  for (i = 1; i < argc; i++)
    if (!remove (argv[i]))
      printf ("rm: %s: cannot remove\n", argv[i]);
}

static void
do_pwd (int argc, char **argv)
{
  printf ("%s\n", cwd);
}

static void
do_exit (int argc, char **argv)
{
  exit (argc > 1 ? atoi (argv[1]) : 0);
}

static void do_help (int argc, char **argv);

/* The built-in commands. */
struct builtin
  {
    const char *name;
    void (*run) (int argc, char **argv);
    const char *usage;
  };
static const struct builtin builtins[] =
  {
    {"cd", do_cd, "cd [DIR]         change the working directory"},
    {"pwd", do_pwd, "pwd              print the working directory"},
    {"ls", do_ls, "ls [DIR...]      list directories"},
    {"cat", do_cat, "cat FILE...      print files"},
    {"mkdir", do_mkdir, "mkdir DIR...     make directories"},
    {"rm", do_rm, "rm NAME...       remove files or empty directories"},
    {"exit", do_exit, "exit [STATUS]    leave the shell"},
    {"help", do_help, "help             this list"},
  };
#define BUILTIN_CNT (sizeof builtins / sizeof builtins[0])

static void
do_help (int argc, char **argv)
{
  size_t i;

  put ("Run a program: NAME [ARG...].  Built-in commands:\n");
  for (i = 0; i < BUILTIN_CNT; i++)
    printf ("  %s\n", builtins[i].usage);
}

/* Runs the program of command line LINE, whose first word is NAME, in a
   child process and waits for it.  Shows a status other than 0. */
static void
run_program (const char *name, const char *line)
{
  pid_t pid = fork (name);
  int status;

  if (pid == 0)
    {
      exec (line);
      exit (-1);
    }
  if (pid < 0)
    {
      printf ("shell: %s: cannot start a process\n", name);
      return;
    }
  status = wait (pid);
  if (status != 0)
    printf ("[%s: exit status %d]\n", name, status);
}

/* Runs one command line. */
static void
run_line (char *line)
{
  char copy[LINE_MAX], *words[WORD_MAX + 1];
  int argc;
  size_t i;

  strlcpy (copy, line, sizeof copy);
  argc = split_words (copy, words, WORD_MAX);
  if (argc == 0)
    return;
  for (i = 0; i < BUILTIN_CNT; i++)
    if (!strcmp (words[0], builtins[i].name))
      {
        builtins[i].run (argc, words);
        return;
      }
  run_program (words[0], line);
}

int
main (void)
{
  char line[LINE_MAX];

  put ("Shell: type a program name and arguments, or \"help\".\n");
  for (;;)
    {
      put ("$ ");
      if (!read_line (line, sizeof line))
        break;
      run_line (line);
    }
  put ("\n");
  return EXIT_SUCCESS;
}

# Proves that make-handout writes, for each of the four projects, a tree
# that builds, boots, passes a sample of the kernel suite and fails the
# project's own tests; whose stubs keep their task comments and hold a
# single statement; that keeps no trace of what was removed; that a
# manifest naming something the tree lacks is an error that names the
# manifest line, with nothing written; and that FUNCTION=EXPR sets a
# stub's value.
#
# Usage (from the top of the tree): perl tests/kit/handouts.pl SCRATCH

use strict;
use warnings;
use FindBin;
use lib $FindBin::Bin;
use KitFiles;
use File::Find qw(find);
use File::Path qw(make_path);

my $scratch = shift // die "usage: handouts.pl SCRATCH\n";
my @problems;

# Per project: tests that must pass in its handout (a sample of the
# kernel suite; the filesys handout leaves out the fs-* tests, which are
# that project's), and tests that must fail there.
my %plan = (
    threads => {pass => [qw(kernel/boot kernel/thread-order kernel/ide-rw
                            kernel/fs-basic)],
                fail => [qw(threads/alarm-multiple threads/priority-donate-one)]},
    userprog => {pass => [qw(kernel/boot kernel/sema-pingpong kernel/fs-basic)],
                 fail => [qw(userprog/args-single userprog/open-normal)]},
    vm => {pass => [qw(kernel/boot kernel/thread-order kernel/fs-basic)],
           fail => [qw(vm/lazy-data vm/mmap-read)]},
    filesys => {pass => [qw(kernel/boot kernel/sema-pingpong kernel/ide-rw
                            userprog/write-normal)],
                fail => [qw(kernel/fs-basic filesys/grow-sparse
                            filesys/dir-paths)]},
);

sub problem { push (@problems, join ('', @_)); }

sub run {
    my ($command) = @_;
    my $output = `$command 2>&1`;
    return ($? == 0, $output);
}

# A manifest naming a missing function, struct member and file must be
# refused, each with its manifest line, and nothing written.
sub check_bad_manifest {
    make_path ("$scratch/bad");
    open (my $fh, '>', "$scratch/bad/broken") or die;
    print $fh "stub threads/thread.c thread_yield no_such_function\n",
      "member include/threads/thread.h thread no_such_member\n",
      "drop no/such/file\n";
    close ($fh);
    my ($ok, $out) = run ("utils/make-handout --manifests=$scratch/bad "
                          . "broken $scratch/bad/out");
    problem ("a broken manifest was accepted") if $ok;
    problem ("no error names broken:1 and the missing function:\n$out")
      if $out !~ /broken:1: no function no_such_function in threads\/thread\.c/;
    problem ("no error names the missing member:\n$out")
      if $out !~ /broken:2: struct thread has no member no_such_member/;
    problem ("no error names the missing file:\n$out")
      if $out !~ /broken:3: no\/such\/file does not exist/;
    problem ("a broken manifest still wrote a handout") if -e "$scratch/bad/out";

    # FUNCTION=EXPR chooses the stub's value.
    open ($fh, '>', "$scratch/bad/valued") or die;
    print $fh "stub threads/priority.c thread_get_priority=PRI_MIN\n";
    close ($fh);
    ($ok, $out) = run ("utils/make-handout --manifests=$scratch/bad "
                       . "valued $scratch/bad/valued-out");
    my $text = slurp ("$scratch/bad/valued-out/threads/priority.c") // '';
    problem ("FUNCTION=EXPR did not set the stub's value:\n$out")
      if !$ok || $text !~ /\nthread_get_priority \(void\)\n\{\n  return PRI_MIN;\n\}\n/;
}

# Returns the original comment above function NAME in FILE, collapsed.
sub comment_above {
    my ($file, $name) = @_;
    my $text = slurp ($file) // return undef;
    return undef if $text !~ m{(/\*(?:(?!\*/).)*\*/)\n[^\n]*\n$name \(}s;
    (my $comment = $1) =~ s/\s+/ /g;
    return $comment;
}

# Checks the stubs of PROJECT's handout in DIR: the comment above each
# stayed, and the body is at most one statement.
sub check_stubs {
    my ($project, $dir) = @_;
    foreach my $line (split (/\n/, slurp ("utils/handouts/$project") // "")) {
        next if $line !~ /^stub\s+(\S+)\s+(.*)$/;
        my ($file, @names) = ($1, split (' ', $2));
        my $text = slurp ("$dir/$file") // '';
        foreach my $name (map { (split (/=/))[0] } @names) {
            if ($text !~ /\n$name \([^{;]*\)\n\{\n(.*?)\n?\}\n/s) {
                problem ("$project: $file: stub $name not found");
                next;
            }
            my @body = grep { /\S/ } split (/\n/, $1);
            problem ("$project: $file: $name keeps a body of "
                     . scalar (@body) . " lines") if @body > 1;
            my $comment = comment_above ($file, $name);
            (my $flat = $text) =~ s/\s+/ /g;
            problem ("$project: $file: the comment above $name is gone")
              if defined $comment && index ($flat, $comment) < 0;
        }
    }
}

# Returns the text files of DIR as {path => text with whitespace
# collapsed}.
sub text_files {
    my ($dir) = @_;
    my %files;
    find ({no_chdir => 1, wanted => sub {
              return if -d $_ || !/\.(c|h|S|md|pl|pm|ck|lds)$|Makefile|README/;
              return if m{/build/};
              (my $text = slurp ($_) // '') =~ s/\s+/ /g;
              $files{substr ($_, length ($dir) + 1)} = $text;
          }}, $dir);
    return %files;
}

# Checks that nothing the report of PROJECT lists as removed is left in
# its handout DIR: a removed name in the code of its own file, a removed
# name_with_underscores in a document, or a removed comment anywhere.
sub check_traces {
    my ($project, $dir) = @_;
    my %files = text_files ($dir);
    open (my $fh, '<', "$scratch/$project.report") or die;
    my $count = 0;
    while (my $line = <$fh>) {
        chomp ($line);
        $count++;
        if ($line =~ /^ident (\S+) (\w+)$/) {
            my ($file, $name) = ($1, $2);
            (my $code = slurp ("$dir/$file") // '') =~ s{/\*.*?\*/}{}gs;
            problem ("$project: $file still uses removed $name")
              if $code =~ /\b$name\b/;
            next if $name !~ /_/;
            foreach my $where (grep { /\.md$/ } sort keys %files) {
                problem ("$project: $where still mentions removed $name")
                  if $files{$where} =~ /\b$name\b/;
            }
        } elsif ($line =~ /^comment (.+)$/) {
            my $comment = $1;
            foreach my $where (sort keys %files) {
                problem ("$project: $where keeps the removed comment '$comment'")
                  if index ($files{$where}, $comment) >= 0;
            }
        }
    }
    problem ("$project: the report lists nothing removed") if !$count;
    foreach my $gone (qw(utils/make-handout utils/grade-class tests/kit
                         docs/teaching.md), "docs/$project.md") {
        problem ("$project: the handout still has $gone") if -e "$dir/$gone";
        problem ("$project: README.md still points to $gone")
          if $gone =~ /\.md$/ && index ($files{'README.md'} // '', $gone) >= 0;
    }
}

# Returns the verdict of result file RESULT: PASS, FAIL or "no result".
sub verdict {
    my ($result) = @_;
    my $text = slurp ($result) // return 'no result';
    return $text =~ /^PASS/ ? 'PASS' : 'FAIL';
}

# Builds the handout of PROJECT in DIR and runs its planned tests.
sub check_runs {
    my ($project, $dir) = @_;
    my ($ok, $out) = run ("make -C $dir build/os.dsk");
    if (!$ok) {
        problem ("$project: the handout does not build:\n$out");
        return;
    }
    problem ("$project: the build warns:\n$out") if $out =~ /warning:/;
    my @tests = (@{$plan{$project}{pass}}, @{$plan{$project}{fail}});
    my @targets = map { "build/tests/$_.result" } @tests;
    run ("make -C $dir -k @targets");
    foreach my $test (@{$plan{$project}{pass}}) {
        my $result = "$dir/build/tests/$test.result";
        if (verdict ($result) ne 'PASS') {
            # Once more, alone: the machine may have been busy.
            unlink ($result);
            run ("make -C $dir build/tests/$test.result");
        }
        problem ("$project: $test fails in the handout:\n"
                 . (slurp ($result) // '(no result)'))
          if verdict ($result) ne 'PASS';
    }
    foreach my $test (@{$plan{$project}{fail}}) {
        my $verdict = verdict ("$dir/build/tests/$test.result");
        problem ("$project: $test passes in the handout") if $verdict eq 'PASS';
        problem ("$project: $test did not run in the handout")
          if $verdict eq 'no result';
    }
}

check_bad_manifest ();
my @made;
foreach my $project (sort keys %plan) {
    my $dir = "$scratch/$project";
    my ($ok, $out) = run ("utils/make-handout --report=$scratch/$project.report "
                          . "$project $dir");
    if (!$ok) {
        problem ("$project: make-handout failed:\n$out");
        next;
    }
    check_stubs ($project, $dir);
    check_traces ($project, $dir);
    push (@made, $project);
}

# Two handouts at a time, each building and testing with one job; each
# reports its problems through a file.
while (@made) {
    my @pair = splice (@made, 0, 2);
    my @pids;
    foreach my $project (@pair) {
        my $pid = fork () // die "fork: $!\n";
        if ($pid == 0) {
            @problems = ();
            check_runs ($project, "$scratch/$project");
            open (my $fh, '>', "$scratch/$project.problems") or die;
            print $fh map { "$_\n" } @problems;
            close ($fh);
            exit 0;
        }
        push (@pids, $pid);
    }
    waitpid ($_, 0) foreach @pids;
    foreach my $project (@pair) {
        my $text = slurp ("$scratch/$project.problems");
        problem ("$project: the build and test run did not finish")
          if !defined $text;
        push (@problems, grep { /\S/ } split (/\n(?=\S)/, $text // ''));
    }
}

if (@problems) {
    print "$_\n" foreach @problems;
    exit 1;
}
print "handouts: all four build, boot, pass the kernel sample, fail their tests\n";
exit 0;

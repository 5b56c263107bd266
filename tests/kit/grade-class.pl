# Proves that grade-class grades a small class of generated submissions,
# two at a time, and writes results.json, results.csv and a one-page
# summary: a correct tree (as a tarball) passes every test run; a
# partial one (the threads handout, which also edits a checker to pass)
# fails the project test, since its tests are replaced by ours; one that
# does not build is graded with its build errors; one whose kernel hangs
# is stopped at the submission's time limit (graded alone with --one,
# then collected with the rest); one that unpacks into more than the
# file limit is graded, not fatal.
#
# Usage (from the top of the tree): perl tests/kit/grade-class.pl SCRATCH

use strict;
use warnings;
use FindBin;
use lib $FindBin::Bin;
use KitFiles;
use File::Path qw(make_path);
use JSON::PP ();

my $scratch = shift // die "usage: grade-class.pl SCRATCH\n";
my $subs = "$scratch/subs";
my $out = "$scratch/out";
my @problems;

sub problem { push (@problems, join ('', @_)); }

sub sh {
    my ($command) = @_;
    my $output = `$command 2>&1`;
    die "failed: $command\n$output" if $? != 0;
    return $output;
}

# The class.  The "common" manifest only leaves out the kit, so its
# handout is the correct tree.
sub make_class {
    make_path ($subs);
    sh ("utils/make-handout common $scratch/correct");
    sh ("tar -C $scratch -czf $subs/correct.tar.gz correct");
    sh ("utils/make-handout common $subs/broken");
    append ("$subs/broken/threads/thread.c", "\nthis is not C;\n");
    sh ("utils/make-handout common $subs/hanging");
    my $init = slurp ("$subs/hanging/threads/init.c");
    $init =~ s/^(  run_actions \()/  for (;;)\n    asm volatile ("hlt");\n$1/m
      or die "init.c has no run_actions call\n";
    open (my $fh, '>', "$subs/hanging/threads/init.c") or die;
    print $fh $init;
    close ($fh);
    sh ("utils/make-handout threads $subs/partial");
    open ($fh, '>', "$subs/partial/tests/threads/alarm-multiple.ck") or die;
    print $fh "use tests::tests;\npass;\n";
    close ($fh);
    make_path ("$scratch/filler");
    sh ("head -c 12M /dev/zero > $scratch/filler/big && "
        . "tar -C $scratch -czf $subs/filler.tar.gz filler");
}

# Checks that student NAME's tests have the VERDICTS given.
sub expect_verdicts {
    my ($results, $name, %verdicts) = @_;
    foreach my $test (sort keys %verdicts) {
        my $got = $results->{$name}{tests}{"tests/$test"}{verdict} // 'missing';
        problem ("$name: $test is '$got', not '$verdicts{$test}'")
          if $got ne $verdicts{$test};
    }
}

sub check_results {
    my $list = eval { JSON::PP->new->decode (slurp ("$out/results.json") // '') };
    if (!$list) {
        problem ("no readable results.json");
        return;
    }
    my %results = map { $_->{student} => $_ } @$list;
    my @names = sort keys %results;
    problem ("graded '@names', not the five students")
      if "@names" ne 'broken correct filler hanging partial';

    my %status = (correct => 'graded', partial => 'graded',
                  broken => 'build failed', hanging => 'time limit',
                  filler => 'not graded');
    foreach my $name (sort keys %status) {
        my $got = $results{$name}{status} // 'missing';
        problem ("$name: status '$got', not '$status{$name}'")
          if $got ne $status{$name};
    }
    expect_verdicts (\%results, 'correct', 'kernel/boot' => 'pass',
                     'threads/alarm-multiple' => 'pass',
                     'threads/alarm-zero' => 'pass',
                     'threads/priority-change' => 'not run');
    expect_verdicts (\%results, 'partial', 'kernel/boot' => 'pass',
                     'threads/alarm-multiple' => 'fail',
                     'threads/alarm-zero' => 'pass');
    foreach my $name (qw(broken hanging)) {
        my @passed = grep { $results{$name}{tests}{$_}{verdict} =~ /pass|flaky/ }
                     keys %{$results{$name}{tests} // {}};
        problem ("$name: tests passed: @passed") if @passed;
    }
    my $seconds = $results{correct}{tests}{'tests/kernel/boot'}{seconds};
    problem ("correct: no time for kernel/boot")
      if !defined $seconds || $seconds <= 0;
    problem ("broken: the build errors are not in the results")
      if !grep { /this is not C|error/ } @{$results{broken}{build_log} // []};
    problem ("filler: no reason given") if !$results{filler}{error};
    my ($c, $p) = map { $results{$_}{total} // -1 } qw(correct partial);
    problem ("totals: correct $c, partial $p, broken $results{broken}{total}")
      if !($c > $p && $p > 0 && $results{broken}{total} == 0);
    problem ("correct: the kept result of kernel/boot is missing")
      if !-f "$out/correct/tests/kernel/boot.result";
    problem ("the scratch copies were left behind") if -d "$out/work";
}

sub check_csv_and_summary {
    my @csv = split (/\n/, slurp ("$out/results.csv") // '');
    problem ("results.csv has " . scalar (@csv) . " lines, not 6")
      if @csv != 6;
    problem ("results.csv's header lacks the columns")
      if !@csv || $csv[0] !~ /^student,status,total,.*tests\/kernel\/boot,"?tests\/kernel\/boot seconds/;
    my $summary = slurp ("$out/summary.txt") // '';
    my @lines = split (/\n/, $summary);
    problem ("summary.txt has " . scalar (@lines) . " lines, more than a page")
      if @lines > 60 || !@lines;
    foreach my $name (qw(correct partial broken hanging filler)) {
        problem ("summary.txt does not name $name") if $summary !~ /^$name\s/m;
    }
}

make_class ();

# The hanging kernel is graded on its own with a short limit, which it
# reaches however busy the machine is; the rest of the class, two at a
# time, has a limit that no working submission comes near.
my $common = "--suites='kernel threads' --tests='boot alarm-multiple alarm-zero' "
  . "--test-timeout=300 --retry=1 --file-limit=8";
make_path ("$scratch/hang");
rename ("$subs/hanging", "$scratch/hang/hanging") or die;
my $hang_pid = fork () // die;
if ($hang_pid == 0) {
    exec ("utils/grade-class $common --time-limit=20 --one $scratch/hang/hanging "
          . "$out >$scratch/hang.log 2>&1");
}
my $output = `utils/grade-class -j2 $common --time-limit=900 $subs $out 2>&1`;
problem ("grade-class exited with status " . ($? >> 8) . ":\n$output") if $?;
waitpid ($hang_pid, 0);
problem ("grade-class --one failed:\n" . (slurp ("$scratch/hang.log") // ''))
  if $?;
my @stray = grep { (readlink ($_) // '') =~ m{/out/work/hanging} }
            glob ("/proc/[0-9]*/cwd");
problem ("processes of the hanging submission outlived it:\n@stray") if @stray;
$output = `utils/grade-class --collect $out 2>&1`;
problem ("grade-class --collect failed:\n$output") if $?;
check_results ();
check_csv_and_summary ();
if (@problems) {
    print "$_\n" foreach @problems;
    exit 1;
}
print "grade-class: five submissions graded as expected\n";
exit 0;

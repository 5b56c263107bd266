# Proves that make grade FORMAT=json gives the grade as JSON with each
# test's verdict (pass, fail, flaky or not run) and time: on made-up
# results for the kernel suite, the points earned are those of the tests
# that passed or were flaky, computed here from the rubric itself; the
# total matches; the times come from run-test's .time files, which
# run-test writes (checked with a stand-in pintos); the text grade names
# the flaky test; and the Makefile hands FORMAT to the grader.
#
# Usage (from the top of the tree): perl tests/kit/grade-json.pl SCRATCH

use strict;
use warnings;
use FindBin;
use lib $FindBin::Bin;
use KitFiles;
use Cwd qw(abs_path);
use File::Path qw(make_path);
use JSON::PP ();

my $scratch = abs_path (shift // die "usage: grade-json.pl SCRATCH\n");
my $top = abs_path ('.');
my @problems;

sub problem { push (@problems, join ('', @_)); }

# The points of each test in the kernel suite's rubrics, read here.
sub rubric_points {
    my %points;
    my $grading = slurp ("tests/kernel/Grading") // die "no Grading\n";
    foreach my $rubric ($grading =~ /^\s*[\d.]+\s+(\S+)/mg) {
        my ($title, @lines) = grep { /\S/ && !/^\s*#/ }
                              split (/\n/, slurp ("tests/kernel/$rubric"));
        foreach (@lines) {
            $points{$2} += $1 if /^\s*([\d.]+)\s+(\S+)/;
        }
    }
    return %points;
}

# run-test with a stand-in pintos and checker writes NAME.time.
sub check_time_file {
    my $src = "$scratch/src";
    make_path ("$src/utils", "$src/tests/fake", "$scratch/run/tests/fake");
    write_file ("$src/utils/pintos", "#! /bin/sh\nsleep 1\necho hello\n");
    chmod (0755, "$src/utils/pintos");
    write_file ("$src/tests/fake/one.ck",
                "open (my \$r, '>', \$ARGV[1]) or die; print \$r \"PASS\\n\";\n");
    my $line = `cd $scratch/run && $top/utils/run-test --src=$src tests/fake/one -- -q 2>&1`;
    my $time = slurp ("$scratch/run/tests/fake/one.time") // '';
    problem ("run-test wrote no .time file (it printed: $line)") if $time eq '';
    problem ("run-test's .time says '$time', not about 1 second")
      if $time ne '' && ($time < 0.9 || $time > 30);
}

check_time_file ();

my %points = rubric_points ();
my $dir = "$scratch/build/tests/kernel";
make_path ($dir);
write_file ("$dir/boot.result", "PASS\n");
write_file ("$dir/boot.time", "0.5\n");
write_file ("$dir/thread-order.result", "FAIL\nrun: wrong\n");
write_file ("$dir/thread-order.time", "2.0\n");
write_file ("$dir/sema-pingpong.result", "PASS\n");
write_file ("$dir/sema-pingpong.flaky", "passed on try 2\n");
write_file ("$dir/sema-pingpong.time", "1.5\n");

my $text = `cd $scratch/build && $top/utils/grade --src=$top --format=json kernel`;
problem ("grade --format=json failed") if $?;
my $grade = eval { JSON::PP->new->decode ($text) };
if (!$grade) {
    problem ("the output is not JSON:\n$text");
} else {
    my %tests = map { $_->{name} => $_ } @{$grade->{tests}};
    my %expect = ('tests/kernel/boot' => ['pass', 0.5],
                  'tests/kernel/thread-order' => ['fail', 2],
                  'tests/kernel/sema-pingpong' => ['flaky', 1.5],
                  'tests/kernel/lock-mutex' => ['not run', undef]);
    foreach my $name (sort keys %expect) {
        my $t = $tests{$name} // {};
        my ($verdict, $seconds) = @{$expect{$name}};
        problem ("$name: verdict '" . ($t->{verdict} // '') . "', not '$verdict'")
          if ($t->{verdict} // '') ne $verdict;
        problem ("$name: seconds " . ($t->{seconds} // 'null') . ", not "
                 . ($seconds // 'null'))
          if (defined $seconds xor defined $t->{seconds})
             || (defined $seconds && $t->{seconds} != $seconds);
    }
    problem ("tests: " . scalar (keys %tests) . " listed, not "
             . scalar (keys %points)) if keys %tests != keys %points;
    my ($earned, $possible) = (0, 0);
    $possible += $_ foreach values %points;
    $earned += $points{$_} // 0 foreach qw(boot sema-pingpong);
    my ($suite) = @{$grade->{suites}};
    my $got = 0;
    $got += $_->{earned} foreach @{$suite->{rubrics}};
    problem ("earned $got points, not $earned") if $got != $earned;
    my $score = 100 * $earned / $possible;
    problem ("total $grade->{total}, not $score")
      if abs ($grade->{total} - $score) > 0.01;
}

my $plain = `cd $scratch/build && $top/utils/grade --src=$top kernel`;
problem ("the text grade does not name the flaky test:\n$plain")
  if $plain !~ /flaky: sema-pingpong/;
problem ("the text grade does not end with Total") if $plain !~ /\nTotal: [\d.]+%\n\z/;

my $make = `make -n grade FORMAT=json SUITES=kernel TESTS=boot 2>&1`;
problem ("make grade FORMAT=json does not ask grade for JSON:\n$make")
  if $make !~ /grade --format=json[\s\\]+kernel/;

if (@problems) {
    print "$_\n" foreach @problems;
    exit 1;
}
print "grade-json: verdicts, times and points as expected\n";
exit 0;

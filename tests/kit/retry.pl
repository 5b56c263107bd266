# Proves that make check RETRY=N reruns failed tests and names those that
# pass on a rerun as flaky, never as plain passes: summarize, given
# results and a rerun command that fails a test once more before it
# passes, lists it under "flaky tests:", writes its .flaky record,
# prints "1 flaky" on the line before the last, keeps "N passed, N
# failed" as the last line, and reruns a test that keeps failing only N
# times; --retry-only limits the reruns; and the Makefile hands RETRY
# and RETRY_ONLY to summarize.
#
# Usage (from the top of the tree): perl tests/kit/retry.pl SCRATCH

use strict;
use warnings;
use FindBin;
use lib $FindBin::Bin;
use KitFiles;
use Cwd qw(abs_path);

my $scratch = abs_path (shift // die "usage: retry.pl SCRATCH\n");
my $top = abs_path ('.');
my @problems;

sub problem { push (@problems, join ('', @_)); }

# A fake rerun: counts the reruns of each test in RESULT.runs; "flaky"
# passes on its second rerun, "broken" never passes.
write_file ("$scratch/rerun", <<'EOF');
#! /bin/sh
runs=$(cat "$1.runs" 2>/dev/null || echo 0)
runs=$((runs + 1))
echo $runs > "$1.runs"
case "$1" in
  *flaky.result) [ $runs -ge 2 ] && echo PASS > "$1" || echo FAIL > "$1" ;;
  *) echo FAIL > "$1" ;;
esac
EOF
chmod (0755, "$scratch/rerun");

# Runs summarize in SCRATCH with OPTIONS over the three results.
sub summarize {
    my ($options) = @_;
    write_file ("$scratch/good.result", "PASS\n");
    write_file ("$scratch/flaky.result", "FAIL\nrun: timing\n");
    write_file ("$scratch/broken.result", "FAIL\n");
    unlink (glob ("$scratch/*.runs"), glob ("$scratch/*.flaky"));
    my $output = `cd $scratch && $top/utils/summarize $options good.result flaky.result broken.result`;
    return ($? >> 8, $output);
}

my ($status, $output) = summarize ("--retry=3 --rerun='./rerun '");
my @lines = split (/\n/, $output);
problem ("exit status $status, not 1 (broken still fails)") if $status != 1;
problem ("the last line is '$lines[-1]', not '2 passed, 1 failed'")
  if $lines[-1] ne '2 passed, 1 failed';
problem ("the line before the last is '$lines[-2]', not '1 flaky ...'")
  if $lines[-2] !~ /^1 flaky\b/;
problem ("flaky is not listed as flaky:\n$output")
  if $output !~ /flaky tests:\n  flaky \(passed on try 3 of 4\)/;
problem ("broken is not listed as failed:\n$output")
  if $output !~ /failed tests:\n  broken\n/;
problem ("flaky has no .flaky record") if !-e "$scratch/flaky.flaky";
problem ("good was called flaky") if -e "$scratch/good.flaky";
my $broken_runs = slurp ("$scratch/broken.result.runs") // 0;
problem ("broken was rerun $broken_runs times, not 3") if $broken_runs != 3;
problem ("the failed try of flaky was not kept")
  if (slurp ("$scratch/flaky.result.try1") // '') !~ /timing/;

($status, $output) = summarize ("--retry=3 --retry-only=broken --rerun='./rerun '");
problem ("--retry-only=broken still reran flaky") if -e "$scratch/flaky.result.runs";
problem ("--retry-only: the last line is not '1 passed, 2 failed'")
  if $output !~ /\n1 passed, 2 failed\n\z/;

($status, $output) = summarize ('');
problem ("without --retry, a flaky line was printed")
  if $output =~ /^\d+ flaky|flaky tests:/m;
problem ("without --retry, a test was rerun") if glob ("$scratch/*.runs");

my $make = `make -n check RETRY=2 RETRY_ONLY=threads SUITES=kernel TESTS=boot 2>&1`;
problem ("make check RETRY=2 does not hand --retry=2 and --retry-only to summarize:\n$make")
  if $make !~ /summarize.*--retry=2 --retry-only='threads' --rerun=/s;
$make = `make -n check SUITES=kernel TESTS=boot 2>&1`;
problem ("make check without RETRY retries:\n$make") if $make =~ /--retry/;

if (@problems) {
    print "$_\n" foreach @problems;
    exit 1;
}
print "retry: flaky tests are named and counted apart\n";
exit 0;

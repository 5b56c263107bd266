# -*- perl -*-
# Draws the trace of the run (its debug console, in .errors) with
# utils/vmviz and checks that the picture shows what the program did:
# the parent's code, data and stack regions, its data in swap and back;
# the child's pages shared copy-on-write and its mapping of sample.txt;
# and as many faults and evictions as the trace holds.
use strict;
use warnings;
use File::Basename qw(dirname);
use tests::tests;

check_expected ([<<'EOF']);
(vmtrace-mix) begin
(vmtrace-mix) grow the stack
(vmtrace-mix) wrote and read back 96 pages
(vmtrace-mix) fork
mix-child: exit(7)
(vmtrace-mix) wait for the child
(vmtrace-mix) the parent's array is unchanged
(vmtrace-mix) end
vmtrace-mix: exit(0)
EOF

my @trace = grep { /^vm \d+ \d+ / } read_text_file ("$test.errors");
fail "the run wrote no trace lines to the debug console" if !@trace;
my ($parent) = map { /^vm \d+ (\d+) exec \S+ vmtrace-mix$/ ? $1 : () } @trace;
fail "no exec event for vmtrace-mix in the trace" if !defined $parent;
my ($child) = map { /^vm \d+ (\d+) fork \S+ $parent mix-child$/ ? $1 : () }
              @trace;
fail "no fork event for mix-child of pid $parent" if !defined $child;
my %events;
$events{(split ' ', $_)[3]}++ for @trace;

my $src = dirname (dirname ($INC{'tests/tests.pm'}));
my $svg_file = "$test.svg";
unlink $svg_file;
system ($^X, "$src/utils/vmviz", '-o', $svg_file, "$test.errors") == 0
  or fail "utils/vmviz failed on $test.errors";
my $svg = join ("\n", read_text_file ($svg_file));
fail "$svg_file is not a whole SVG document"
  if $svg !~ /^<\?xml.*<svg .*<\/svg>$/s;

# The regions of the picture: pid => [{kind, start, pages, states}].
my %regions;
while ($svg =~ /<g class="region \w+" data-pid="(\d+)" data-kind="(\w+)" data-start="0x([0-9a-f]+)" data-pages="(\d+)" data-states="([a-z ]*)">/g) {
  push @{$regions{$1}}, { kind => $2, start => hex ($3), pages => $4,
                          states => { map { $_ => 1 } split ' ', $5 } };
}

# Returns the region of PID of KIND that starts at START (any start if
# undef), failing with WHAT if there is none.
sub region {
  my ($pid, $kind, $start, $what) = @_;
  for my $r (@{$regions{$pid} // []}) {
    return $r if $r->{kind} eq $kind
                 && (!defined $start || $r->{start} == $start);
  }
  fail "the picture has no $kind region for $what (pid $pid)";
}

# Fails unless REGION was in each of STATES at some time.
sub states {
  my ($region, $what, @states) = @_;
  for my $state (@states) {
    fail "$what was never '$state' in the picture"
      if !$region->{states}{$state};
  }
}

my $user_stack = 0x47480000;
for my $pid ($parent, $child) {
  fail "the picture has no address space for pid $pid"
    if $svg !~ /<g class="space" data-pid="$pid" /;
}
my $code = region ($parent, 'code', 0x400000, 'the parent\'s code');
states ($code, 'the parent\'s code', qw(uninit res));
my $data = region ($parent, 'data', undef, 'the parent\'s array');
fail "the parent's data region has $data->{pages} pages, fewer than the "
  . "96 of its array" if $data->{pages} < 96;
states ($data, 'the parent\'s array', qw(uninit res swap shared));
my $stack = region ($parent, 'stack', undef, 'the parent\'s stack');
fail "the parent's stack does not end at USER_STACK"
  if $stack->{start} + $stack->{pages} * 4096 != $user_stack;
fail "the parent's stack did not grow" if $stack->{pages} < 2;
my $map = region ($child, 'mmap', 0x10000000, 'the child\'s mapping');
fail "the child's mapping has $map->{pages} pages, not 2"
  if $map->{pages} != 2;
states ($map, 'the child\'s mapping', qw(uninit res));
states (region ($child, 'data', undef, 'the child\'s array'),
        'the child\'s array', qw(shared res));
fail "the parent has a mapping in the picture"
  if grep { $_->{kind} eq 'mmap' } @{$regions{$parent}};

# The counts drawn are the trace's.
for my $what (['faults', 'fault'], ['evictions', 'evict']) {
  my ($id, $event) = @$what;
  my ($drawn) = $svg =~ /<g id="$id" data-total="(\d+)"/;
  fail "the picture has no $id chart" if !defined $drawn;
  my $traced = $events{$event} // 0;
  fail "the picture shows $drawn $id, the trace has $traced"
    if $drawn != $traced;
}
fail "no evictions although the array is larger than the user pool"
  if !$events{evict};
my ($peak, $pool) = $svg =~ /<g id="frames" data-peak="(\d+)" data-pool="(\d+)"/;
fail "the picture has no frame chart" if !defined $peak;
fail "the frame chart peaks at $peak frames, over the pool of $pool"
  if $peak > $pool || $peak == 0;
pass;

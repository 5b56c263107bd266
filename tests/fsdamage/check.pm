# The verdict on a fsdamage run: the kernel booted on an image of the
# test tree damaged as CASE says, and the walker (fswalk.c) went over
# it.  Every run must be sound (no panic, timeout or Leak line, a clean
# power-off; see tests::tests).  Then either the kernel refused the disk
# cleanly (a damaged superblock: its message, and the walker could not
# even be loaded) or the walker ran to its end and exited 0, and its
# report equals the report on the clean tree except for the lines the
# damage may change, while the lines the case requires are there.
package tests::fsdamage::check;

use strict;
use warnings;
use tests::tests;
use tests::fsdamage::tree qw(build_walk_image clean_walk);
use Exporter 'import';
our @EXPORT = qw (check_walk);

my $WALKER = 'tests/fsdamage/fswalk';

# What each case may change and must show.  IGNORE: patterns of report
# lines (without the "(fswalk) " prefix) that the damage may change, on
# both sides.  MUST: lines (strings, or patterns) the report must hold.
# REFUSE: the kernel refuses to mount the disk, printing this pattern.
# CLEAN maps each path to its line in the clean report; FS is the map of
# the image.
sub cases {
  my ($clean, $fs) = @_;
  my %line = %$clean;
  my $root = $fs->{root}{sector};
  (my $wide19 = $line{'/wide'}) =~ s/entries 20$/entries 19/;
  (my $w05 = $line{'/small'}) =~ s{^/small}{/wide/w05};
  return (
    'clean' => {},
    'leak' => {},
    'bits-past-end' => {},
    'reserved' => {},
    'entry-reserved' => {},
    'sb-reserved' => {},
    'name-padding' => {},
    'dot' => {},
    'dotdot' => {},
    'unmarked' => { IGNORE => [qr{^/small: }] },
    'double' => { IGNORE => [qr{^/big: }] },
    'bad-magic' => { IGNORE => [qr{^/small: }], MUST => ['/small: open failed'] },
    'bad-length' => { IGNORE => [qr{^/small: }], MUST => ['/small: open failed'] },
    'huge-length' => { IGNORE => [qr{^/small: }], MUST => ['/small: open failed'] },
    'bad-type' => { IGNORE => [qr{^/small: }], MUST => ['/small: open failed'] },
    'short-length' => { IGNORE => [qr{^/big: }], MUST => ['/big: open failed'] },
    'pointer-range' => { IGNORE => [qr{^/big: }], MUST => ['/big: open failed'] },
    'index-range' => { IGNORE => [qr{^/big: }],
                       MUST => [qr{^/big: file inumber $fs->{big}{sector} size 153583 read 62464 }] },
    # The free sector w03 names may have held a probe's inode by then.
    'dangling' => { IGNORE => [qr{^/wide/w03: }],
                    MUST => [qr{^/wide/w03: (open failed|file inumber $fs->{free} )}] },
    'entry-range' => { IGNORE => [qr{^/wide/w04: }], MUST => ['/wide/w04: open failed'] },
    'hard-link' => { IGNORE => [qr{^/wide/w05: }], MUST => [$w05] },
    'dup-name' => { IGNORE => [qr{^/wide/w0[67]: }] },
    'bad-name' => { IGNORE => [qr{^/wide: dir }, qr{^/wide/(w07|a/b): }],
                    MUST => [$wide19] },
    'long-name' => { IGNORE => [qr{^/wide: dir }, qr{^/wide/(w08|x+): }],
                     MUST => [$wide19] },
    'dir-hole' => { IGNORE => [qr{^/wide: dir }, qr{^/wide/w1[4-9]: }],
                    MUST => [qr{^/wide: dir inumber $fs->{wide}{sector} entries 14$}] },
    'dir-length' => { IGNORE => [qr{^/wide[:/]}], MUST => ['/wide: open failed'] },
    'no-dots' => { IGNORE => [qr{^/a/deep: dir }, qr{^/a/deep/[xy]: }],
                   MUST => ["/a/deep/x: dir inumber $fs->{deep}{sector} seen before; remove refused",
                            "/a/deep/y: dir inumber $fs->{a}{sector} seen before; remove refused"] },
    # /link -> a/deep/f, which is now the root: removing the link
    # itself succeeds.
    'cycle' => { IGNORE => [qr{^/a/deep/f: }, qr{^/link: }],
                 MUST => ["/a/deep/f: dir inumber $root seen before; remove refused",
                          "/link: dir inumber $root seen before; remove succeeded"] },
    'empty-index' => { IGNORE => [qr{^/sparse: }],
                       MUST => [qr{^/sparse: file inumber $fs->{sparse}{sector} size 143360 read 143360 }] },
    'symlink-nul' => { IGNORE => [qr{^/link: }], MUST => ['/link: open failed'] },
    'symlink-empty' => { IGNORE => [qr{^/link: }], MUST => ['/link: open failed'] },
    'sb-magic' => { REFUSE => qr/^hd\w: not formatted \(use -f\); not mounted\.$/ },
    'sb-size' => { REFUSE => qr/^hd\w: damaged superblock; not mounted\.$/ },
    'map-cleared' => { IGNORE => [qr{.}], SUPERBLOCK => 1 },
  );
}

# Drops from LINES those that match a pattern of IGNORE.
sub kept {
  my ($ignore, @lines) = @_;
  return grep { my $l = $_; !grep { $l =~ $_ } @$ignore } @lines;
}

# Fails unless the superblock of the run's disk is still the one the
# host wrote into IMAGE.
sub check_superblock {
  my ($image) = @_;
  open (my $fh, '<:raw', "$test.dsk") or fail "$test.dsk: $!\n";
  my $sector;
  read ($fh, $sector, 512);
  close ($fh);
  fail "the superblock was overwritten during the run\n"
    if $sector ne substr ($image, 0, 512);
}

sub check_walk {
  my ($case) = @_;
  my ($image, $fs) = build_walk_image ($WALKER, $case);
  fail "no such case: $case\n" if !defined $image;
  my @clean = clean_walk ($fs);
  my %clean = map { /^(\S+): (?:dir|file|open)/ ? ($1 => $_) : () } @clean;
  my %cases = cases (\%clean, $fs);
  my $spec = $cases{$case} or fail "no expectations for case $case\n";

  common_checks ("run", @output);
  if ($spec->{REFUSE}) {
    fail "the kernel did not refuse the disk with a message matching "
      . "$spec->{REFUSE}\n" if !grep { $_ =~ $spec->{REFUSE} } @output;
    check_expected (["load: fswalk: open failed\nfswalk: exit(-1)\n"]);
    pass;
  }

  my @core = get_core_output ("run", @output);
  my @report = map { /^\(fswalk\) (.*)$/ ? $1 : () } @core;
  my @leaks = grep { /\bLeak: / } @report;
  fail "the walker found counts that did not come back:\n"
    . join ('', map ("  $_\n", @leaks)) if @leaks;
  fail "the walker did not finish (no end line)\n"
    if !grep { $_ eq 'end' } @report;
  fail "the walker did not exit with 0\n"
    if !grep { $_ eq 'fswalk: exit(0)' } @core;
  for my $must (@{$spec->{MUST} // []}) {
    fail "the report lacks a line "
      . (ref $must ? "matching $must" : "\"$must\"") . "\n"
      if !grep { ref $must ? $_ =~ $must : $_ eq $must } @report;
  }
  check_superblock ($image) if $spec->{SUPERBLOCK};
  my $ignore = $spec->{IGNORE} // [];
  my @expected = ('(fswalk) begin',
                  map ("(fswalk) $_", kept ($ignore, @clean)),
                  '(fswalk) end', 'fswalk: exit(0)');
  my @actual = grep { !/^\(fswalk\) / || /^\(fswalk\) (begin|end)$/
                      || kept ($ignore, substr ($_, 9)) } @core;
  compare_output ("run", {}, \@actual, \@expected);
  pass;
}

1;


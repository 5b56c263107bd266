# The host side of the two-boot tests: reads the ustar archive that
# examples/tar wrote in the second boot, checks that it is well formed,
# and compares the tree in it with the tree the first boot made.  Also
# recomputes the contents pattern of tests/filesys/tree-lib.h.
#
#   use tests::tests;
#   use tests::filesys::archive;
#   check_persistence ('dir-deep', { 'a/' => DIR, 'a/f' => pattern (3, 100) },
#                      { IGNORE => ['child-fs'] });
#
# In the expected tree, a name ending in "/" is a directory (its value
# is DIR) and any other name a file whose value is its exact contents.

package tests::filesys::archive;

use strict;
use warnings;
use Exporter 'import';
use File::Basename qw(dirname);
use tests::tests;

our @EXPORT = qw(pattern read_archive check_persistence check_fsck
                 check_fsck_sees_leak DIR);

use constant DIR => 'DIR';

my $BLOCK = 512;

# Returns SIZE bytes of the pattern SEED, from offset OFS (default 0), as
# pattern_fill in tree-lib.h makes them.
sub pattern {
  my ($seed, $size, $ofs) = @_;
  $ofs //= 0;
  my $bytes = '';
  for my $i ($ofs .. $ofs + $size - 1) {
    # (I + SEED * 7919) * 2654435761 modulo 2**32, in pieces that stay
    # exact in Perl's numbers.
    my $x = ($i + $seed * 7919) & 0xffffffff;
    my $product = ($x & 0xffff) * 2654435761
                  + ((($x >> 16) * 2654435761) & 0xffff) * 65536;
    $bytes .= chr ((($product & 0xffffffff) >> 13) & 0xff);
  }
  return $bytes;
}

# Reads the ustar archive FILE.  Returns a reference to a hash of its
# entries (name => DIR or contents), or fails the test with what is
# wrong with the archive.
sub read_archive {
  my ($file) = @_;
  open (my $fh, '<:raw', $file) or fail ("archive $file: cannot read: $!\n");
  my $data = do { local $/; <$fh> } // '';
  close ($fh);
  my $size = length $data;
  fail ("archive $file: its size $size is not a whole number of "
        . "$BLOCK-byte blocks\n") if $size % $BLOCK;
  my %tree;
  my $pos = 0;
  while (1) {
    fail ("archive $file: no end marker (two zero blocks) after byte $pos\n")
      if $pos + 2 * $BLOCK > $size;
    my $header = substr ($data, $pos, $BLOCK);
    if ($header eq "\0" x $BLOCK) {
      fail ("archive $file: a single zero block at byte $pos, not two\n")
        if substr ($data, $pos + $BLOCK, $BLOCK) ne "\0" x $BLOCK;
      last;
    }
    my ($name, $type, $length) = parse_header ($file, $pos, $header);
    $pos += $BLOCK;
    fail ("archive $file: \"$name\" appears twice\n") if exists $tree{$name};
    if ($type eq '5') {
      $tree{$name} = DIR;
      next;
    }
    fail ("archive $file: \"$name\" is cut short\n")
      if $pos + $length > $size;
    $tree{$name} = substr ($data, $pos, $length);
    $pos += int (($length + $BLOCK - 1) / $BLOCK) * $BLOCK;
  }
  return \%tree;
}

# Checks the ustar HEADER at byte POS of archive FILE and returns the
# name (directories with their "/"), the type flag and the size.
sub parse_header {
  my ($file, $pos, $header) = @_;
  my ($name, $size, $chksum, $type, $magic, $version, $prefix)
    = unpack ('Z100 x24 A12 x12 A8 a1 x100 a6 a2 x80 Z155', $header);
  my $where = "archive $file, header at byte $pos";
  fail ("$where: magic is not \"ustar\\0\" \"00\"\n")
    if $magic ne "ustar\0" || $version ne '00';
  my $copy = $header;
  substr ($copy, 148, 8) = ' ' x 8;
  my $sum = unpack ('%32C*', $copy);
  $chksum =~ s/\0.*//s;
  fail ("$where: checksum $chksum does not match the header's sum "
        . sprintf ('%o', $sum) . "\n") if $chksum !~ /^\s*[0-7]+\s*$/
                                          || oct ($chksum) != $sum;
  $size =~ s/\0.*//s;
  fail ("$where: size field \"$size\" is not octal\n")
    if $size !~ /^\s*[0-7]+\s*$/;
  fail ("$where: type '$type' is neither a file nor a directory\n")
    if $type ne '0' && $type ne '5';
  $name = "$prefix/$name" if $prefix ne '';
  fail ("$where: directory name \"$name\" does not end in \"/\"\n")
    if $type eq '5' && $name !~ m{/$};
  return ($name, $type, oct ($size));
}

# Where the host has a tar, checks that it lists the archive FILE with
# exactly the names in TREE (a hash reference from read_archive).
sub check_with_host_tar {
  my ($file, $tree) = @_;
  return if system ('tar --version >/dev/null 2>&1') != 0;
  my @names = `tar -tf "$file" 2>&1`;
  my $status = $? >> 8;
  chomp (@names);
  fail ("the host's tar cannot read $file (exit $status):\n"
        . join ('', map { "  $_\n" } @names[0 .. ($#names < 9 ? $#names : 9)]))
    if $status != 0;
  my $want = join ("\n", sort keys %$tree);
  my $got = join ("\n", sort @names);
  fail ("the host's tar lists other names in $file than its headers hold:\n"
        . "  tar: $got\n  headers: $want\n") if $got ne $want;
}

# Runs utils/pintos-fsck on DISK; fails the test with its report unless
# the disk is clean.
sub check_fsck {
  my ($disk) = @_;
  my $fsck = dirname ($0) . '/../../utils/pintos-fsck';
  my $report = `"$^X" "$fsck" "$disk" 2>&1`;
  fail ("pintos-fsck finds problems on $disk:\n$report") if $? != 0;
}

# Proves that pintos-fsck notices damage on the kernel's own DISK: marks
# in use, in a copy, the last sector its free map has free, and fails the
# test unless pintos-fsck reports that sector as leaked.
sub check_fsck_sees_leak {
  my ($disk) = @_;
  open (my $in, '<:raw', $disk) or fail ("$disk: cannot read: $!\n");
  my $image = do { local $/; <$in> };
  close ($in);
  my ($sectors, $map_start) = unpack ('x4 V V', $image);
  my $map = substr ($image, $map_start * 512, int (($sectors + 7) / 8));
  my ($free) = grep { !vec ($map, $_, 1) } reverse 0 .. $sectors - 1;
  return if !defined $free;
  vec ($map, $free, 1) = 1;
  substr ($image, $map_start * 512, length $map) = $map;
  my $copy = "$disk.leak";
  open (my $out, '>:raw', $copy) or fail ("$copy: cannot write: $!\n");
  print $out $image;
  close ($out);
  my $fsck = dirname ($0) . '/../../utils/pintos-fsck';
  my $report = `"$^X" "$fsck" "$copy" 2>&1`;
  my $status = $? >> 8;
  unlink ($copy);
  fail ("pintos-fsck did not report sector $free, marked in use in a copy "
        . "of $disk, as leaked (exit $status):\n$report")
    if $status != 1 || $report !~ /\(leaked\): .*\b$free\b/;
}

# The whole check of a two-boot test whose first boot ran BASE: both
# consoles, the archive against EXPECTED (a hash reference), and the
# disk, which pintos-fsck must find clean, and must find damaged once one
# sector in a copy of it is leaked.  OPTIONS (a hash reference, may be left out): HALT => 1 when
# BASE ends with halt (its console then ends after "(BASE) begin" and
# what it printed, with no exit line); IGNORE => [NAMES] for more
# top-level files (helper programs) to leave out of the comparison,
# besides BASE and tar.
sub check_persistence {
  my ($base, $expected, $options) = @_;
  $options //= {};
  my @first = read_text_file ("$test.boot1.output");
  common_checks ("first boot", @first);
  my @core = get_core_output ("first boot", @first);
  my $ended = $options->{HALT}
              ? grep ({ $_ eq "($base) begin" } @core)
                && !grep ({ /: exit\(/ } @core)
              : grep ({ $_ eq "($base) end" } @core)
                && grep ({ $_ eq "$base: exit(0)" } @core);
  fail ("first boot: \"$base\" did not end well:\n"
        . join ('', map { "  $_\n" } @core)) if !$ended;

  common_checks ("second boot", @output);
  my @tar = get_core_output ("second boot", @output);
  fail ("second boot: tar did not end well:\n"
        . join ('', map { "  $_\n" } @tar))
    if "@tar" ne 'tar: exit(0)';

  my $actual = read_archive ("$test.tar");
  check_with_host_tar ("$test.tar", $actual);
  delete $actual->{$_} for ($base, 'tar', @{$options->{IGNORE} // []});
  compare_trees ($actual, $expected);
  check_fsck ("$test.dsk");
  check_fsck_sees_leak ("$test.dsk");
  pass ();
}

# Fails the test, listing the differences, unless the trees ACTUAL and
# EXPECTED are equal.
sub compare_trees {
  my ($actual, $expected) = @_;
  my @problems;
  for my $name (sort keys %$expected) {
    my $want = $expected->{$name};
    my $got = $actual->{$name};
    if (!defined $got) {
      push (@problems, "missing from the archive: $name");
    } elsif ($want eq DIR || $got eq DIR) {
      push (@problems, "$name: a " . ($got eq DIR ? 'directory' : 'file')
                       . " where a " . ($want eq DIR ? 'directory' : 'file')
                       . " was expected") if $want ne $got;
    } elsif (length $got != length $want) {
      push (@problems, "$name: " . length ($got) . " bytes, expected "
                       . length ($want));
    } elsif ($got ne $want) {
      my $i = 0;
      $i++ while substr ($got, $i, 1) eq substr ($want, $i, 1);
      push (@problems, "$name: wrong contents from byte $i on");
    }
  }
  push (@problems, "not expected in the archive: $_")
    for grep { !exists $expected->{$_} } sort keys %$actual;
  return if !@problems;
  my @shown = @problems > 30 ? (@problems[0 .. 29], '...') : @problems;
  fail ("the archive differs from the tree the first boot made:\n"
        . join ('', map { "  $_\n" } @shown));
}

1;

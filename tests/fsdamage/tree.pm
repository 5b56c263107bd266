# The disk images of the fsdamage suite and what the walker
# (tests/fsdamage/fswalk.c) should report on the clean one.  The tree is
# that of tests/fsck/damage.pm, with the walker added to the root as
# "fswalk"; the damage cases are damage.pm's and a few of our own that
# aim at the kernel rather than at pintos-fsck.

package tests::fsdamage::tree;

use strict;
use warnings;
use tests::fsck::damage qw(build_image damage_cases);
use Exporter 'import';
our @EXPORT_OK = qw (build_walk_image clean_walk);

my $SECTOR = 512;

# Damage cases of this suite only: NAME => function, as in damage.pm.
sub own_cases {
  return (
    # Entry 0 of /big's indirect block names a sector past the disk.
    'index-range' => sub {
      my $block = unpack ('V', substr ($_[0], $_[1]{big}{sector} * $SECTOR
                                       + 504, 4));
      substr ($_[0], $block * $SECTOR, 4) = pack ('V', 999999);
    },
    # Every free-map bit is clear: sector 0, the map and every inode
    # look free.
    'map-cleared' => sub {
      substr ($_[0], $SECTOR, $SECTOR) = "\0" x $SECTOR;
    },
  );
}

# Returns the image of CASE with the program file WALKER in its root,
# and the map of its parts (see damage.pm); nothing for an unknown
# case.
sub build_walk_image {
  my ($walker, $case) = @_;
  my %damage = (damage_cases (), own_cases ());
  return if !$damage{$case};
  open (my $fh, '<:raw', $walker) or die "$walker: $!\n";
  my $bytes = do { local $/; <$fh> };
  close ($fh);
  my ($image, $fs) = build_image (sub {
    $_[0]->add_file_bytes ($_[0]->root, 'fswalk', $bytes);
  });
  $damage{$case}->($image, $fs);
  return ($image, $fs);
}

# Returns the bytes of file INODE (holes as zeros).
sub file_bytes {
  my ($inode) = @_;
  my $bytes = '';
  my $cnt = int (($inode->{length} + $SECTOR - 1) / $SECTOR);
  for my $i (0 .. $cnt - 1) {
    my $data = $inode->{contents}{$i} // '';
    $bytes .= $data . "\0" x ($SECTOR - length $data);
  }
  return substr ($bytes, 0, $inode->{length});
}

# The Adler-32 checksum of BYTES, as the walker prints it.
sub adler {
  my ($bytes) = @_;
  my ($a, $b) = (1, 0);
  for my $c (unpack ('C*', $bytes)) {
    $a = ($a + $c) % 65521;
    $b = ($b + $a) % 65521;
  }
  return sprintf ('%08x', ($b << 16) | $a);
}

# Returns the inode that the relative path TARGET names from directory
# DIR of TREE, or undef.
sub resolve {
  my ($tree, $dir, $target) = @_;
  my $cur = $dir;
  for my $name (grep { $_ ne '' } split (m{/}, $target)) {
    return undef if $cur->{type} != 2;
    my ($entry) = grep { $_->[1] eq $name } @{$cur->{entries}};
    return undef if !$entry;
    $cur = $tree->{inodes}{$entry->[0]};
  }
  return $cur;
}

# Appends to LINES what the walker reports for INODE at PATH, found in
# directory DIR of TREE.
sub walk_lines {
  my ($tree, $lines, $path, $inode, $dir) = @_;
  if ($inode->{type} == 3) {
    $inode = resolve ($tree, $dir, $inode->{contents}{0});
    push (@$lines, "$path: open failed"), return if !$inode;
  }
  if ($inode->{type} == 1) {
    my $bytes = file_bytes ($inode);
    push (@$lines, sprintf ('%s: file inumber %d size %d read %d adler %s',
                            $path, $inode->{sector}, length $bytes,
                            length $bytes, adler ($bytes)));
    return;
  }
  my @children = @{$inode->{entries}}[2 .. $#{$inode->{entries}}];
  push (@$lines, sprintf ('%s: dir inumber %d entries %d', $path,
                          $inode->{sector}, scalar @children));
  for my $entry (@children) {
    my $child = $path eq '/' ? "/$entry->[1]" : "$path/$entry->[1]";
    walk_lines ($tree, $lines, $child, $tree->{inodes}{$entry->[0]}, $inode);
  }
  push (@$lines, "$path: probe ok");
}

# Returns the walker's report on the clean tree of the map FS, one line
# per item without the "(fswalk) " prefix, in the walker's order.
sub clean_walk {
  my ($fs) = @_;
  my @lines;
  walk_lines ($fs->{tree}, \@lines, '/', $fs->{root}, $fs->{root});
  return @lines;
}

1;

# Builds file-system disk images in the on-disk format of docs/filesys.md,
# on the host, so that pintos-fsck can be tested without the kernel: a
# clean image with every kind of inode, and the map of where each piece
# landed so that a test can damage exactly one thing.
#
#   my $fs = tests::fsck::fsimage->new (SECTORS);
#   my $dir = $fs->mkdir ($fs->root, "a");
#   my $file = $fs->add_file ($dir, "f", LENGTH, [DATA-SECTOR-INDEX...]);
#   $fs->add_file_bytes ($dir, "g", BYTES);
#   $fs->symlink ($dir, "ln", "target");
#   my $image = $fs->image;
#
# Every method that makes an inode returns a hash describing it: its
# inode sector, its data sectors by index, its index blocks.

package tests::fsck::fsimage;

use strict;
use warnings;

my $SECTOR = 512;
my $SB_MAGIC = 0x31534650;
my $INODE_MAGIC = 0x494e4f44;
my $DIRECT_CNT = 122;
my $PTRS = 128;

# Returns a new, formatted file system of SECTORS sectors: superblock,
# free map, and a root directory holding "." and "..".
sub new {
  my ($class, $sectors) = @_;
  my $map_sectors = int (($sectors + $SECTOR * 8 - 1) / ($SECTOR * 8));
  my $self = bless { sectors => $sectors, map_sectors => $map_sectors,
                     data => {}, used => {}, next => 1 + $map_sectors },
                   $class;
  $self->{used}{$_} = 1 for 0 .. $map_sectors;
  my $root_sector = $self->alloc;
  $self->{root} = $self->new_inode ($root_sector, 2, $root_sector);
  $self->{root}{entries} = [];
  $self->add_entry ($self->{root}, '.', $root_sector);
  $self->add_entry ($self->{root}, '..', $root_sector);
  return $self;
}

sub root { return $_[0]{root}; }

# Allocates and returns the next free sector.
sub alloc {
  my ($self) = @_;
  my $n = $self->{next}++;
  die "image full\n" if $n >= $self->{sectors};
  $self->{used}{$n} = 1;
  return $n;
}

# Returns a new inode record of TYPE at SECTOR whose parent directory is
# PARENT (a sector, or 0).
sub new_inode {
  my ($self, $sector, $type, $parent) = @_;
  return $self->{inodes}{$sector}
    = { sector => $sector, type => $type, parent => $parent,
        length => 0, data => {}, contents => {} };
}

# Makes directory NAME in directory DIR; returns the new directory.
sub mkdir {
  my ($self, $dir, $name) = @_;
  my $sub = $self->new_inode ($self->alloc, 2, $dir->{sector});
  $sub->{entries} = [];
  $self->add_entry ($sub, '.', $sub->{sector});
  $self->add_entry ($sub, '..', $dir->{sector});
  $self->add_entry ($dir, $name, $sub->{sector});
  return $sub;
}

# Adds the entry NAME -> SECTOR to directory DIR, allocating data
# sectors as it grows.
sub add_entry {
  my ($self, $dir, $name, $sector) = @_;
  push (@{$dir->{entries}}, [$sector, $name]);
  my $idx = int ((32 * @{$dir->{entries}} - 1) / $SECTOR);
  $dir->{data}{$idx} //= $self->alloc;
  $dir->{length} = ($idx + 1) * $SECTOR;
}

# Makes file NAME of LENGTH bytes in DIR, with data sectors allocated at
# the indexes in ALLOCATED (default: all of them, a dense file); sector
# I of the file holds the byte I % 256 repeated.  Returns the file.
sub add_file {
  my ($self, $dir, $name, $length, $allocated) = @_;
  my $file = $self->new_inode ($self->alloc, 1, 0);
  $file->{length} = $length;
  my $cnt = int (($length + $SECTOR - 1) / $SECTOR);
  $allocated //= [0 .. $cnt - 1];
  for my $i (@$allocated) {
    $file->{data}{$i} = $self->alloc;
    $file->{contents}{$i} = chr ($i % 256) x $SECTOR;
  }
  $self->add_entry ($dir, $name, $file->{sector});
  return $file;
}

# Makes file NAME in DIR holding the string BYTES, every data sector
# allocated.  Returns the file.
sub add_file_bytes {
  my ($self, $dir, $name, $bytes) = @_;
  my $file = $self->new_inode ($self->alloc, 1, 0);
  $file->{length} = length $bytes;
  for (my $i = 0; $i * $SECTOR < length $bytes; $i++) {
    $file->{data}{$i} = $self->alloc;
    $file->{contents}{$i} = substr ($bytes, $i * $SECTOR, $SECTOR);
  }
  $self->add_entry ($dir, $name, $file->{sector});
  return $file;
}

# Makes symbolic link NAME in DIR pointing to TARGET.  Returns the link.
sub symlink {
  my ($self, $dir, $name, $target) = @_;
  my $link = $self->new_inode ($self->alloc, 3, 0);
  $link->{length} = length $target;
  $link->{data}{0} = $self->alloc;
  $link->{contents}{0} = $target;
  $self->add_entry ($dir, $name, $link->{sector});
  return $link;
}

# Returns the whole image as a string.
sub image {
  my ($self) = @_;
  my $image = "\0" x ($self->{sectors} * $SECTOR);
  my $put = sub {
    my ($n, $bytes) = @_;
    substr ($image, $n * $SECTOR, length $bytes) = $bytes;
  };
  $self->write_inodes ($self->{root}, $put, {});
  $put->(0, pack ('V5', $SB_MAGIC, $self->{sectors}, 1,
                  $self->{map_sectors}, $self->{root}{sector}));
  my $map = "\0" x ($self->{map_sectors} * $SECTOR);
  vec ($map, $_, 1) = 1 for keys %{$self->{used}};
  vec ($map, $_, 1) = 1 for $self->{sectors} .. length ($map) * 8 - 1;
  $put->(1, $map);
  return $image;
}

# Writes the inode INODE, its tree and, for a directory, every inode
# under it, through PUT (sector, bytes).  DONE holds the sectors written.
sub write_inodes {
  my ($self, $inode, $put, $done) = @_;
  return if $done->{$inode->{sector}}++;
  my @ptrs = $self->build_tree ($inode, $put);
  $put->($inode->{sector}, pack ('V l< V V V124', $INODE_MAGIC,
                                  $inode->{length}, $inode->{type},
                                  0,
                                  @ptrs));
  return if $inode->{type} != 2;
  my $bytes = join ('', map { pack ('V a15 x13', @$_) } @{$inode->{entries}});
  $bytes .= "\0" x ($inode->{length} - length $bytes);
  for my $idx (keys %{$inode->{data}}) {
    $put->($inode->{data}{$idx}, substr ($bytes, $idx * $SECTOR, $SECTOR));
  }
  for my $entry (@{$inode->{entries}}[2 .. $#{$inode->{entries}}]) {
    my $child = $self->{inodes}{$entry->[0]};
    $self->write_inodes ($child, $put, $done) if $child;
  }
}

# Writes the data and index blocks of INODE through PUT and returns its
# 124 inode pointers.  Index blocks are allocated here, on first write,
# and remembered in INODE->{index}.
sub build_tree {
  my ($self, $inode, $put) = @_;
  my @direct = (0) x $DIRECT_CNT;
  my @single = (0) x $PTRS;
  my %double;
  for my $idx (sort { $a <=> $b } keys %{$inode->{data}}) {
    my $ptr = $inode->{data}{$idx};
    $put->($ptr, $inode->{contents}{$idx}) if defined $inode->{contents}{$idx};
    if ($idx < $DIRECT_CNT) {
      $direct[$idx] = $ptr;
    } elsif ($idx < $DIRECT_CNT + $PTRS) {
      $single[$idx - $DIRECT_CNT] = $ptr;
    } else {
      my $j = $idx - $DIRECT_CNT - $PTRS;
      $double{int ($j / $PTRS)}[$j % $PTRS] = $ptr;
    }
  }
  my $index = $inode->{index} //= {};
  my $indirect = 0;
  if (grep { $_ } @single) {
    $indirect = $index->{indirect} //= $self->alloc;
    $put->($indirect, pack ("V$PTRS", @single));
  }
  my $doubly = 0;
  if (%double) {
    $doubly = $index->{doubly} //= $self->alloc;
    my @outer = (0) x $PTRS;
    for my $o (sort { $a <=> $b } keys %double) {
      $outer[$o] = $index->{"inner$o"} //= $self->alloc;
      $put->($outer[$o], pack ("V$PTRS", map { $_ // 0 }
                                             @{$double{$o}}[0 .. $PTRS - 1]));
    }
    $put->($doubly, pack ("V$PTRS", @outer));
  }
  return (@direct, $indirect, $doubly);
}

1;

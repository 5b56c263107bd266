# The test tree and the ways to damage it, shared by the suites that
# build disk images on the host: fsck (does pintos-fsck name the damage?)
# and fsdamage (does the kernel survive it?).
#
#   my ($image, $fs) = tests::fsck::damage::build_image (EXTRA);
#   my %damage = tests::fsck::damage::damage_cases ();
#   $damage{'bad-magic'}->($image, $fs);
#
# EXTRA, if given, is called with the tests::fsck::fsimage object after
# the tree is made and before the image is written, to add more files.
# $fs maps the tree's parts to the records fsimage returned (their
# sectors), and holds 'sectors' (the image's size), 'tree' (the fsimage
# object) and 'free' (the first sector nothing uses).

package tests::fsck::damage;

use strict;
use warnings;
use tests::fsck::fsimage;
use Exporter 'import';
our @EXPORT_OK = qw (build_image damage_cases);

my $SECTOR = 512;

# Builds the clean image and returns it with the map of its parts.  The
# tree:
#   /small (1000 bytes)  /big (300 sectors: direct, indirect and doubly
#   indirect)  /sparse (3 sectors allocated over 280)  /empty
#   /link -> a/deep/f  /a/deep/f  /wide/w00 .. w19 (empty files)
sub build_image {
  my ($extra) = @_;
  my %fs;
  my $fs = tests::fsck::fsimage->new (2048);
  $fs{tree} = $fs;
  $fs{sectors} = 2048;
  $fs{root} = $fs->root;
  $fs{a} = $fs->mkdir ($fs->root, 'a');
  $fs{small} = $fs->add_file ($fs->root, 'small', 1000);
  $fs{big} = $fs->add_file ($fs->root, 'big', 300 * $SECTOR - 17);
  $fs{sparse} = $fs->add_file ($fs->root, 'sparse', 280 * $SECTOR, [0, 130, 270]);
  $fs{empty} = $fs->add_file ($fs->root, 'empty', 0);
  $fs{link} = $fs->symlink ($fs->root, 'link', 'a/deep/f');
  $fs{deep} = $fs->mkdir ($fs{a}, 'deep');
  $fs{f} = $fs->add_file ($fs{deep}, 'f', 3);
  $fs{wide} = $fs->mkdir ($fs->root, 'wide');
  $fs->add_file ($fs{wide}, sprintf ('w%02d', $_), 0) for 0 .. 19;
  $extra->($fs) if $extra;
  my $image = $fs->image;
  $fs{free} = $fs->alloc;
  return ($image, \%fs);
}

# Returns the damage cases: NAME => a function that damages the image
# (its first argument, changed in place) described by the map (its
# second).  'clean' damages nothing.
sub damage_cases {
  return (
  'clean' => sub { },
  'leak' => sub { set_bit ($_[0], $_[1]{free}, 1) },
  'unmarked' => sub { set_bit ($_[0], $_[1]{small}{data}{0}, 0) },
  'double' => sub { set_ptr ($_[0], $_[1]{big}, 5, $_[1]{small}{data}{0}) },
  'bad-magic' => sub { set_u32 ($_[0], $_[1]{small}{sector}, 0, 0x12345678) },
  'bad-length' => sub { set_u32 ($_[0], $_[1]{small}{sector}, 4, 0xfffffffb) },
  'short-length' => sub { set_u32 ($_[0], $_[1]{big}{sector}, 4, 512) },
  'huge-length' => sub { set_u32 ($_[0], $_[1]{small}{sector}, 4, 0x7fffffff) },
  'dangling' => sub { set_entry ($_[0], $_[1]{wide}, 5, $_[1]{free}) },
  'entry-range' => sub { set_entry ($_[0], $_[1]{wide}, 6, 999999) },
  'bad-type' => sub { set_u32 ($_[0], $_[1]{small}{sector}, 8, 9) },
  'dot' => sub { set_entry ($_[0], $_[1]{a}, 0, $_[1]{root}{sector}) },
  'dotdot' => sub { set_entry ($_[0], $_[1]{a}, 1, $_[1]{a}{sector}) },
  'no-dots' => sub { set_name ($_[0], $_[1]{deep}, 0, 'x');
                     set_name ($_[0], $_[1]{deep}, 1, 'y') },
  'hard-link' => sub { set_entry ($_[0], $_[1]{wide}, 7, $_[1]{small}{sector}) },
  'dup-name' => sub { set_name ($_[0], $_[1]{wide}, 8, 'w07') },
  'bad-name' => sub { set_name ($_[0], $_[1]{wide}, 9, 'a/b') },
  'name-padding' => sub { set_name ($_[0], $_[1]{wide}, 11, "w09\0junk") },
  'long-name' => sub { set_name ($_[0], $_[1]{wide}, 10, 'x' x 15) },
  'empty-index' => sub { clear_indirect_entry ($_[0], $_[1]{sparse}) },
  'bits-past-end' => sub { set_bit ($_[0], $_[1]{sectors} + 3, 0) },
  'sb-magic' => sub { set_u32 ($_[0], 0, 0, 0) },
  'sb-size' => sub { set_u32 ($_[0], 0, 4, 100000) },
  'symlink-nul' => sub { substr ($_[0], $_[1]{link}{data}{0} * $SECTOR + 2, 1) = "\0" },
  'symlink-empty' => sub { set_u32 ($_[0], $_[1]{link}{sector}, 4, 0) },
  'dir-hole' => sub { set_ptr ($_[0], $_[1]{wide}, 1, 0) },
  'pointer-range' => sub { set_ptr ($_[0], $_[1]{big}, 0, 1) },
  'cycle' => sub { set_entry ($_[0], $_[1]{deep}, 2, $_[1]{root}{sector}) },
  'reserved' => sub { set_u32 ($_[0], $_[1]{deep}{sector}, 12, 77) },
  'entry-reserved' => sub { substr ($_[0], entry_offset ($_[1]{wide}, 4) + 25, 1) = 'x' },
  'sb-reserved' => sub { set_u32 ($_[0], 0, 100, 1) },
  'dir-length' => sub { set_u32 ($_[0], $_[1]{wide}{sector}, 4, 1000) },
  );
}

# Sets the 32-bit word at byte OFFSET of sector SECTOR of IMAGE to VALUE.
sub set_u32 {
  my ($sector, $offset, $value) = @_[1 .. 3];
  substr ($_[0], $sector * $SECTOR + $offset, 4) = pack ('V', $value);
}

# Sets free-map bit N of IMAGE to VALUE.
sub set_bit {
  my ($n, $value) = @_[1, 2];
  my $pos = $SECTOR + int ($n / 8);
  my $byte = ord (substr ($_[0], $pos, 1));
  $byte = $value ? $byte | (1 << ($n % 8)) : $byte & ~(1 << ($n % 8));
  substr ($_[0], $pos, 1) = chr ($byte);
}

# Sets direct pointer I of INODE in IMAGE to VALUE.
sub set_ptr {
  my ($inode, $i, $value) = @_[1 .. 3];
  set_u32 ($_[0], $inode->{sector}, 16 + 4 * $i, $value);
}

# Returns the byte offset in IMAGE of entry I of directory DIR.
sub entry_offset {
  my ($dir, $i) = @_;
  return $dir->{data}{int ($i / 16)} * $SECTOR + ($i % 16) * 32;
}

# Points entry I of DIR in IMAGE at SECTOR.
sub set_entry {
  my ($dir, $i, $sector) = @_[1 .. 3];
  substr ($_[0], entry_offset ($dir, $i), 4) = pack ('V', $sector);
}

# Sets the 15 name bytes of entry I of DIR in IMAGE to NAME, padded with
# zero bytes (NAME may hold a null byte, or fill all 15).
sub set_name {
  my ($dir, $i, $name) = @_[1 .. 3];
  substr ($_[0], entry_offset ($dir, $i) + 4, 15) = pack ('a15', $name);
}

# Clears the one entry of the indirect block of FILE in IMAGE, leaving the
# block allocated but empty.
sub clear_indirect_entry {
  my ($file) = $_[1];
  my $block = unpack ('V', substr ($_[0], $file->{sector} * $SECTOR + 504, 4));
  substr ($_[0], $block * $SECTOR, $SECTOR) = "\0" x $SECTOR;
}

1;

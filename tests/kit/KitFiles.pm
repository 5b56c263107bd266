# File helpers shared by the course kit's host tests (tests/kit/*.pl):
# reading a whole file, and writing or appending text to one.
package KitFiles;

use strict;
use warnings;
use Exporter qw(import);

our @EXPORT = qw(slurp write_file append);

# Returns the contents of FILE, or undef if it cannot be read.
sub slurp {
    my ($file) = @_;
    open (my $fh, '<', $file) or return undef;
    local $/;
    my $text = <$fh>;
    close ($fh);
    return $text;
}

# Replaces FILE's contents with TEXT; dies on failure.
sub write_file {
    my ($file, $text) = @_;
    open (my $fh, '>', $file) or die "$file: $!\n";
    print $fh $text;
    close ($fh);
}

# Appends TEXT to FILE; dies on failure.
sub append {
    my ($file, $text) = @_;
    open (my $fh, '>>', $file) or die "$file: $!\n";
    print $fh $text;
    close ($fh);
}

1;

#!/usr/bin/perl
# Fold Polish diacritics in a hunspell affix file (UTF-8) for an ASCII-only PostgreSQL ispell dictionary.
# Inside negated condition classes [^...] Polish letters are dropped (not mapped), otherwise e.g.
# [^ąe] would become [^ae] and wrongly exclude 'a' (shared/reference/tools.md §3.4).
use strict; use warnings; use utf8;
binmode STDIN, ':encoding(UTF-8)'; binmode STDOUT, ':encoding(UTF-8)';
sub fold { my $s = shift; $s =~ tr/ąćęłńóśźżĄĆĘŁŃÓŚŹŻ/acelnoszzACELNOSZZ/; return $s; }
while (my $line = <STDIN>) {
  if ($line =~ /^(SFX|PFX)\s/) {
    my @f = split /(\s+)/, $line;   # keep separators; fields at even indexes: 0 type, 2 flag, 4 strip, 6 add, 8 cond
    if (@f >= 9) {
      my $cond = $f[8];
      $cond =~ s{\[\^([^\]]*)\]}{ my $c = $1; $c =~ s/[ąćęłńóśźżĄĆĘŁŃÓŚŹŻ]//g; length($c) ? "[^$c]" : "." }ge;
      $f[8] = $cond;
    }
    $line = join '', @f;
  }
  print fold($line);
}

<?php
// Writes lexers.json: the lexer names SyntaxHighlight 1.39 knows (its bundled SyntaxHighlight.lexers.php)
// and the GeSHi names it maps to them (SyntaxHighlightGeSHiCompat), from an installed extension.
//     php extract-lexers.php [/usr/share/mediawiki/extensions/SyntaxHighlight_GeSHi]
$dir = $argv[1] ?? '/usr/share/mediawiki/extensions/SyntaxHighlight_GeSHi';
$lexers = require "$dir/SyntaxHighlight.lexers.php";
require "$dir/includes/SyntaxHighlightGeSHiCompat.php";
$map = MediaWiki\SyntaxHighlight\SyntaxHighlightGeSHiCompat::getGeSHiToPygmentsMap();
ksort( $map );
$names = array_keys( $lexers );
sort( $names );
file_put_contents( __DIR__ . '/lexers.json', json_encode( [ 'lexers' => $names, 'geshi' => $map ], JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES ) . "\n" );
echo count( $names ), " lexers, ", count( $map ), " GeSHi names\n";

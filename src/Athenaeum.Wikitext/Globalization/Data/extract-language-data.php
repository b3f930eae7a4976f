<?php
// Extracts the language data Athenaeum needs (month and day names, number separators, plural
// rules, date formats, a whitelist of interface messages, language autonyms) from an installed
// MediaWiki 1.39 into languages.json, which is embedded in Athenaeum.Wikitext.
//
//   php extract-language-data.php /usr/share/mediawiki > languages.json
//
// Values that MediaWiki's LocalisationCache inherits whole through the fallback chain (separators,
// digit tables, grouping, RTL, plural rules) are resolved here; messages and date formats, which it
// merges key by key, are stored per language as defined and resolved at run time.
// This is our own extraction script: it reads MediaWiki's data files, it runs none of its code.

$mw = $argv[1] ?? '/usr/share/mediawiki';

// Content languages of the wikis we expect (the largest Wikipedias, the African languages near
// Fante, and every language with special number formatting); their fallbacks are added below.
$wanted = [
	'en', 'fat', 'ak', 'tw', 'ee', 'gaa', 'ha', 'yo', 'ig', 'sw', 'zu', 'xh', 'af', 'am', 'so', 'wo',
	'ar', 'arz', 'fa', 'he', 'ur', 'ps', 'ckb', 'yi', 'hi', 'bn', 'ta', 'te', 'mr', 'gu', 'kn', 'ml',
	'pa', 'ne', 'si', 'th', 'my', 'km', 'lo', 'vi', 'id', 'ms', 'tl', 'jv', 'su', 'ceb', 'war',
	'zh', 'zh-hans', 'zh-hant', 'yue', 'ja', 'ko', 'ru', 'uk', 'be', 'be-tarask', 'bg', 'sr',
	'sr-ec', 'sr-el', 'hr', 'bs', 'sh', 'sl', 'mk', 'pl', 'cs', 'sk', 'hu', 'ro', 'el', 'tr', 'az',
	'kk', 'uz', 'ky', 'tt', 'ba', 'ka', 'hy', 'de', 'de-at', 'de-ch', 'als', 'lb', 'nl', 'fy',
	'fr', 'br', 'oc', 'es', 'pt', 'pt-br', 'it', 'ca', 'gl', 'eu', 'ast', 'an', 'sv', 'nb', 'no',
	'nn', 'da', 'is', 'fo', 'fi', 'et', 'lv', 'lt', 'ga', 'gd', 'cy', 'la', 'eo', 'sq', 'simple',
	'en-gb', 'en-ca', 'mt', 'ku', 'ku-latn', 'mn', 'tg', 'sa', 'or', 'as', 'dv', 'ug', 'sd', 'ks',
	'bo', 'dz', 'new', 'bh', 'mai', 'nds', 'vec', 'scn', 'nap', 'lmo', 'pms', 'rm', 'wa', 'li',
	'ln', 'kg', 'rw', 'rn', 'lg', 'mg', 'ny', 'sn', 'st', 'tn', 'ts', 've', 'ss', 'nso', 'om',
	'ti', 'ff', 'bm', 'kab', 'ber', 'shi', 'kbp', 'dag', 'guw', 'fon', 'tum', 'gur', 'nqo',
];

$messageKeys = array_merge(
	[ 'january', 'february', 'march', 'april', 'may_long', 'june', 'july', 'august', 'september',
		'october', 'november', 'december' ],
	[ 'january-gen', 'february-gen', 'march-gen', 'april-gen', 'may-gen', 'june-gen', 'july-gen',
		'august-gen', 'september-gen', 'october-gen', 'november-gen', 'december-gen' ],
	[ 'jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec' ],
	[ 'sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday' ],
	[ 'sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat' ],
	array_map( static fn ( $i ) => "iranian-calendar-m$i", range( 1, 12 ) ),
	array_map( static fn ( $i ) => "hijri-calendar-m$i", range( 1, 12 ) ),
	array_map( static fn ( $i ) => "hebrew-calendar-m$i", range( 1, 12 ) ),
	array_map( static fn ( $i ) => "hebrew-calendar-m$i-gen", range( 1, 12 ) ),
	[ 'hebrew-calendar-m6a', 'hebrew-calendar-m6b', 'hebrew-calendar-m6a-gen', 'hebrew-calendar-m6b-gen' ],
	[ 'formatnum-nan', 'duplicate-defaultsort', 'duplicate-displaytitle', 'restricted-displaytitle',
		'expensive-parserfunction-category', 'expensive-parserfunction-warning',
		'nonnumeric-formatnum', 'restricted-displaytitle-ignored', 'post-expand-template-inclusion-category',
		'post-expand-template-inclusion-warning', 'post-expand-template-argument-category',
		'post-expand-template-argument-warning', 'template-loop-category', 'template-loop-warning',
		'parser-template-loop-warning', 'parser-template-recursion-depth-warning', 'node-count-exceeded-category',
		'node-count-exceeded-warning', 'expansion-depth-exceeded-category', 'expansion-depth-exceeded-warning',
		'broken-file-category', 'hidden-category-category', 'unstrip-depth-category', 'unstrip-depth-warning',
		'unstrip-size-category', 'unstrip-size-warning', 'duplicate-args-category', 'duplicate-args-warning',
		'parser-unstrip-loop-warning', 'index-category', 'noindex-category',
		'double-redirect-category',
		'magiclink-tracking-isbn', 'magiclink-tracking-pmid', 'magiclink-tracking-rfc',
		'bad-language-code-category' ],
	[ 'lang', 'edit', 'view', 'talk', 'hide', 'show', 'search', 'mainpage', 'mainpage-description',
		'categories', 'pagecategories', 'help', 'history_short', 'and', 'word-separator', 'comma-separator',
		'colon-separator', 'semicolon-separator', 'pipe-separator', 'parentheses', 'brackets', 'ellipsis',
		'percent', 'toc', 'showtoc', 'hidetoc', 'collapsible-expand', 'collapsible-collapse', 'monthsall',
		'editsection', 'otherlanguages', 'thumbnail-more', 'sort-ascending', 'sort-descending',
		'file', 'category', 'template', 'article', 'user', 'diff', 'hist', 'cur', 'last', 'prev', 'next',
		'page', 'date', 'time', 'ago', 'just-now', 'version', 'retrievedfrom' ]
);

$pfKeys = [];
$coreI18n = static function ( $code ) use ( $mw ) {
	$file = "$mw/languages/i18n/" . str_replace( '-', '-', $code ) . '.json';
	return is_readable( $file ) ? json_decode( file_get_contents( $file ), true ) : [];
};
$pfI18n = static function ( $code ) use ( $mw ) {
	$file = "$mw/extensions/ParserFunctions/i18n/$code.json";
	return is_readable( $file ) ? json_decode( file_get_contents( $file ), true ) : [];
};
foreach ( array_keys( $pfI18n( 'en' ) ) as $k ) {
	if ( $k !== '@metadata' ) {
		$pfKeys[] = $k;
	}
}
$messageKeys = array_values( array_unique( array_merge( $messageKeys, $pfKeys ) ) );

define( 'MEDIAWIKI', true );
foreach ( [ 'NS_MEDIA' => -2, 'NS_SPECIAL' => -1, 'NS_MAIN' => 0, 'NS_TALK' => 1, 'NS_USER' => 2,
	'NS_USER_TALK' => 3, 'NS_PROJECT' => 4, 'NS_PROJECT_TALK' => 5, 'NS_FILE' => 6, 'NS_FILE_TALK' => 7,
	'NS_MEDIAWIKI' => 8, 'NS_MEDIAWIKI_TALK' => 9, 'NS_TEMPLATE' => 10, 'NS_TEMPLATE_TALK' => 11,
	'NS_HELP' => 12, 'NS_HELP_TALK' => 13, 'NS_CATEGORY' => 14, 'NS_CATEGORY_TALK' => 15,
	'NS_IMAGE' => 6, 'NS_IMAGE_TALK' => 7 ] as $c => $v ) {
	define( $c, $v );
}

function messagesFile( $mw, $code ) {
	$name = 'Messages' . ucfirst( str_replace( '-', '_', $code ) ) . '.php';
	$file = "$mw/languages/messages/$name";
	if ( !is_readable( $file ) ) {
		return [];
	}
	return ( static function () use ( $file ) {
		require $file;
		return get_defined_vars();
	} )();
}

function pluralRules( $mw ) {
	$rules = [];
	foreach ( [ 'plurals.xml', 'plurals-mediawiki.xml' ] as $f ) {
		$doc = new DOMDocument();
		$doc->load( "$mw/languages/data/$f" );
		foreach ( $doc->getElementsByTagName( 'pluralRules' ) as $set ) {
			$list = [];
			foreach ( $set->getElementsByTagName( 'pluralRule' ) as $rule ) {
				$count = $rule->getAttribute( 'count' );
				$text = trim( preg_replace( '/@.*$/s', '', $rule->textContent ) );
				if ( $count !== 'other' ) {
					$list[] = [ $count, $text ];
				}
			}
			foreach ( preg_split( '/\s+/', trim( $set->getAttribute( 'locales' ) ) ) as $loc ) {
				$rules[strtolower( str_replace( '_', '-', $loc ) )] = $list;
			}
		}
	}
	return $rules;
}

$plurals = pluralRules( $mw );
$files = [];
$chain = static function ( $code ) use ( &$files, $mw ) {
	$seen = [];
	$todo = [ $code ];
	while ( $todo ) {
		$c = array_shift( $todo );
		if ( isset( $seen[$c] ) ) {
			continue;
		}
		$seen[$c] = true;
		$files[$c] ??= messagesFile( $mw, $c );
		if ( isset( $files[$c]['fallback'] ) ) {
			foreach ( array_map( 'trim', explode( ',', $files[$c]['fallback'] ) ) as $f ) {
				$todo[] = $f;
			}
		}
	}
	unset( $seen[$code] );
	$list = array_keys( $seen );
	$list = array_values( array_diff( $list, [ 'en' ] ) );
	$list[] = 'en';
	return $code === 'en' ? [] : $list;
};

$all = $wanted;
for ( $i = 0; $i < count( $all ); $i++ ) {
	foreach ( $chain( $all[$i] ) as $f ) {
		if ( !in_array( $f, $all, true ) ) {
			$all[] = $f;
		}
	}
}

$out = [ 'languages' => [] ];
foreach ( $all as $code ) {
	$files[$code] ??= messagesFile( $mw, $code );
	$fallbacks = $chain( $code );
	$resolve = static function ( $var ) use ( $code, $fallbacks, &$files ) {
		foreach ( array_merge( [ $code ], $fallbacks ) as $c ) {
			if ( isset( $files[$c][$var] ) ) {
				return $files[$c][$var];
			}
		}
		return null;
	};
	// Date formats are merged key by key along the fallback chain at run time.
	$dateFormats = $files[$code]['dateFormats'] ?? [];
	$messages = [];
	$core = $coreI18n( $code );
	$pf = $pfI18n( $code );
	foreach ( $messageKeys as $k ) {
		$v = $core[$k] ?? $pf[$k] ?? null;
		if ( $v !== null ) {
			$messages[$k] = $v;
		}
	}
	$plural = null;
	foreach ( array_merge( [ strtolower( $code ) ], $fallbacks ) as $c ) {
		// An empty rule list (only "other", e.g. Japanese) counts as missing, as in
		// Language::getCompiledPluralRules, so such languages use their fallback's rules.
		if ( !empty( $plurals[$c] ) ) {
			$plural = $plurals[$c];
			break;
		}
	}
	// The symbols ICU's NumberFormatter uses for this locale (MediaWiki formats numbers with it and
	// only overrides the separators when the language has a separatorTransformTable).
	$fmt = new NumberFormatter( $code, NumberFormatter::PATTERN_DECIMAL, $resolve( 'digitGroupingPattern' ) ?? '#,##0.###' );
	$icu = [
		'decimal' => $fmt->getSymbol( NumberFormatter::DECIMAL_SEPARATOR_SYMBOL ),
		'group' => $fmt->getSymbol( NumberFormatter::GROUPING_SEPARATOR_SYMBOL ),
		'zero' => $fmt->getSymbol( NumberFormatter::ZERO_DIGIT_SYMBOL ),
		'minus' => $fmt->getSymbol( NumberFormatter::MINUS_SIGN_SYMBOL ),
	];
	$out['languages'][$code] = [
		'icu' => $icu,
		'fallbacks' => $fallbacks,
		'rtl' => (bool)$resolve( 'rtl' ),
		'separatorTransformTable' => ( $resolve( 'separatorTransformTable' ) ?: null ) === null ? null : (object)$resolve( 'separatorTransformTable' ),
		'digitTransformTable' => ( $resolve( 'digitTransformTable' ) ?: null ) === null ? null : (object)$resolve( 'digitTransformTable' ),
		'digitGroupingPattern' => $resolve( 'digitGroupingPattern' ),
		'minimumGroupingDigits' => $resolve( 'minimumGroupingDigits' ),
		'defaultDateFormat' => $resolve( 'defaultDateFormat' ),
		'dateFormats' => (object)$dateFormats,
		'pluralRules' => $plural ?? [],
		'messages' => (object)$messages,
	];
}

// Autonyms (LanguageNameUtils without the CLDR extension, as on the oracle wikis).
$src = file_get_contents( "$mw/includes/languages/data/Names.php" );
preg_match_all( "/^\\s*'([a-z0-9-]+)' => '((?:[^'\\\\]|\\\\.)*)',/mu", $src, $m, PREG_SET_ORDER );
$names = [];
foreach ( $m as $row ) {
	$names[$row[1]] = stripslashes( $row[2] );
}
ksort( $names );
$out['names'] = $names;

echo json_encode( $out, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES ), "\n";

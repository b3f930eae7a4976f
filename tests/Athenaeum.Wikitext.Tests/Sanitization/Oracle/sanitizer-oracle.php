<?php
/**
 * Differential oracle for Athenaeum's Sanitizer and tidy: runs MediaWiki 1.39's own functions on
 * requests read from stdin (one JSON object a line: {"fn": …, "in": …, "el": …, "mode": […]}) and
 * writes {"fn", "in", "el", "mode", "out"} lines to stdout. Used by generate.py to (re)build the
 * TestData/Sanitization/*.jsonl files; the tests only read those files.
 *
 *   ORACLE_STATE=/var/lib/athenaeum-oracle-fat bash -c \
 *     '. ../shared/tools/mediawiki-oracle/common.sh; mw_maint "$PWD/sanitizer-oracle.php"' < in.jsonl
 */
$IP = getenv( 'MW_INSTALL_PATH' ) ?: '/usr/share/mediawiki';
require_once "$IP/maintenance/Maintenance.php";

use MediaWiki\MediaWikiServices;

class SanitizerOracle extends Maintenance {
	public function execute() {
		$tidy = MediaWikiServices::getInstance()->getTidy();
		while ( ( $line = fgets( STDIN ) ) !== false ) {
			$req = json_decode( $line, true );
			$in = $req['in'];
			$el = $req['el'] ?? null;
			$mode = $req['mode'] ?? null;
			$GLOBALS['wgFragmentMode'] = $mode ?? [ 'html5', 'legacy' ];
			try {
				$out = $this->run( $tidy, $req['fn'], $in, $el );
			} catch ( \Throwable $e ) {
				$out = 'EXCEPTION: ' . get_class( $e );
			}
			$res = [ 'fn' => $req['fn'], 'in' => $in, 'el' => $el, 'mode' => $mode, 'out' => $out ];
			echo json_encode( $res, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES | JSON_INVALID_UTF8_SUBSTITUTE ) . "\n";
		}
	}

	private function run( $tidy, string $fn, $in, $el ) {
		switch ( $fn ) {
			case 'tidy': return $tidy->tidy( $in );
			case 'tidyFrench': return $tidy->tidy( $in, [ Sanitizer::class, 'armorFrenchSpaces' ] );
			case 'remove': return Sanitizer::internalRemoveHtmlTags( $in );
			case 'removeSome': return Sanitizer::removeSomeTags( $in );
			case 'attrs': return Sanitizer::fixTagAttributes( $in, $el );
			case 'decodeAttrs':
				$pairs = [];
				foreach ( Sanitizer::decodeTagAttributes( $in ) as $k => $v ) {
					$pairs[] = [ (string)$k, $v ];
				}
				return $pairs;
			case 'css': return Sanitizer::checkCss( $in );
			case 'norm': return Sanitizer::normalizeCharReferences( $in );
			case 'decode': return Sanitizer::decodeCharReferences( $in );
			case 'idattr': return Sanitizer::escapeIdForAttribute( $in, Sanitizer::ID_PRIMARY );
			case 'idfallback': return Sanitizer::escapeIdForAttribute( $in, Sanitizer::ID_FALLBACK );
			case 'idlink': return Sanitizer::escapeIdForLink( $in );
			case 'idinterwiki': return Sanitizer::escapeIdForExternalInterwiki( $in );
			case 'cleanUrl': return Sanitizer::cleanUrl( $in );
			case 'strip': return Sanitizer::stripAllTags( $in );
			case 'allowEnt': return Sanitizer::escapeHtmlAllowEntities( $in );
			case 'french': return Sanitizer::armorFrenchSpaces( $in );
			case 'class': return Sanitizer::escapeClass( $in );
			case 'comments': return Sanitizer::removeHTMLcomments( $in );
			case 'safeAttr': return Sanitizer::safeEncodeAttribute( $in );
			case 'sectionWs': return Sanitizer::normalizeSectionNameWhitespace( $in );
			default: return null;
		}
	}
}

$maintClass = SanitizerOracle::class;
require_once RUN_MAINTENANCE_IF_MAIN;

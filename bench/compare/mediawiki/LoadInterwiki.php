<?php
/**
 * Gives the benchmark's wiki the interwiki prefixes a Wikimedia wiki has, so that a Wikipedia
 * dump renders as it does there: every language code MediaWiki has a name for links to that
 * language's Wikipedia as an interlanguage link ([[en:X]] leaves the text and becomes a
 * language link), and the sister-project prefixes (w:, wikt:, c:, m:, d: ...) become
 * interwiki links. Replaces rows with the same prefix; touches no other table.
 *
 *   php LoadInterwiki.php --lang CODE     (CODE: language of the same-language sister projects)
 */
$IP = getenv( 'MW_INSTALL_PATH' ) ?: '/usr/share/mediawiki';
require_once "$IP/maintenance/Maintenance.php";

use MediaWiki\Languages\LanguageNameUtils;
use MediaWiki\MediaWikiServices;

class BenchLoadInterwiki extends Maintenance {
	/** Prefixes of projects that exist per language: prefix => domain (before .org). */
	private const PER_LANGUAGE = [
		'wikipedia' => 'wikipedia', 'w' => 'wikipedia',
		'wiktionary' => 'wiktionary', 'wikt' => 'wiktionary',
		'wikiquote' => 'wikiquote', 'q' => 'wikiquote',
		'wikisource' => 'wikisource', 's' => 'wikisource',
		'wikibooks' => 'wikibooks', 'b' => 'wikibooks',
		'wikinews' => 'wikinews', 'n' => 'wikinews',
		'wikiversity' => 'wikiversity', 'v' => 'wikiversity',
		'wikivoyage' => 'wikivoyage', 'voy' => 'wikivoyage',
	];

	/** Prefixes of single sites: prefix => URL with $1. */
	private const SITES = [
		'meta' => 'https://meta.wikimedia.org/wiki/$1', 'm' => 'https://meta.wikimedia.org/wiki/$1',
		'metawiki' => 'https://meta.wikimedia.org/wiki/$1',
		'mediawikiwiki' => 'https://www.mediawiki.org/wiki/$1', 'mw' => 'https://www.mediawiki.org/wiki/$1',
		'commons' => 'https://commons.wikimedia.org/wiki/$1', 'c' => 'https://commons.wikimedia.org/wiki/$1',
		'wikidata' => 'https://www.wikidata.org/wiki/$1', 'd' => 'https://www.wikidata.org/wiki/$1',
		'wikispecies' => 'https://species.wikimedia.org/wiki/$1', 'species' => 'https://species.wikimedia.org/wiki/$1',
		'incubator' => 'https://incubator.wikimedia.org/wiki/$1',
		'outreach' => 'https://outreach.wikimedia.org/wiki/$1',
		'foundation' => 'https://foundation.wikimedia.org/wiki/$1', 'wmf' => 'https://foundation.wikimedia.org/wiki/$1',
		'wikimedia' => 'https://foundation.wikimedia.org/wiki/$1',
		'phabricator' => 'https://phabricator.wikimedia.org/$1', 'phab' => 'https://phabricator.wikimedia.org/$1',
		'gerrit' => 'https://gerrit.wikimedia.org/r/$1',
		'mail' => 'https://lists.wikimedia.org/mailman/listinfo/$1',
		'translatewiki' => 'https://translatewiki.net/wiki/$1',
		'wikitech' => 'https://wikitech.wikimedia.org/wiki/$1',
	];

	public function __construct() {
		parent::__construct();
		$this->addDescription( 'Load Wikimedia-like interwiki prefixes (languages and sister projects)' );
		$this->addOption( 'lang', 'language of the same-language sister projects', false, true );
	}

	public function execute() {
		$services = MediaWikiServices::getInstance();
		$lang = $this->getOption( 'lang', 'en' );
		$rows = [];
		$codes = array_keys( $services->getLanguageNameUtils()->getLanguageNames(
			LanguageNameUtils::AUTONYMS, LanguageNameUtils::DEFINED ) );
		foreach ( $codes as $code ) {
			$rows[$code] = $this->row( $code, "https://$code.wikipedia.org/wiki/\$1", "{$code}wiki", true );
		}
		foreach ( self::PER_LANGUAGE as $prefix => $project ) {
			$rows[$prefix] = $this->row( $prefix, "https://$lang.$project.org/wiki/\$1", '', false );
		}
		foreach ( self::SITES as $prefix => $url ) {
			$rows[$prefix] = $this->row( $prefix, $url, '', false );
		}
		$dbw = $this->getDB( DB_PRIMARY );
		$dbw->delete( 'interwiki', [ 'iw_prefix' => array_keys( $rows ) ], __METHOD__ );
		$dbw->insert( 'interwiki', array_values( $rows ), __METHOD__ );
		$this->output( count( $rows ) . " interwiki prefixes\n" );
	}

	private function row( string $prefix, string $url, string $wikiId, bool $language ): array {
		$api = $language ? str_replace( '/wiki/$1', '/w/api.php', $url ) : '';
		return [
			'iw_prefix' => $prefix, 'iw_url' => $url, 'iw_api' => $api, 'iw_wikiid' => $wikiId,
			// as on Wikimedia wikis: the language wikis are "local" (iw_local = 1), the rest not
			'iw_local' => $language ? 1 : 0, 'iw_trans' => 0,
		];
	}
}

$maintClass = BenchLoadInterwiki::class;
require_once RUN_MAINTENANCE_IF_MAIN;

<?php
/**
 * Benchmark renderer for the comparison (bench/compare): parses stored pages with MediaWiki's
 * parser, cold -- straight through the content handler, never through the parser cache -- and
 * writes what an anonymous reader sees inside #mw-content-text (no section edit links, no
 * limit-report comment) to OUT/NAME.html, NAME = rawurlencode(title with '_' for ' ').
 *
 *   php RenderPages.php --list TITLES.txt --out DIR [--times FILE.tsv] [--shard K/N]
 *
 * TITLES.txt holds one title per line, or "TITLE<tab>NAME<tab>FILE" to render the wikitext of FILE as a
 * page titled TITLE (it need not exist) into NAME.html. With --shard K/N this process takes every N-th title
 * starting at the K-th (0-based), so N processes share one list. --times gets one line per page:
 * name, milliseconds of wall time for the parse, Lua CPU milliseconds (Scribunto's limit report),
 * wikitext bytes, HTML bytes, and "error: ..." when the page could not be rendered.
 */
$IP = getenv( 'MW_INSTALL_PATH' ) ?: '/usr/share/mediawiki';
require_once "$IP/maintenance/Maintenance.php";

use MediaWiki\MediaWikiServices;
use MediaWiki\Revision\RevisionRecord;
use MediaWiki\Revision\SlotRecord;

class BenchRenderPages extends Maintenance {
	public function __construct() {
		parent::__construct();
		$this->addDescription( 'Cold-render stored pages to NAME.html files, with timings' );
		$this->addOption( 'list', 'file with one title per line', true, true );
		$this->addOption( 'out', 'output directory', true, true );
		$this->addOption( 'times', 'TSV file of per-page timings', false, true );
		$this->addOption( 'shard', 'K/N: take every N-th title from the K-th', false, true );
	}

	public function execute() {
		$services = MediaWikiServices::getInstance();
		$out = rtrim( $this->getOption( 'out' ), '/' );
		if ( !is_dir( $out ) && !mkdir( $out, 0777, true ) && !is_dir( $out ) ) {
			$this->fatalError( "cannot create $out" );
		}
		[ $k, $n ] = array_map( 'intval', explode( '/', $this->getOption( 'shard', '0/1' ) ) + [ 0, 1 ] );
		$titles = file( $this->getOption( 'list' ), FILE_IGNORE_NEW_LINES | FILE_SKIP_EMPTY_LINES );
		if ( $titles === false ) {
			$this->fatalError( 'cannot read ' . $this->getOption( 'list' ) );
		}
		$times = $this->hasOption( 'times' ) ? fopen( $this->getOption( 'times' ), 'w' ) : null;
		$revisions = $services->getRevisionLookup();
		$renderer = $services->getContentRenderer();
		$done = 0;
		$failed = 0;
		$started = hrtime( true );
		foreach ( $titles as $i => $text ) {
			if ( $i % $n !== $k ) {
				continue;
			}
			$file = null;
			if ( strpos( $text, "\t" ) !== false ) {
				[ $text, $name, $file ] = explode( "\t", $text, 3 );
			} else {
				$name = rawurlencode( str_replace( ' ', '_', $text ) );
			}
			$ms = 0.0;
			$luaMs = 0.0;
			$in = 0;
			$html = '';
			$problem = '';
			try {
				$title = Title::newFromText( $text );
				if ( !$title ) {
					throw new RuntimeException( 'not a valid title' );
				}
				if ( $file !== null ) {
					$wikitext = file_get_contents( $file );
					if ( $wikitext === false ) {
						throw new RuntimeException( "cannot read $file" );
					}
					$content = new WikitextContent( $wikitext );
					$revId = null;
				} else {
					$rev = $revisions->getRevisionByTitle( $title );
					if ( !$rev ) {
						throw new RuntimeException( 'no such page in the wiki' );
					}
					$content = $rev->getContent( SlotRecord::MAIN, RevisionRecord::RAW );
					$revId = $rev->getId();
				}
				$in = $content->getSize();
				$options = ParserOptions::newFromAnon();
				$options->setOption( 'enableLimitReport', false );
				$t0 = hrtime( true );
				$po = $renderer->getParserOutput( $content, $title, $revId, $options, true );
				$html = $po->getText( [
					'enableSectionEditLinks' => false,
					'wrapperDivClass' => 'mw-parser-output',
				] );
				$ms = ( hrtime( true ) - $t0 ) / 1e6;
				$lua = $po->getLimitReportData()['scribunto-limitreport-timeusage'] ?? null;
				if ( is_array( $lua ) ) {
					$luaMs = 1000 * (float)$lua[0];
				}
				file_put_contents( "$out/$name.html", $html );
			} catch ( Throwable $e ) {
				$failed++;
				$problem = 'error: ' . str_replace( [ "\t", "\n" ], ' ', get_class( $e ) . ': ' . $e->getMessage() );
				file_put_contents( "$out/$name.err", $problem . "\n" );
			}
			$done++;
			if ( $times ) {
				fwrite( $times, sprintf( "%s\t%.3f\t%.3f\t%d\t%d\t%s\n", $name, $ms, $luaMs, $in, strlen( $html ), $problem ) );
			}
		}
		if ( $times ) {
			fclose( $times );
		}
		$secs = ( hrtime( true ) - $started ) / 1e9;
		$this->output( sprintf( "rendered %d pages (%d failed) in %.1f s\n", $done, $failed, $secs ) );
	}
}

$maintClass = BenchRenderPages::class;
require_once RUN_MAINTENANCE_IF_MAIN;

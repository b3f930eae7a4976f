<?php
// MediaWiki's Parser::preprocess (Special:ExpandTemplates) on each input, with the expansion counters.
// stdin: JSON array of {"title":..., "text":...}; stdout: JSON array of {text, visited, postexpand, arg, depth}
$IP = getenv( 'MW_INSTALL_PATH' ) ?: '/usr/share/mediawiki';
require_once "$IP/maintenance/Maintenance.php";
use MediaWiki\MediaWikiServices;
class PPExpand extends Maintenance {
	public function execute() {
		$services = MediaWikiServices::getInstance();
		$inputs = json_decode( file_get_contents( 'php://stdin' ), true );
		$out = [];
		$sizes = new ReflectionProperty( Parser::class, 'mIncludeSizes' );
		$sizes->setAccessible( true );
		foreach ( $inputs as $in ) {
			$parser = $services->getParserFactory()->create();
			$opts = ParserOptions::newFromAnon();
			// A fixed "now" for {{CURRENTYEAR}} and #time, matched by the test's clock.
			$opts->setTimestamp( '20240101000000' );
			$text = $parser->preprocess( $in['text'], Title::newFromText( $in['title'] ), $opts );
			$s = $sizes->getValue( $parser );
			$out[] = [ 'text' => $text, 'visited' => $parser->mPPNodeCount, 'postexpand' => $s['post-expand'], 'arg' => $s['arg'], 'depth' => $parser->mHighestExpansionDepth ];
		}
		echo json_encode( $out, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES | JSON_INVALID_UTF8_SUBSTITUTE );
	}
}
$maintClass = PPExpand::class;
require_once RUN_MAINTENANCE_IF_MAIN;

<?php
// Renders wikitext with the oracle MediaWiki, with Lua modules supplied from files instead of
// stored pages, so that expected outputs for the Scribunto tests can be taken from the real
// Scribunto without editing the oracle wiki. Run through the oracle's mw_maint (see README.md):
//   scribunto-render.php --text FILE --title "Page" [--modules DIR] [--console]
// DIR holds files named like the module title with "/" written as "#" ("Module:Foo#bar.lua" or
// "Foo#bar.lua" for Module:Foo/bar). --console runs FILE as Scribunto console code instead
// (prints the result of "=expr" lines and mw.log output) and prints JSON.
require_once getenv( 'MW_INSTALL_PATH' ) . '/maintenance/Maintenance.php';

use MediaWiki\MediaWikiServices;

class ScribuntoOracleRender extends Maintenance {
	public function __construct() {
		parent::__construct();
		$this->addOption( 'text', 'wikitext or console code file', true, true );
		$this->addOption( 'title', 'page title', false, true );
		$this->addOption( 'modules', 'folder of module overrides', false, true );
		$this->addOption( 'console', 'run the file as console code' );
	}

	public function execute() {
		$text = file_get_contents( $this->getOption( 'text' ) );
		$title = Title::newFromText( $this->getOption( 'title', 'Sandbox' ) );
		$overrides = [];
		$dir = $this->getOption( 'modules' );
		if ( $dir ) {
			foreach ( glob( "$dir/*" ) as $file ) {
				$name = str_replace( '#', '/', preg_replace( '/\.lua$/', '', basename( $file ) ) );
				if ( strpos( $name, 'Module:' ) !== 0 ) {
					$name = "Module:$name";
				}
				$t = Title::newFromText( $name );
				$overrides[$t->getPrefixedDBkey()] = file_get_contents( $file );
			}
		}
		$options = ParserOptions::newFromAnon();
		$options->setTemplateCallback( static function ( $t, $parser = false ) use ( $overrides ) {
			$key = $t->getPrefixedDBkey();
			if ( isset( $overrides[$key] ) ) {
				return [ 'text' => $overrides[$key], 'finalTitle' => $t, 'deps' => [] ];
			}
			return Parser::statelessFetchTemplate( $t, $parser );
		} );
		$parser = MediaWikiServices::getInstance()->getParserFactory()->create();
		if ( $this->hasOption( 'console' ) ) {
			$parser->startExternalParse( $title, $options, Parser::OT_HTML, true );
			$engine = MediaWiki\Extension\Scribunto\Scribunto::getParserEngine( $parser );
			$engine->setTitle( $title );
			try {
				$r = $engine->runConsole( [ 'prefix' => '', 'content' => 'return {}',
					'question' => $text, 'prevQuestions' => [], 'title' => Title::newFromText( 'Module:Console' ) ] );
			} catch ( Exception $e ) {
				$r = [ 'error' => $e->getMessage() ];
			}
			echo json_encode( $r, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES ), "\n";
			return;
		}
		$out = $parser->parse( $text, $title, $options );
		echo $out->getText( [ 'enableSectionEditLinks' => false, 'wrapperDivClass' => 'mw-parser-output' ] );
		echo "\n<!-- categories: " . implode( '|', $out->getCategoryNames() ) . " -->\n";
	}
}

$maintClass = ScribuntoOracleRender::class;
require_once RUN_MAINTENANCE_IF_MAIN;

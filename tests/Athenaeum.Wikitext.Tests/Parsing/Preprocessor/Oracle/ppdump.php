<?php
// Dumps MediaWiki's preprocessor tree (Preprocessor_Hash) of each input in a compact form.
// stdin: JSON array of {"text": "...", "incl": bool}; stdout: JSON {"tags": [...], "dumps": [...]}
$IP = getenv( 'MW_INSTALL_PATH' ) ?: '/usr/share/mediawiki';
require_once "$IP/maintenance/Maintenance.php";
use MediaWiki\MediaWikiServices;

class PPDump extends Maintenance {
	private function q( $s ) { return json_encode( (string)$s, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES ); }
	private function dumpList( $node ) {
		$out = []; $text = null;
		for ( $c = $node->getFirstChild(); $c; $c = $c->getNextSibling() ) {
			if ( $c instanceof PPNode_Hash_Text ) { $text .= $c->value; continue; }
			if ( $c instanceof PPNode_Hash_Attr ) { continue; }
			if ( $c->getName() === 'equals' ) { $text .= '='; continue; }
			if ( $text !== null && $text !== '' ) { $out[] = $this->q( $text ); }
			$text = null;
			$out[] = $this->dumpNode( $c );
		}
		if ( $text !== null && $text !== '' ) { $out[] = $this->q( $text ); }
		return implode( ' ', $out );
	}
	private function textOf( $node ) {
		$s = '';
		for ( $c = $node->getFirstChild(); $c; $c = $c->getNextSibling() ) {
			if ( $c instanceof PPNode_Hash_Text ) { $s .= $c->value; }
		}
		return $s;
	}
	private function dumpNode( $c ) {
		$name = $c->getName();
		switch ( $name ) {
			case 'template':
			case 'tplarg':
				$bits = $c->splitTemplate();
				$s = ( $name === 'template' ? 'T(' : 'A(' ) . ( !empty( $bits['lineStart'] ) ? '^' : '' ) . $this->dumpList( $bits['title'] );
				$parts = $bits['parts'];
				for ( $i = 0; $i < $parts->getLength(); $i++ ) {
					$b = $parts->item( $i )->splitArg();
					if ( $b['index'] !== '' ) {
						$s .= ' |#' . $b['index'] . ':' . $this->dumpList( $b['value'] );
					} else {
						$s .= ' |' . $this->dumpList( $b['name'] ) . ' = ' . $this->dumpList( $b['value'] );
					}
				}
				return $s . ')';
			case 'comment':
				return 'C' . $this->q( $this->textOf( $c ) );
			case 'ignore':
				return 'I' . $this->q( $this->textOf( $c ) );
			case 'ext':
				$b = $c->splitExt();
				return 'X(' . $this->q( $this->textOf( $b['name'] ) ) . ' ' . $this->q( $this->textOf( $b['attr'] ) )
					. ' ' . ( isset( $b['inner'] ) ? $this->q( $this->textOf( $b['inner'] ) ) : 'null' )
					. ' ' . ( isset( $b['close'] ) ? $this->q( $this->textOf( $b['close'] ) ) : 'null' ) . ')';
			case 'h':
			case 'possible-h':
				$b = [];
				for ( $a = $c->getFirstChild(); $a; $a = $a->getNextSibling() ) {
					if ( $a instanceof PPNode_Hash_Attr ) { $b[$a->name] = $a->value; }
				}
				return ( $name === 'h' ? 'H' : 'h' ) . $b['level'] . '.' . $b['i'] . '(' . $this->dumpList( $c ) . ')';
			default:
				return '?' . $name . '(' . $this->dumpList( $c ) . ')';
		}
	}
	public function execute() {
		$parser = MediaWikiServices::getInstance()->getParserFactory()->create();
		$parser->startExternalParse( Title::newFromText( 'PPDump' ), ParserOptions::newFromAnon(), Parser::OT_HTML );
		$pp = $parser->getPreprocessor();
		$inputs = json_decode( file_get_contents( 'php://stdin' ), true );
		$dumps = [];
		foreach ( $inputs as $in ) {
			$dom = $pp->preprocessToObj( $in['text'], $in['incl'] ? Preprocessor::DOM_FOR_INCLUSION : 0 );
			$dumps[] = $this->dumpList( $dom );
		}
		echo json_encode( [ 'tags' => $parser->getStripList(), 'dumps' => $dumps ], JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES );
	}
}
$maintClass = PPDump::class;
require_once RUN_MAINTENANCE_IF_MAIN;

<?php
/**
 * Lets the benchmark's wiki import pages of content model 'sanitized-css' (TemplateStyles
 * style sheets, which newer Wikipedia dumps hold). Debian's MediaWiki 1.39 has no
 * TemplateStyles, and importDump.php stops at the first revision of a model it does not know.
 * The model is registered as plain text kept as it is: no <templatestyles> tag comes with it,
 * so pages that use the tag render as on any wiki without TemplateStyles.
 */
if ( !defined( 'MEDIAWIKI' ) ) {
	exit;
}

$wgContentHandlers['sanitized-css'] = static function ( string $modelId ) {
	return new class( $modelId ) extends TextContentHandler {
		public function __construct( string $modelId ) {
			parent::__construct( $modelId, [ CONTENT_FORMAT_CSS ] );
		}

		public function unserializeContent( $text, $format = null ) {
			$this->checkFormat( $format );
			return new TextContent( $text, $this->getModelID() );
		}

		public function makeEmptyContent() {
			return new TextContent( '', $this->getModelID() );
		}
	};
};

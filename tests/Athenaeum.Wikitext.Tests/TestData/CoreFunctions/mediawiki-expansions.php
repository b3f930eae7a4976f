// Expands wikitext snippets with MediaWiki's own preprocessor (Parser::preprocess) as page
// "Test page" of this wiki, at the fixed time 2024-09-20 12:34:56 UTC, and writes the results.
$svc = MediaWiki\MediaWikiServices::getInstance();
$in = getenv('PP_IN'); $out = getenv('PP_OUT'); $titleText = getenv('PP_TITLE') ?: 'Test page';
$rows = [];
foreach (file($in, FILE_IGNORE_NEW_LINES) as $line) {
  if ($line === '') continue;
  $text = json_decode($line);
  $parser = $svc->getParserFactory()->create();
  $opts = ParserOptions::newFromAnon();
  $opts->setTimestamp('20240920123456');
  $title = Title::newFromText($titleText);
  $result = $parser->preprocess($text, $title, $opts);
  // strip markers differ per run: replace them by a fixed token
  $result = preg_replace('/\x7f\'"`UNIQ-([a-z0-9]+)-[0-9A-F]{8}-QINU`"\'\x7f/', '<MARKER:$1>', $result);
  $po = $parser->getOutput();
  $rows[] = json_encode(['wikitext' => $text, 'expanded' => $result, 'displaytitle' => $po->getDisplayTitle(), 'defaultsort' => $po->getPageProperty('defaultsort'), 'categories' => array_keys($po->getCategories())], JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES);
}
file_put_contents($out, implode("\n", $rows) . "\n");
echo count($rows), "\n";

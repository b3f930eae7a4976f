$p = new MediaWiki\Extension\ParserFunctions\ExprParser();
$out = [];
foreach (file('/tmp/funcs-oracle/exprs.txt', FILE_IGNORE_NEW_LINES) as $e) {
  try { $r = $p->doExpression($e); $kind = 'ok'; }
  catch (MediaWiki\Extension\ParserFunctions\ExprError $ex) { $r = $ex->getUserFriendlyMessage(); $kind = 'error'; }
  catch (Throwable $ex) { $r = get_class($ex) . ': ' . $ex->getMessage(); $kind = 'exception'; }
  $out[] = implode("\t", ['expr', json_encode($e, JSON_UNESCAPED_UNICODE), $kind, json_encode((string)$r, JSON_UNESCAPED_UNICODE)]);
}
file_put_contents('/tmp/funcs-oracle/expr-cases.tsv', implode("\n", $out) . "\n");
echo count($out), "\n";

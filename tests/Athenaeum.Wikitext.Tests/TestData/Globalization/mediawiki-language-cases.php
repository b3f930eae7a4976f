$svc = MediaWiki\MediaWikiServices::getInstance();
$out = [];
$nums = ['0','1','-1','12','123','1234','12345','123456','1234567','-1234567.891','1234.5','0.5','.5','-0','-0.0','007','1e5','1.5e-4','1E+20','12345678901234567890','0.1234567890123456789','100000000','99999.999','5.','-.75','abc 1234 def','1,234','NAN','INF','-INF',' 12','1234567.125'];
foreach (['en','de','bg','es','pl','hi','fa','ar','fr','fat','nl','ru','ne'] as $code) {
  $l = $svc->getLanguageFactory()->getLanguage($code);
  foreach ($nums as $n) {
    $out[] = implode("\t", ['formatnum', $code, json_encode($n), json_encode($l->formatNum($n)), json_encode($l->formatNumNoSeparators($n)), json_encode($l->parseFormattedNumber($l->formatNum($n)))]);
  }
}
$strs = ['abc','Abc','ßtraße','ﬁne','ǆemal','ıi','İstanbul','éclair','Ωmega','123abc','`x','ǳ','ʼn','ῳ', 'Σσς'];
foreach ($strs as $s) {
  $l = $svc->getLanguageFactory()->getLanguage('en');
  $out[] = implode("\t", ['case', 'en', json_encode($s), json_encode($l->ucfirst($s)), json_encode($l->lcfirst($s)), json_encode($l->uc($s)), json_encode($l->lc($s))]);
}
$pl = ['0','1','2','3','5','11','21','22','25','101','1.5','1.0','0.0','2.0','-1','1,000','1000000','1.1', '100'];
foreach (['en','ru','bg','ar','fat','fr','pl','cs','he','lt','cy','ga','sl','br','ja','tw'] as $code) {
  $l = $svc->getLanguageFactory()->getLanguage($code);
  foreach ($pl as $n) $out[] = implode("\t", ['plural', $code, json_encode($n), json_encode($l->getPluralRuleIndexNumber($n)), json_encode($l->getPluralRuleType($n))]);
}
$fmts = ['Y-m-d H:i:s','y n j G g h A a','D, d M Y','l F','xg','N w z W o t L','U I Z O P T e','c','r','xnY xNd m xN Y','xrY xrn xrj','xhY xhj xhn','xiY xin xij xiF xit xiz xiy','xmY xmn xmj xmF','xjY xjn xjj xjF xjx xjt','xkY xoY xtY','\\Y\\m "quoted Y" "unterminated','xx xy x','\\','"'];
$ts = ['20240920123456','20010115000000','19670405000000','20610728000000','20000229235959','19891231000000','20241231120000','19120731000000','19261225000000','20190430000000','20190501000000','00010101000000','09991231235959','15821014000000','15821015000000','20230101000000','20240321000000','20250320000000','19000101000000','20080320000000'];
foreach (['en','fat','nl','de','fa','he','ar','th','ja','ru'] as $code) {
  $l = $svc->getLanguageFactory()->getLanguage($code);
  foreach ($ts as $t) foreach ($fmts as $f) {
    try { $r = @$l->sprintfDate($f, $t, new DateTimeZone('UTC')); } catch (Throwable $e) { $r = null; }
    if ($r !== null) $out[] = implode("\t", ['date', $code, json_encode($f), $t, json_encode($r)]);
  }
}
foreach (['abc','שלום','ابجد','123','','  x','123 שלום abc'] as $s) {
  $out[] = implode("\t", ['bidi', 'en', json_encode($s), json_encode($svc->getLanguageFactory()->getLanguage('en')->embedBidi($s))]);
}
file_put_contents('/tmp/funcs-oracle/lang-cases.tsv', implode("\n", $out) . "\n");
echo count($out), "\n";

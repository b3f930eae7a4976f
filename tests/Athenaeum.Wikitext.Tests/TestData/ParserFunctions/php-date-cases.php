<?php
// Regenerate: php php-date-cases.php (PHP 8.2, date.timezone UTC). Inputs: php-date-inputs.jsonl (hand-picked formats and seeded random token sequences).
date_default_timezone_set('UTC');
$base = 1726835696; // 2024-09-20 12:34:56 UTC
$out = [];
foreach (file(__DIR__ . '/php-date-inputs.jsonl', FILE_IGNORE_NEW_LINES) as $line) {
  $s = json_decode($line);
  $p = date_parse($s);
  $rel = $p['relative'] ?? null;
  $ts = strtotime($s, $base);
  $out[] = json_encode([
    'input' => $s,
    'errors' => $p['error_count'],
    'y' => $p['year'], 'm' => $p['month'], 'd' => $p['day'], 'h' => $p['hour'], 'i' => $p['minute'], 's' => $p['second'],
    'rel' => $rel === null ? null : [$rel['year'], $rel['month'], $rel['day'], $rel['hour'], $rel['minute'], $rel['second'], $rel['weekday'] ?? null, $rel['weekdays'] ?? null, !empty($rel['first_day_of_month']), !empty($rel['last_day_of_month'])],
    'zone' => isset($p['zone_type']) ? ($p['zone_type'] == 3 ? $p['tz_id'] : (($p['zone'] ?? 0) + (!empty($p['is_dst']) ? 3600 : 0))) : null,
    'unix' => $ts === false ? null : $ts,
  ], JSON_UNESCAPED_UNICODE);
}
file_put_contents(__DIR__ . '/php-date-cases.jsonl', implode("\n", $out) . "\n");
echo count($out), "\n";

"""Configuration files of the benchmark's MediaWiki: BenchSettings.php (from the dump's <siteinfo>),
and the php-fpm and nginx configurations that serve it."""

# Namespaces MediaWiki core defines (their local names come from the language's messages file)
CORE_NAMESPACES = set(range(-2, 16))
# Namespaces the extensions the benchmark loads define (Scribunto's Module / Module talk)
EXTENSION_NAMESPACES = {828, 829}


def php_str(s):
    return "'" + s.replace('\\', '\\\\').replace("'", "\\'") + "'"


def render(site, *, lang, engine, cache, tmp):
    """BenchSettings.php for a wiki shaped like the dump's: language, names, namespaces, case."""
    lines = [
        '<?php',
        '# Written by bench/compare (benchlib/settings_php.py) on every run: the benchmark wiki\'s settings,',
        '# derived from the dump\'s <siteinfo>. Required last by LocalSettings.php.',
        "if ( !defined( 'MEDIAWIKI' ) ) { exit; }",
        '',
        f"$wgLanguageCode = {php_str(lang)};",
        f"$wgSitename = {php_str(site.get('sitename') or 'Wiki')};",
    ]
    host = site.get('host') or 'localhost'
    ns_by_key = {n['key']: n for n in site.get('namespaces', [])}
    if ns_by_key.get(4, {}).get('name'):
        lines.append(f"$wgMetaNamespace = {php_str(ns_by_key[4]['name'].replace(' ', '_'))};")
    if ns_by_key.get(5, {}).get('name'):
        lines.append(f"$wgMetaNamespaceTalk = {php_str(ns_by_key[5]['name'].replace(' ', '_'))};")
    if site.get('case') == 'case-sensitive':
        lines.append('$wgCapitalLinks = false;')
    lines.append('# namespaces of the dump: extra ones declared, every local name of the dump resolves')
    for key in sorted(ns_by_key):
        ns = ns_by_key[key]
        name = (ns.get('name') or '').replace(' ', '_')
        if not name or key in (4, 5):
            continue
        if key in CORE_NAMESPACES or key in EXTENSION_NAMESPACES:
            lines.append(f"$wgNamespaceAliases[{php_str(name)}] = {key};")
        else:
            lines.append(f"$wgExtraNamespaces[{key}] = {php_str(name)};")
        if ns.get('case') == 'case-sensitive' and site.get('case') != 'case-sensitive':
            lines.append(f"$wgCapitalLinkOverrides[{key}] = false;")
    lines += [
        '',
        '# Served pages follow the 127.0.0.1:PORT they are asked on; renderings from the command line use',
        "# the dump's own server, so {{fullurl:}} & co. print what the wiki itself shows.",
        "if ( PHP_SAPI === 'cli' ) {",
        f"\t$wgServer = {php_str('//' + host)};",
        f"\t$wgCanonicalServer = {php_str('https://' + host)};",
        '} else {',
        '\t$wgServer = WebRequest::detectServer();',
        '}',
        "$wgScriptPath = '';",
        "$wgArticlePath = '/wiki/$1';",
        '$wgUsePathInfo = true;',
        '',
        '# caches: APCu inside php-fpm, the parser cache in the database (it persists, so a warmed',
        '# wiki stays warm), localisation in files; no HTML file cache: every view goes through PHP',
        '$wgMainCacheType = CACHE_ACCEL;',
        '$wgMessageCacheType = CACHE_ACCEL;',
        '$wgParserCacheType = CACHE_DB;',
        '$wgParserCacheExpireTime = 30 * 86400;',
        '$wgSessionCacheType = CACHE_DB;',
        '$wgEnableSidebarCache = true;',
        '$wgUseFileCache = false;',
        f'$wgCacheDirectory = {php_str(cache)};',
        f'$wgTmpDirectory = {php_str(tmp)};',
        '$wgJobRunRate = 0;',
        '',
        '# nothing leaves the machine',
        '$wgUseInstantCommons = false;',
        '$wgForeignFileRepos = [];',
        '$wgPingback = false;',
        '$wgEnableUploads = false;',
        '$wgAllowExternalImages = false;',
        '$wgAllowCopyUploads = false;',
        '$wgEnableScaryTranscluding = false;',
        '$wgHTTPTimeout = 1;',
        '$wgAsyncHTTPTimeout = 1;',
        "$wgRightsIcon = '';",
        '$wgShowExceptionDetails = true;',
        '',
        "# Wikipedia's parser extensions that Debian's MediaWiki ships",
        "wfLoadExtensions( [ 'ParserFunctions', 'Cite', 'TemplateData', 'Scribunto', 'Poem', 'CategoryTree',",
        "\t'InputBox', 'ImageMap', 'TextExtracts' ] );",
        '$wgPFEnableStringFunctions = false;',
        f"$wgScribuntoDefaultEngine = {php_str(engine)};",
        "$wgScribuntoEngineConf['luastandalone']['luaPath'] = '/usr/bin/lua5.1';",
        "$wgScribuntoEngineConf['luastandalone']['cpuLimit'] = 10;",
        "$wgScribuntoEngineConf['luastandalone']['memoryLimit'] = 50 * 1024 * 1024;",
        "$wgScribuntoEngineConf['luasandbox']['cpuLimit'] = 10;",
        "$wgScribuntoEngineConf['luasandbox']['memoryLimit'] = 50 * 1024 * 1024;",
        '$wgScribuntoUseGeSHi = false;',
        '$wgScribuntoUseCodeEditor = false;',
        '# limits as on Wikimedia wikis',
        '$wgExpensiveParserFunctionLimit = 500;',
        "require_once __DIR__ . '/SanitizedCssModel.php';",
        '',
    ]
    return '\n'.join(lines)


def fpm_conf(rundir, sock, user, settings, mw_ip, children):
    return f"""; php-fpm of the benchmark's MediaWiki (bench/compare); started in the foreground by the benchmark
[global]
error_log = {rundir}/php-fpm.log
daemonize = no

[bench]
user = {user}
group = {user}
listen = {sock}
listen.owner = {user}
listen.group = {user}
listen.mode = 0660
listen.backlog = 1024
pm = static
pm.max_children = {children}
pm.max_requests = 0
clear_env = no
env[MW_INSTALL_PATH] = {mw_ip}
env[MW_CONFIG_FILE] = {settings}
php_admin_value[error_log] = {rundir}/php-errors.log
php_admin_flag[log_errors] = on
"""


def nginx_conf(rundir, sock, port, user, docroot, workers):
    user_line = f'user {user};' if user != 'root' else 'user root;'
    return f"""# nginx of the benchmark's MediaWiki (bench/compare); started in the foreground by the benchmark
{user_line}
worker_processes {workers};
daemon off;
pid {rundir}/nginx.pid;
error_log {rundir}/nginx-error.log warn;
events {{ worker_connections 2048; }}
http {{
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_timeout 65;
  keepalive_requests 1000000;
  client_body_temp_path {rundir}/tmp/body;
  fastcgi_temp_path {rundir}/tmp/fastcgi;
  proxy_temp_path {rundir}/tmp/proxy;
  uwsgi_temp_path {rundir}/tmp/uwsgi;
  scgi_temp_path {rundir}/tmp/scgi;
  server {{
    listen 127.0.0.1:{port};
    server_name 127.0.0.1;
    root {docroot};
    index index.php;
    location ^~ /wiki/ {{
      include /etc/nginx/fastcgi_params;
      fastcgi_param SCRIPT_FILENAME $document_root/index.php;
      fastcgi_param SCRIPT_NAME /index.php;
      fastcgi_pass unix:{sock};
    }}
    location ~ \\.php$ {{
      try_files $uri =404;
      include /etc/nginx/fastcgi_params;
      fastcgi_param SCRIPT_FILENAME $document_root$fastcgi_script_name;
      fastcgi_pass unix:{sock};
    }}
    location / {{ try_files $uri $uri/ =404; }}
  }}
}}
"""

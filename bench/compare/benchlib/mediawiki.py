"""The benchmark's own MediaWiki 1.39 (Debian's package) on SQLite, in a state directory of the
benchmark (bench/out/mediawiki by default): its database, caches, settings and the nginx +
php-fpm processes that serve it on a private 127.0.0.1 port. Debian's /etc/mediawiki is never
read or written (every script gets the settings file through MW_CONFIG_FILE), and nothing
outside the state directory is changed.
"""
import glob
import os
import shutil
import subprocess
import time

from . import settings_php
from .common import (COMPARE, BenchError, Server, as_web_user, chown_tree, free_port, http_get, log, rm_rf,
                     run, wait_http, web_user)

MW_IP = '/usr/share/mediawiki'
MW_DOCROOT = '/var/lib/mediawiki'      # Debian's web root (links into /usr/share/mediawiki)
SCRIPTS = os.path.join(COMPARE, 'mediawiki')
DBNAME = 'benchwiki'


def known_language(code):
    """True when MediaWiki 1.39 has a messages file for the language code."""
    if not code:
        return False
    stem = code[0].upper() + code[1:].replace('-', '_')
    return os.path.exists(os.path.join(MW_IP, 'languages', 'messages', f'Messages{stem}.php'))


def lua_engine():
    p = subprocess.run(['php', '-m'], capture_output=True, check=False)
    return 'luasandbox' if b'luasandbox' in p.stdout.lower() else 'luastandalone'


class MediaWiki:
    """One wiki in `state`, built fresh for each run from the dump's <siteinfo>."""

    def __init__(self, state, site, log_file):
        self.state = os.path.abspath(state)
        self.site = site
        self.log_file = log_file
        self.conf = os.path.join(self.state, 'conf')
        self.settings = os.path.join(self.conf, 'LocalSettings.php')
        self.db = os.path.join(self.state, 'db')
        self.cache = os.path.join(self.state, 'cache')
        self.tmp = os.path.join(self.state, 'tmp')
        self.run_dir = os.path.join(self.state, 'run')
        self.lang = site['lang'] if known_language(site.get('lang')) else 'en'
        self.engine = lua_engine()
        self.user = web_user()
        self.servers = []
        self.port = None

    # ------------------------------------------------------------------ running PHP
    def env(self):
        return dict(os.environ, MW_INSTALL_PATH=MW_IP, MW_CONFIG_FILE=self.settings)

    def maint(self, script, *args, stdin=None, input_text=None, log_file=None, check=True):
        """Runs a maintenance script (a name in MediaWiki's maintenance/ or a path) as the web user."""
        path = script if os.path.isabs(script) else os.path.join(MW_IP, 'maintenance', script)
        cmd = as_web_user(['php', path] + list(args))
        return run(cmd, env=self.env(), cwd=MW_IP, stdin=stdin, input_text=input_text,
                   log_file=log_file or self.log_file, check=check)

    def php_eval(self, code):
        _, out = run(as_web_user(['php', os.path.join(MW_IP, 'maintenance', 'eval.php')]), env=self.env(), cwd=MW_IP,
                     input_text=code)
        return out.strip()

    # ------------------------------------------------------------------ set-up
    def setup(self):
        """A fresh wiki: install.php on SQLite, our settings, localisation cache, interwiki map."""
        t0 = time.monotonic()
        for d in (self.db, self.run_dir, self.tmp):
            rm_rf(d)
        for d in (self.conf, self.db, self.cache, self.tmp, self.run_dir):
            os.makedirs(d, exist_ok=True)
        if os.path.exists(self.settings):
            os.unlink(self.settings)
        shutil.copy(os.path.join(SCRIPTS, 'SanitizedCssModel.php'), self.conf)
        staging = os.path.join(self.tmp, 'install')
        os.makedirs(staging)
        chown_tree(self.state, self.user)
        sitename = self.site.get('sitename') or 'Wiki'
        # the installer refuses to run while the settings file (MW_CONFIG_FILE) exists: it is written after
        run(as_web_user(['php', os.path.join(MW_IP, 'maintenance', 'install.php'),
                         '--dbtype', 'sqlite', '--dbpath', self.db, '--dbname', DBNAME,
                         '--server', 'http://127.0.0.1', '--scriptpath', '', '--lang', self.lang,
                         '--pass', 'bench-admin-password-1', '--confpath', staging, '--skins', 'Vector',
                         sitename, 'BenchAdmin']),
            env=self.env(), cwd=MW_IP, log_file=self.log_file)
        with open(os.path.join(staging, 'LocalSettings.php'), encoding='utf-8') as f:
            generated = f.read()
        with open(self.settings, 'w', encoding='utf-8') as f:
            f.write(generated.rstrip() + "\n\n# bench/compare: the benchmark's settings come last\n"
                    "require_once __DIR__ . '/BenchSettings.php';\n")
        with open(os.path.join(self.conf, 'BenchSettings.php'), 'w', encoding='utf-8') as f:
            f.write(settings_php.render(self.site, lang=self.lang, engine=self.engine, cache=self.cache,
                                        tmp=self.tmp))
        chown_tree(self.state, self.user)
        langs = 'en' if self.lang == 'en' else f'en,{self.lang}'
        self.maint('rebuildLocalisationCache.php', '--lang', langs)
        self._delete_installer_pages()
        self.maint(os.path.join(SCRIPTS, 'LoadInterwiki.php'), '--lang', self.lang)
        log(f'MediaWiki set up in {self.state} ({time.monotonic() - t0:.0f} s; language {self.lang}, '
            f'Scribunto {self.engine})')

    def _delete_installer_pages(self):
        # install.php creates the main page now: a dump's own (older) revision of it would never
        # become current, so the wiki must hold only what the dump holds
        main = self.php_eval('echo Title::newMainPage()->getPrefixedText() . "\\n";').splitlines()
        main = [m for m in main if m.strip()]
        if main:
            self.maint('deleteBatch.php', '-u', 'BenchAdmin', '-r', 'benchmark: only imported pages',
                       input_text=main[-1] + '\n')

    # ------------------------------------------------------------------ import
    def import_dump(self, dump):
        """importDump.php --no-updates, then one refreshLinks.php pass, the search index and the
        site statistics. Returns the seconds of each step."""
        steps = {}
        cat = {'.bz2': ['bzip2', '-dc'], '.gz': ['gzip', '-dc']}.get(os.path.splitext(dump)[1], ['cat'])
        t0 = time.monotonic()
        reader = subprocess.Popen(cat + [dump], stdout=subprocess.PIPE)
        try:
            self.maint('importDump.php', '--no-updates', '--report=1000', stdin=reader.stdout)
        finally:
            reader.stdout.close()
            reader.wait()
        steps['importDump'] = time.monotonic() - t0
        steps['refreshLinks'] = self.maint('refreshLinks.php')[0]
        steps['rebuildtextindex'] = self.maint('rebuildtextindex.php')[0]
        steps['initSiteStats'] = self.maint('initSiteStats.php', '--update')[0]
        return steps

    def page_count_file_exists(self):
        """True when the state directory holds a wiki database from an earlier run."""
        return os.path.exists(os.path.join(self.db, DBNAME + '.sqlite'))

    def page_count(self):
        out = self.php_eval('echo wfGetDB( DB_REPLICA )->selectRowCount( "page" ) . "\\n";')
        digits = ''.join(ch for ch in out.splitlines()[-1] if ch.isdigit()) if out else ''
        return int(digits or 0)

    # ------------------------------------------------------------------ render
    def render(self, titles, out_dir, processes):
        """Cold render of titles into out_dir by `processes` PHP processes. Returns (seconds, per-page rows)."""
        rm_rf(out_dir)
        os.makedirs(out_dir)
        work = os.path.join(self.tmp, 'render')
        rm_rf(work)
        os.makedirs(work)
        listing = os.path.join(work, 'titles.txt')
        with open(listing, 'w', encoding='utf-8') as f:
            f.write(''.join(t + '\n' for t in titles))
        chown_tree(work, self.user)
        chown_tree(out_dir, self.user)
        script = os.path.join(SCRIPTS, 'RenderPages.php')
        t0 = time.monotonic()
        procs = []
        for k in range(processes):
            cmd = as_web_user(['php', script, '--list', listing, '--out', out_dir,
                               '--times', os.path.join(work, f'times-{k}.tsv'), '--shard', f'{k}/{processes}'])
            lf = open(self.log_file, 'ab')
            procs.append((subprocess.Popen(cmd, env=self.env(), cwd=MW_IP, stdout=lf, stderr=subprocess.STDOUT), lf))
        failed = []
        for p, lf in procs:
            if p.wait() != 0:
                failed.append(p.returncode)
            lf.close()
        seconds = time.monotonic() - t0
        if failed:
            raise BenchError(f'RenderPages.php failed (exit {failed}); see {self.log_file}')
        rows = []
        for k in range(processes):
            with open(os.path.join(work, f'times-{k}.tsv'), encoding='utf-8') as f:
                for line in f:
                    name, ms, lua, bin_, bout, problem = line.rstrip('\n').split('\t')
                    rows.append({'name': name, 'ms': float(ms), 'lua_ms': float(lua), 'bytes': int(bin_),
                                 'html_bytes': int(bout), 'problem': problem})
        return seconds, rows

    # ------------------------------------------------------------------ serve
    def start(self, port=None, fpm_children=8, nginx_workers=2):
        """nginx + php-fpm of our own on 127.0.0.1:port (opcache and APCu on); the system services are not used."""
        self.port = port or free_port()
        rd = os.path.join(self.run_dir, f'http-{self.port}')
        rm_rf(rd)
        os.makedirs(os.path.join(rd, 'tmp'))
        chown_tree(rd, self.user)
        fpm = sorted(glob.glob('/usr/sbin/php-fpm*'))
        if not fpm:
            raise BenchError('php-fpm is not installed (/usr/sbin/php-fpm*)')
        sock = os.path.join(rd, 'fpm.sock')
        with open(os.path.join(rd, 'php-fpm.conf'), 'w', encoding='utf-8') as f:
            f.write(settings_php.fpm_conf(rd, sock, self.user, self.settings, MW_IP, fpm_children))
        php_ini = ['-d', 'opcache.enable=1', '-d', 'opcache.memory_consumption=256',
                   '-d', 'opcache.interned_strings_buffer=32', '-d', 'opcache.max_accelerated_files=40000',
                   '-d', 'opcache.validate_timestamps=0', '-d', 'apc.enabled=1', '-d', 'apc.shm_size=256M',
                   '-d', 'memory_limit=512M']
        fpm_cmd = [fpm[-1], '--nodaemonize', '--fpm-config', os.path.join(rd, 'php-fpm.conf')] + php_ini
        if os.geteuid() == 0:
            fpm_cmd.append('--allow-to-run-as-root')   # the master only; its workers run as the pool user
        self.servers.append(Server('php-fpm', fpm_cmd, os.path.join(rd, 'php-fpm.out'), env=self.env()))
        # nginx answers 502 until php-fpm listens: wait for its socket first
        end = time.monotonic() + 60
        while not os.path.exists(sock):
            if self.servers[-1].proc.poll() is not None or time.monotonic() > end:
                raise BenchError(f'php-fpm did not start (no {sock}); logs in {rd}')
            time.sleep(0.1)
        with open(os.path.join(rd, 'nginx.conf'), 'w', encoding='utf-8') as f:
            f.write(settings_php.nginx_conf(rd, sock, self.port, self.user, MW_DOCROOT, nginx_workers))
        self.servers.append(Server('nginx', ['nginx', '-p', rd, '-c', os.path.join(rd, 'nginx.conf'),
                                             '-e', os.path.join(rd, 'nginx-error.log')],
                                   os.path.join(rd, 'nginx.out')))
        url = self.base_url() + '/wiki/Special:BlankPage'
        if not wait_http(url, 60, self.servers[-1].proc):
            raise BenchError(f'MediaWiki did not answer on {url}; logs in {rd}')
        status, _, _ = http_get(url)
        if status != 200:
            raise BenchError(f'MediaWiki answered {status} on {url}; logs in {rd}')
        return self.port

    def base_url(self):
        return f'http://127.0.0.1:{self.port}'

    def stop(self):
        for s in reversed(self.servers):
            s.stop()
        self.servers = []


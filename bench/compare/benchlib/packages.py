"""Installs the comparison's anchors from Debian when they are missing."""
import os
import subprocess

from .common import SkipBenchmark, is_root, log, which

# MediaWiki 1.39 with the php-fpm it runs under (opcache is part of php8.2-opcache, which
# php-fpm depends on), SQLite, the PHP modules MediaWiki needs, Lua for Scribunto, nginx in
# front; kiwix-serve and zimwriterfs; wrk drives the load; bzip2 reads the dumps.
PACKAGES = ['php-fpm', 'php-cli', 'php-sqlite3', 'php-mbstring', 'php-xml', 'php-intl', 'php-apcu',
            'lua5.1', 'nginx-light', 'mediawiki', 'kiwix-tools', 'zim-tools', 'wrk', 'bzip2', 'sqlite3']
# Wikipedia's Scribunto engine; without it Scribunto runs /usr/bin/lua5.1 (luastandalone).
OPTIONAL = ['php-luasandbox']


def installed(pkg):
    p = subprocess.run(['dpkg-query', '-W', '-f=${Status}', pkg], capture_output=True, check=False)
    return p.returncode == 0 and b'install ok installed' in p.stdout


def _provided(pkg):
    # nginx-light is one of several nginx flavours: any installed nginx will do
    if pkg == 'nginx-light':
        return which('nginx') is not None
    return installed(pkg)


def ensure():
    """Installs what is missing; raises SkipBenchmark when a required package cannot be installed."""
    if not which('dpkg-query'):
        raise SkipBenchmark('not a Debian system (no dpkg-query): MediaWiki, kiwix-serve and wrk come from Debian packages')
    missing = [p for p in PACKAGES if not _provided(p)]
    optional = [p for p in OPTIONAL if not installed(p)]
    if not missing and not optional:
        return
    if not is_root():
        sudo = which('sudo')
        if not sudo:
            if missing:
                raise SkipBenchmark(f'Debian packages missing and not root (no sudo): {" ".join(missing)}')
            return
        prefix = [sudo, '-n']
    else:
        prefix = []
    env = dict(os.environ, DEBIAN_FRONTEND='noninteractive')
    log(f'installing Debian packages: {" ".join(missing + optional)}')
    subprocess.run(prefix + ['apt-get', 'update', '-qq'], env=env, check=False, capture_output=True)
    # php-fpm and nginx first, so that mediawiki's "apache2 | httpd" and PHP's web-server
    # alternatives are satisfied by them instead of pulling in Apache
    first = [p for p in ('php-fpm', 'nginx-light') if p in missing]
    if first:
        _install(prefix, env, first)
    rest = [p for p in missing if p not in first]
    if rest:
        _install(prefix, env, rest)
    for p in optional:
        try:
            _install(prefix, env, [p])
        except SkipBenchmark:
            log(f'{p} could not be installed: Scribunto will use luastandalone (/usr/bin/lua5.1)')
    still = [p for p in PACKAGES if not _provided(p)]
    if still:
        raise SkipBenchmark(f'Debian packages could not be installed: {" ".join(still)}')


def _install(prefix, env, pkgs):
    p = subprocess.run(prefix + ['apt-get', 'install', '-y', '-q', '--no-install-recommends'] + pkgs,
                       env=env, capture_output=True, check=False)
    if p.returncode != 0:
        err = p.stderr.decode('utf-8', 'replace').strip().splitlines()
        raise SkipBenchmark(f'apt-get install {" ".join(pkgs)} failed: {err[-1] if err else p.returncode}')


def versions():
    """Versions of the anchors, for the results table."""
    out = {}
    for pkg in ('mediawiki', 'php8.2-fpm', 'php-luasandbox', 'kiwix-tools', 'zim-tools', 'nginx-light', 'wrk'):
        p = subprocess.run(['dpkg-query', '-W', '-f=${Version}', pkg], capture_output=True, check=False)
        if p.returncode == 0 and p.stdout:
            out[pkg] = p.stdout.decode().strip()
    return out

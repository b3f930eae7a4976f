"""Shared helpers of the comparison benchmark: paths, logging, processes, ports, timing.

Everything the benchmark starts is started here (Server), and stopped by the process id it
got at start: nothing is ever stopped by name.
"""
import os
import platform
import pwd
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request

REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..', '..'))
BENCH = os.path.join(REPO, 'bench')
COMPARE = os.path.join(BENCH, 'compare')
CORPUS = os.path.abspath(os.path.join(REPO, '..', 'shared', 'corpus'))

_T0 = time.monotonic()


class BenchError(Exception):
    """A step failed: the message names the step and where to look."""


class SkipBenchmark(Exception):
    """A prerequisite (a Debian package) cannot be installed: the benchmark cannot run here."""


def log(msg):
    """One progress line on stderr, with the time since the benchmark started."""
    t = time.monotonic() - _T0
    print(f'[{int(t // 60):02d}:{t % 60:04.1f}] {msg}', file=sys.stderr, flush=True)


def run(cmd, *, log_file=None, cwd=None, env=None, stdin=None, input_text=None, check=True, timeout=None):
    """Runs a command; its output goes to log_file (appended) or is returned. Returns (seconds, stdout).
    stdin is a file to read from, input_text a string to feed (not both)."""
    data = input_text.encode('utf-8') if input_text is not None else None
    t0 = time.monotonic()
    if log_file:
        with open(log_file, 'ab') as f:
            f.write(('\n$ ' + ' '.join(map(str, cmd)) + '\n').encode())
            f.flush()
            p = subprocess.run(cmd, cwd=cwd, env=env, stdin=stdin, input=data, stdout=f, stderr=subprocess.STDOUT,
                               timeout=timeout, check=False)
        out = ''
    else:
        p = subprocess.run(cmd, cwd=cwd, env=env, stdin=stdin, input=data, capture_output=True, timeout=timeout,
                           check=False)
        out = p.stdout.decode('utf-8', 'replace')
    dt = time.monotonic() - t0
    if check and p.returncode != 0:
        where = f'; output in {log_file}' if log_file else ': ' + tail(out + p.stderr.decode('utf-8', 'replace'))
        raise BenchError(f'{os.path.basename(str(cmd[0]))} exited with {p.returncode}{where}')
    return dt, out


def tail(text, lines=6):
    return ' | '.join(text.strip().splitlines()[-lines:])


def free_port():
    """A TCP port on 127.0.0.1 nobody listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(('127.0.0.1', 0))
        return s.getsockname()[1]


def http_get(url, timeout=30, headers=None):
    """(status, body bytes, seconds) of one GET; HTTP errors are returned, not raised."""
    req = urllib.request.Request(url, headers=headers or {})
    t0 = time.perf_counter()
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            body = r.read()
            return r.status, body, time.perf_counter() - t0
    except urllib.error.HTTPError as e:
        return e.code, e.read(), time.perf_counter() - t0


def wait_http(url, seconds, proc=None):
    """Waits until url answers (any HTTP status); False when it does not within the time."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if proc is not None and proc.poll() is not None:
            return False
        try:
            http_get(url, timeout=5)
            return True
        except (OSError, urllib.error.URLError):
            time.sleep(0.2)
    return False


def is_root():
    return os.geteuid() == 0


def web_user():
    """The account that serves and runs MediaWiki: www-data when we are root, else ourselves."""
    if is_root():
        try:
            pwd.getpwnam('www-data')
            return 'www-data'
        except KeyError:
            return 'root'
    return pwd.getpwuid(os.geteuid()).pw_name


def as_web_user(cmd):
    """Prefix for running cmd as web_user(). setpriv, not su/runuser: no PAM, limits kept."""
    user = web_user()
    if is_root() and user != 'root':
        return ['setpriv', f'--reuid={user}', f'--regid={user}', '--init-groups'] + list(cmd)
    return list(cmd)


def chown_tree(path, user):
    if not is_root():
        return
    pw = pwd.getpwnam(user)
    for root, dirs, files in os.walk(path):
        os.chown(root, pw.pw_uid, pw.pw_gid)
        for n in files:
            os.chown(os.path.join(root, n), pw.pw_uid, pw.pw_gid)


def machine():
    """Cores, CPU model, RAM and OS, for the results table."""
    model = ''
    try:
        with open('/proc/cpuinfo', encoding='utf-8') as f:
            for line in f:
                if line.startswith('model name'):
                    model = line.split(':', 1)[1].strip()
                    break
    except OSError:
        pass
    ram = 0
    try:
        with open('/proc/meminfo', encoding='utf-8') as f:
            ram = int(f.readline().split()[1]) / 1024 / 1024
    except (OSError, ValueError, IndexError):
        pass
    osname = platform.platform()
    try:
        with open('/etc/os-release', encoding='utf-8') as f:
            for line in f:
                if line.startswith('PRETTY_NAME='):
                    osname = line.split('=', 1)[1].strip().strip('"')
    except OSError:
        pass
    return {'cores': os.cpu_count(), 'cpu': model, 'ram_gb': round(ram, 1), 'os': osname,
            'load': os.getloadavg()[0]}


class Server:
    """A server process the benchmark started: stopped by its own process id (and process group)."""

    def __init__(self, name, cmd, log_path, *, env=None, cwd=None, pidfile=None):
        self.name = name
        self.log_path = log_path
        self.pidfile = pidfile
        self._log = open(log_path, 'ab')
        # own session: the whole group can be signalled without touching anything else
        self.proc = subprocess.Popen(cmd, stdout=self._log, stderr=subprocess.STDOUT, env=env, cwd=cwd,
                                     start_new_session=True)

    def pid(self):
        """The server's main process: from its pid file when it daemonizes, else the child."""
        if self.pidfile and os.path.exists(self.pidfile):
            try:
                with open(self.pidfile, encoding='ascii') as f:
                    return int(f.read().strip())
            except (OSError, ValueError):
                return None
        return self.proc.pid

    def stop(self):
        pids = {self.proc.pid}
        p = self.pid()
        if p:
            pids.add(p)
        for pid in pids:
            try:
                os.kill(pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
        end = time.monotonic() + 10
        while time.monotonic() < end and any(_alive(p) for p in pids):
            time.sleep(0.1)
        for pid in pids:
            if _alive(pid):
                try:
                    os.kill(pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
        try:
            self.proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            pass
        self._log.close()


class LocalServer:
    """A server the benchmark runs on a free 127.0.0.1 port: started as a process of ours (its output in
    log_path), ready once its readiness path answers HTTP, stopped by its own process id. Subclasses give
    the process name, the label used in messages and the command line for a port."""

    name = None
    """The process name (Server's name)."""
    label = None
    """How messages call the server (defaults to name)."""
    ready_path = '/'
    """The path that answers once the server is ready."""
    ready_seconds = 60
    """How long the server may take to answer it."""

    def __init__(self, log_path):
        self.log_path = log_path
        self.port = None
        self.server = None

    def command(self, port):
        """The command line that serves on 127.0.0.1:port."""
        raise NotImplementedError

    def start(self):
        """Starts the server and waits until it answers; BenchError naming the log file when it does not."""
        label = self.label or self.name
        self.port = free_port()
        self.server = Server(self.name, self.command(self.port), self.log_path)
        if not wait_http(self.base_url() + self.ready_path, self.ready_seconds, self.server.proc):
            code = self.server.proc.poll()
            self.stop()
            why = f'exited with code {code} before answering' if code is not None else f'did not answer within {self.ready_seconds} s'
            raise BenchError(f'{label} {why} on port {self.port}; log in {self.log_path}')
        log(f'{label} on {self.base_url()}')

    def base_url(self):
        return f'http://127.0.0.1:{self.port}'

    def stop(self):
        """Stops the server (SIGTERM, then SIGKILL after 10 s); does nothing when it is not running."""
        if self.server:
            self.server.stop()
            self.server = None


def _alive(pid):
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    # a zombie child of ours counts as gone
    try:
        with open(f'/proc/{pid}/stat', encoding='ascii') as f:
            return f.read().split(')')[-1].split()[0] != 'Z'
    except OSError:
        return False


def which(name):
    return shutil.which(name)


def rm_rf(path):
    if os.path.islink(path) or os.path.isfile(path):
        os.unlink(path)
    elif os.path.isdir(path):
        shutil.rmtree(path)

"""Athenaeum's side of the comparison: the CLI (`athenaeum import`, `athenaeum serve` when the CLI has
it) and the render benchmark (bench/render/Athenaeum.Bench.Render), built from this checkout."""
import json
import os
import resource

from .common import REPO, LocalServer, run

# The binaries: Release builds of this checkout, or what ATHENAEUM_CLI / ATHENAEUM_BENCHRENDER name (an
# executable or a .dll run with `dotnet`; the smoke test points them at its own build).
CLI = os.environ.get('ATHENAEUM_CLI') or os.path.join(REPO, 'artifacts', 'bin', 'Athenaeum.Cli', 'release', 'athenaeum')
RENDER = (os.environ.get('ATHENAEUM_BENCHRENDER')
          or os.path.join(REPO, 'artifacts', 'bin', 'Athenaeum.Bench.Render', 'release', 'benchrender'))


def _cmd(path):
    return ['dotnet', path] if path.endswith('.dll') else [path]


def build(log_file):
    """Builds the CLI and the render benchmark (Release)."""
    for project in ('src/Athenaeum.Cli', 'bench/render/Athenaeum.Bench.Render'):
        run(['dotnet', 'build', project, '-c', 'Release', '-nologo', '-v', 'q', '-clp:ErrorsOnly'], cwd=REPO,
            log_file=log_file)


def cpu_children():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def commands():
    """The CLI's commands (from `athenaeum --help`)."""
    _, out = run(_cmd(CLI) + ['--help'], check=False)
    cmds = set()
    in_commands = False
    for line in out.splitlines():
        if line.strip() == 'Commands:':
            in_commands = True
            continue
        if in_commands and line.startswith('  ') and not line.startswith('    ') and line.strip():
            cmds.add(line.split()[0])
    return cmds


def import_dump(dump, library, log_file):
    """`athenaeum import DUMP --library LIB` into a fresh library; (wall seconds, CPU seconds)."""
    for suffix in ('', '-wal', '-shm'):
        if os.path.exists(library + suffix):
            os.unlink(library + suffix)
    cpu0 = cpu_children()
    seconds, _ = run(_cmd(CLI) + ['import', dump, '--library', library], log_file=log_file)
    return seconds, cpu_children() - cpu0


def render(library, out_dir, json_path, log_file, *, titles=None, articles=None, threads='1,2'):
    """The render benchmark over the library's articles; returns its JSON report."""
    cmd = _cmd(RENDER) + ['--library', library, '--threads', threads, '--out', out_dir, '--json', json_path]
    if titles:
        cmd += ['--titles', titles]
    if articles:
        cmd += ['--articles', articles]
    os.makedirs(out_dir, exist_ok=True)
    _, out = run(cmd)
    with open(log_file, 'a', encoding='utf-8') as f:
        f.write(out)
    with open(json_path, encoding='utf-8') as f:
        data = json.load(f)
    data['table'] = out
    return data


class Site(LocalServer):
    """`athenaeum serve` on a private port, started by us and stopped by its process id."""

    name = 'athenaeum'
    label = 'athenaeum serve'

    def __init__(self, library, log_path):
        super().__init__(log_path)
        self.library = library

    def command(self, port):
        return _cmd(CLI) + ['serve', '--library', self.library, '--urls', f'http://127.0.0.1:{port}']

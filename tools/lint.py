"""The package's readability checks, run by `make test` (and `make lint`) on the exported modules `chess_grpo/*.py`:

- no line over 120 characters and no `;`-joined statements (ruff's E501, E702, E703), except nbdev's generated
  `__all__ = [...]` line and the generated `_modidx.py`;
- no function over 60 lines (docstring included).

    python tools/lint.py            # prints each problem as path:line: message, exits 1 if there is one
    python tools/lint.py --stats    # also the counts per module

The modules are generated from `nbs/`: fix a problem in its notebook (the `# %% ../nbs/X.ipynb #id` line above it
names the cell), then `make export`.
"""
import ast, json, shutil, subprocess, sys
from collections import Counter
from pathlib import Path

LINE_LENGTH, MAX_FUNCTION_LINES = 120, 60
RULES = 'E501,E702,E703'
ROOT = Path(__file__).resolve().parent.parent


def modules(root=ROOT):
    return sorted(p for p in (root / 'chess_grpo').glob('*.py') if p.name != '_modidx.py')


def _ruff():
    exe = Path(sys.executable).parent / 'ruff'
    if exe.exists(): return str(exe)
    if shutil.which('ruff'): return shutil.which('ruff')
    sys.exit("lint: ruff is not installed (it is in the dev extras: pip install -e '.[dev]')")


def ruff_problems(paths):
    "(path, line, message) for each E501/E702/E703 hit outside nbdev's `__all__` line."
    cmd = [_ruff(), 'check', '--isolated', '--select', RULES, f'--line-length={LINE_LENGTH}', '--output-format=json',
           *map(str, paths)]
    out = subprocess.run(cmd, capture_output=True, text=True)
    if out.returncode not in (0, 1): sys.exit(f"lint: ruff failed: {out.stderr.strip()}")
    found = []
    for d in json.loads(out.stdout or '[]'):
        path, row = Path(d['filename']), d['location']['row']
        if path.read_text().split('\n')[row - 1].startswith('__all__ = '): continue
        found.append((path, row, f"{d['code']} {d['message']}"))
    return found


def long_functions(paths, limit=MAX_FUNCTION_LINES):
    "(path, line, message) for each function longer than `limit` lines."
    found = []
    for p in paths:
        for n in ast.walk(ast.parse(p.read_text())):
            if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef)) and n.end_lineno - n.lineno + 1 > limit:
                found.append((p, n.lineno, f"function {n.name} is {n.end_lineno - n.lineno + 1} lines (at most {limit})"))
    return found


def main(argv):
    paths = modules()
    found = sorted(ruff_problems(paths) + long_functions(paths), key=lambda f: (f[0].name, f[1]))
    for p, row, msg in found: print(f"{p.relative_to(ROOT)}:{row}: {msg}")
    if '--stats' in argv:
        for name, n in Counter(p.name for p, _, _ in found).most_common(): print(f"{n:5d} {name}")
    if found: sys.exit(f"lint: {len(found)} problem(s) in the exported modules; fix them in their notebooks")
    print(f"lint: {len(paths)} modules, no line over {LINE_LENGTH}, no ';' joins, no function over {MAX_FUNCTION_LINES} lines")


if __name__ == '__main__': main(sys.argv[1:])

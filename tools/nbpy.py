"""Convert between nbdev notebooks and a plain "percent" script, for editing notebooks as text.

    python tools/nbpy.py py2nb drafts/00_encoding.py nbs/00_encoding.ipynb
    python tools/nbpy.py nb2py nbs/00_encoding.ipynb /tmp/00_encoding.py

A script is a sequence of cells. `# %%` starts a code cell, `# %% [markdown]` a markdown cell whose
lines carry a leading `# `. The notebook stays the source of truth; this tool only helps edit it.
"""
import hashlib, json, sys
from pathlib import Path

def _cell(kind, lines):
    while lines and not lines[-1].strip(): lines.pop()
    while lines and not lines[0].strip(): lines.pop(0)
    src = [l + '\n' for l in lines]
    if src: src[-1] = src[-1][:-1]
    if kind == 'markdown': return {'cell_type': 'markdown', 'metadata': {}, 'source': src}
    return {'cell_type': 'code', 'execution_count': None, 'metadata': {}, 'outputs': [], 'source': src}

def py2nb(src, dst):
    cells, kind, buf = [], None, []
    for line in Path(src).read_text().split('\n'):
        if line.startswith('# %%'):
            if kind is not None: cells.append(_cell(kind, buf))
            kind, buf = ('markdown' if '[markdown]' in line else 'code'), []
            continue
        if kind == 'markdown': line = line[2:] if line.startswith('# ') else line.lstrip('#')
        buf.append(line)
    if kind is not None: cells.append(_cell(kind, buf))
    for i, c in enumerate(cells):  # stable ids, so nbdev_export output does not change between runs
        c['id'] = hashlib.sha1(f"{Path(dst).stem}:{i}:{''.join(c['source'])}".encode()).hexdigest()[:8]
    nb = {'cells': cells, 'metadata': {'kernelspec': {'display_name': 'python3', 'language': 'python', 'name': 'python3'}},
          'nbformat': 4, 'nbformat_minor': 5}
    Path(dst).write_text(json.dumps(nb, indent=1, ensure_ascii=False) + '\n')

def nb2py(src, dst):
    out = []
    for c in json.loads(Path(src).read_text())['cells']:
        text = ''.join(c['source'])
        if c['cell_type'] == 'markdown':
            out.append('# %% [markdown]')
            out += [('# ' + l) if l else '#' for l in text.split('\n')]
        else:
            out.append('# %%'); out.append(text)
        out.append('')
    Path(dst).write_text('\n'.join(out))

if __name__ == '__main__':
    cmd, a, b = sys.argv[1:4]
    {'py2nb': py2nb, 'nb2py': nb2py}[cmd](a, b)

"""Edit single cells of a notebook in place, keeping every other cell and its id unchanged.

    python tools/nbcell.py list nbs/05_trainer.ipynb              # index, id, type, first line of each cell
    python tools/nbcell.py get nbs/05_trainer.ipynb 39d0bc90 > /tmp/cell.py
    python tools/nbcell.py set nbs/05_trainer.ipynb 39d0bc90 /tmp/cell.py
    python tools/nbcell.py insert nbs/05_trainer.ipynb 39d0bc90 /tmp/new.py [--markdown]   # after that cell; prints new id
    python tools/nbcell.py delete nbs/05_trainer.ipynb 39d0bc90

`tools/nbpy.py` round-trips a whole notebook and renumbers every cell id after an insertion; this tool changes only the
cell it names, so two branches that edit different cells of one notebook merge cleanly. Run `make export` afterwards.
"""
import json, secrets, sys
from pathlib import Path


def _load(nb): return json.loads(Path(nb).read_text())


def _save(nb, d): Path(nb).write_text(json.dumps(d, indent=1, ensure_ascii=False) + '\n')


def _index(d, cid):
    for i, c in enumerate(d['cells']):
        if c.get('id') == cid: return i
    sys.exit(f"nbcell: no cell with id {cid!r}")


def _source(text):
    lines = text.rstrip('\n').split('\n')
    return [l + '\n' for l in lines[:-1]] + [lines[-1]]


def _new(kind, text):
    ids = secrets.token_hex(4)
    if kind == 'markdown': return {'cell_type': 'markdown', 'id': ids, 'metadata': {}, 'source': _source(text)}
    return {'cell_type': 'code', 'execution_count': None, 'id': ids, 'metadata': {}, 'outputs': [],
            'source': _source(text)}


def main(argv):
    if len(argv) < 2: sys.exit(__doc__)
    cmd, nb, rest = argv[0], argv[1], argv[2:]
    d = _load(nb)
    if cmd == 'list':
        for i, c in enumerate(d['cells']):
            first = ''.join(c['source']).split('\n', 1)[0][:90]
            print(f"{i:3d} {c.get('id', '?'):>8} {c['cell_type'][:4]} {first}")
    elif cmd == 'get':
        print(''.join(d['cells'][_index(d, rest[0])]['source']))
    elif cmd == 'set':
        d['cells'][_index(d, rest[0])]['source'] = _source(Path(rest[1]).read_text())
        _save(nb, d)
    elif cmd == 'insert':
        cell = _new('markdown' if '--markdown' in rest else 'code', Path(rest[1]).read_text())
        d['cells'].insert(_index(d, rest[0]) + 1, cell)
        _save(nb, d)
        print(cell['id'])
    elif cmd == 'delete':
        del d['cells'][_index(d, rest[0])]
        _save(nb, d)
    else: sys.exit(f"nbcell: unknown command {cmd!r}; use list, get, set, insert or delete")


if __name__ == '__main__': main(sys.argv[1:])

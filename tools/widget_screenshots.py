"""Screenshots of both widgets in a real JupyterLab, at a wide and a narrow window: a manual check, not part of CI.

Usage (from the repository root, with a JupyterLab already serving it):
    .venv/bin/jupyter lab --no-browser --ip 127.0.0.1 --port 8899 --ServerApp.token=xyz --allow-root &
    .venv/bin/python tools/widget_screenshots.py --out /tmp/widgets_after [--widths 1600,900 --dpr 2 --url ... --token xyz]

Needs Debian's chromium (/usr/bin/chromium) and `pip install playwright` in the venv (no `playwright install`);
neither is a project requirement. It writes a fixture checkpoint, two fixture runs and `widget_check.ipynb` under
runs/widget_check/ (ignored by git), runs the notebook in JupyterLab, and for each window width writes
<out>/lab_<width>.png (the window), <out>/temperature_<width>.png and <out>/runs_<width>.png (each widget) and
<out>/measure_<width>.json: each chart image's natural and drawn size, and the widgets wider than their cell.
"""
import argparse, json, time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
                 '--disable-component-update', '--disable-sync', '--no-first-run']

def write_fixtures(d: Path) -> Path:
    "A checkpoint of a non-uniform tiny net, two fixture runs (not results) and a notebook showing both widgets."
    import torch, nbformat
    from chess_grpo.model import PolicyNet, save_policy
    from chess_grpo.analysis import make_synthetic_run
    d.mkdir(parents=True, exist_ok=True)
    torch.manual_seed(0); net = PolicyNet('tiny').eval()
    with torch.no_grad(): net.out.weight.normal_(std=0.5)
    save_policy(d / 'run' / 'checkpoints' / 'step_000010.pt', net)
    for name, h_inf in (('fixture-a', 1.7), ('fixture-b', 1.4)): make_synthetic_run(d, name, n_steps=120, h_inf=h_inf, eval_every=40)
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell('from chess_grpo.widgets import temperature_explorer, run_explorer'),
                nbformat.v4.new_code_cell(f"temperature_explorer({str(d / 'run')!r})"),
                nbformat.v4.new_code_cell(f"run_explorer([{str(d / 'fixture-a')!r}, {str(d / 'fixture-b')!r}], 'entropy', 5)")]
    nb.metadata['kernelspec'] = dict(name='python3', display_name='Python 3', language='python')
    nbformat.write(nb, d / 'widget_check.ipynb')
    return d / 'widget_check.ipynb'

MEASURE = """() => [...document.querySelectorAll('.jp-OutputArea-output')].map((out, i) => ({
  output: i, cell_width: out.getBoundingClientRect().width,
  overflow: [...out.querySelectorAll('.jupyter-widgets, img')].filter(w => w.getBoundingClientRect().right > out.getBoundingClientRect().right + 1)
     .map(w => `${w.className.split(' ').filter(c => c.startsWith('widget-') || c.startsWith('jupyter-widget-')).join('.') || w.tagName} right by ${Math.round(w.getBoundingClientRect().right - out.getBoundingClientRect().right)}px`),
  images: [...out.querySelectorAll('img')].map(im => ({src_type: im.src.slice(0, 5), natural: [im.naturalWidth, im.naturalHeight],
     drawn: [Math.round(im.getBoundingClientRect().width), Math.round(im.getBoundingClientRect().height)],
     attrs: [im.getAttribute('width'), im.getAttribute('height')]})),
  labels: [...out.querySelectorAll('.widget-html-content')].map(h => h.innerText).filter(t => t.includes('checkpoint') || t.includes('network') || t.includes('model'))
}))"""

def stop_kernels(url: str, token: str, nb_rel: str):
    "Shut down kernels already running the notebook, so that a fresh one imports the current chess_grpo."
    import urllib.request
    call = lambda method, path: urllib.request.urlopen(urllib.request.Request(
        f'{url}{path}', method=method, headers={'Authorization': f'token {token}'}), timeout=30).read()
    for sess in json.loads(call('GET', '/api/sessions')):
        if sess.get('path') == nb_rel: call('DELETE', f"/api/sessions/{sess['id']}")

def shoot(url: str, token: str, nb_rel: str, out: Path, widths, height: int, dpr: float):
    from playwright.sync_api import sync_playwright
    stop_kernels(url, token, nb_rel)
    out.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path='/usr/bin/chromium', args=CHROMIUM_ARGS)
        for w in widths:
            page = browser.new_page(viewport=dict(width=w, height=height), device_scale_factor=dpr)
            page.goto(f'{url}/lab/tree/{nb_rel}?token={token}&reset')
            page.wait_for_selector('.jp-Notebook .jp-Cell', timeout=60_000)
            time.sleep(3)  # the kernel starts
            page.click('.jp-Notebook .jp-Cell >> nth=0')
            page.keyboard.press('Escape')
            for _ in range(3): page.keyboard.press('Shift+Enter'); time.sleep(1)
            page.wait_for_selector('.jp-OutputArea-output img', timeout=120_000)
            page.wait_for_function("document.querySelectorAll('.jp-OutputArea-output img').length >= 2", timeout=120_000)
            time.sleep(3)
            page.keyboard.press('Escape')
            news = page.locator('.Toastify__toast button', has_text='No')  # JupyterLab's "get news?" prompt
            if news.count(): news.first.click(); time.sleep(1)
            page.screenshot(path=out / f'lab_{w}.png')
            outs = page.query_selector_all('.jp-OutputArea-output')
            for name, el in zip(('temperature', 'runs'), outs[-2:]):
                el.scroll_into_view_if_needed(); el.screenshot(path=out / f'{name}_{w}.png')
            m = page.evaluate(MEASURE)
            (out / f'measure_{w}.json').write_text(json.dumps(m, indent=1))
            print(f'width {w}:', json.dumps(m))
            page.close()
        browser.close()

if __name__ == '__main__':
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--out', default='/tmp/widget_screenshots')
    ap.add_argument('--url', default='http://127.0.0.1:8899'); ap.add_argument('--token', default='xyz')
    ap.add_argument('--widths', default='1600,900'); ap.add_argument('--height', type=int, default=1300)
    ap.add_argument('--dpr', type=float, default=1.0, help='device pixel ratio of the window')
    a = ap.parse_args()
    nb = write_fixtures(ROOT / 'runs' / 'widget_check')
    shoot(a.url, a.token, nb.relative_to(ROOT).as_posix(), Path(a.out), [int(w) for w in a.widths.split(',')], a.height, a.dpr)

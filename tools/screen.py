"""Print the figures of an experiment's screen from its cached runs: per seed, over seeds, between arms, and where each
arm's gain lives on the development suites' positions.

    .venv/bin/python tools/screen.py EXPERIMENT SCALE [ARM ...]
    .venv/bin/python tools/screen.py per_search recipe default distill

Seeds are the unit: per-seed figures, a t-interval over seeds, tests between arms paired by seed (the experiment's
`pairs`, Holm over every row printed in that table). Position-level readings pool each arm's seeds per position
(`run_readings`): changed positions better against worse with the sign test, the share of the three most-improved.
"""
import sys
import numpy as np
import pandas as pd
from chess_grpo.experiments import EXPERIMENTS, load_experiment, run_readings, seed_figures, arm_tests, t_interval

FIGURES = ('regret', 'sts', 'top1', 'tactics')


def _work(run) -> dict:
    "Stockfish work and wall time of one run, from its summary and config."
    s, c = run.summary or {}, run.config
    nodes = s.get('engine_nodes') or float('nan')
    return dict(nodes_M=nodes / 1e6, engine_s=s.get('engine_seconds'), wall_s=s.get('wall_seconds') or s.get('seconds'),
                positions=s.get('positions'), kind=c.get('_kind', 'grpo'))


def per_seed(runs, figures) -> pd.DataFrame:
    "One row per run: seed, the change of each figure from its start, its end, and the run's engine work."
    sf = seed_figures(runs)
    for f in figures:
        if f not in sf:
            sf[f], sf['d_' + f] = np.nan, np.nan
    cols = ['arm', 'seed', 'entropy_final', 'entropy_min'] + [f'd_{f}' for f in figures] + list(figures)
    work = pd.DataFrame([dict(arm=a, seed=r.config['seed'], **_work(r)) for a, rs in runs.items() for r in rs])
    return sf[cols].merge(work, on=['arm', 'seed'])


def over_seeds(tab, figures) -> pd.DataFrame:
    "Per arm: the mean change of each figure over seeds with its 95% t-interval."
    rows = []
    for arm, g in tab.groupby('arm', sort=False):
        row = dict(arm=arm, seeds=len(g))
        for f in figures:
            m, lo, hi = t_interval(g['d_' + f])
            row[f'd_{f}'] = f"{m:+.4f} [{lo:+.4f}, {hi:+.4f}]" if np.isfinite(m) else ''
        rows.append(row)
    return pd.DataFrame(rows)


def main(argv):
    if len(argv) < 2: sys.exit(__doc__)
    name, scale, arms = argv[0], argv[1], argv[2:]
    exp, runs = EXPERIMENTS[name], load_experiment(argv[0], argv[1])
    runs = {a: rs for a, rs in runs.items() if not arms or a in arms}
    figs = tuple(f for f in FIGURES if any(f'strength_{f}' in r.metrics for rs in runs.values() for r in rs))
    pd.set_option('display.width', 250)
    pd.set_option('display.max_columns', 40)
    tab = per_seed(runs, figs)
    print(f'## {name} / {scale}: per seed (d_ = end - start; engine work in millions of nodes)')
    print(tab.round(4).to_string(index=False))
    print('\n## Over seeds: mean change from the start, 95% t-interval')
    print(over_seeds(tab, figs).to_string(index=False))
    tests = arm_tests(runs, figures=figs, pairs=exp.pairs)
    print('\n## Between arms (b - a; paired by seed where both are of one kind) and changes from the start; Holm over rows')
    print(tests.round(5).to_string(index=False))
    print('\n## Where each arm\'s gain lives (positions of the development suites, the seeds pooled per position)')
    for a, rs in runs.items():
        seeds = [r.config['seed'] for r in rs]
        try: tab = run_readings(runs, a, seeds, figs)
        except FileNotFoundError as e:
            print(f'### {a}: {e}')
            continue
        cols = ['figure', 'per_seed', 'pos_diff', 'pos_lo', 'pos_hi', 'pos_mdd', 'changed', 'better', 'worse', 'p_sign',
                'top_share', 'top']
        print(f'### {a} (seeds {seeds})')
        print(tab[[c for c in cols if c in tab]].to_string(index=False))


if __name__ == '__main__':
    main(sys.argv[1:])

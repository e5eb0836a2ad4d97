"""Print the figures of the `clipping_regime` screen from its cached runs (research_docs/data/clipping_regime/screen).

    .venv/bin/python tools/clipping_screen.py [ARM ...]

Every number of research_docs/2026-12-03_clipping-regime-screen.md comes from this script's output.
"""
import sys
import numpy as np
import pandas as pd
from chess_grpo.experiments import load_experiment, run_readings, end_reports, position_reading

FIGURES = ('regret', 'sts', 'top1', 'tactics')


def trajectory(run) -> dict:
    "Entropy along the run, clip fractions and ratio, and how well the first-order prediction tracks the change."
    m = run.metrics
    tr = m[m['entropy'].notna()]
    pred, meas = tr['entropy_change_pred'].to_numpy(), tr['entropy_change'].to_numpy()
    at = lambda s: float(tr.loc[tr.index <= s, 'entropy'].iloc[-1])
    ho = m[m['heldout_entropy'].notna()] if 'heldout_entropy' in m else m.iloc[0:0]
    return dict(steps=len(tr), H_1=at(1), H_40=at(40), H_80=at(80), H_end=float(tr['entropy'].iloc[-1]),
                H_min=float(tr['entropy'].min()), clip_low=float(tr['clip_frac_low'].mean()),
                clip_high=float(tr['clip_frac_high'].mean()), cov_frac=float(tr['cov_frac'].mean()),
                ratio_q99=float(tr['ratio_q99'].mean()), kl_coef_end=float(tr['kl_coef'].iloc[-1]),
                pred_r=float(np.corrcoef(pred, meas)[0, 1]), pred_slope=float((pred @ meas) / (pred @ pred)),
                sum_pred=float(pred.sum()), sum_meas=float(meas.sum()),
                heldout_H_first=float(ho['heldout_entropy'].iloc[0]) if len(ho) else np.nan,
                heldout_H_end=float(ho['heldout_entropy'].iloc[-1]) if len(ho) else np.nan,
                **{f'top{k}_first': float(ho[f'heldout_top{k}'].iloc[0]) if len(ho) else np.nan for k in (1, 3, 5)},
                **{f'top{k}_end': float(ho[f'heldout_top{k}'].iloc[-1]) if len(ho) else np.nan for k in (1, 3, 5)})


def main(arms):
    runs = load_experiment('clipping_regime', 'screen')
    arms = arms or list(runs)
    pd.set_option('display.width', 220)
    pd.set_option('display.max_columns', 30)
    print('## Trajectories (one seed each)')
    print(pd.DataFrame({a: trajectory(runs[a][0]) for a in arms}).T.round(4).to_string())
    print('\n## Each run, its last strength report against its first (paired on positions)')
    for a in arms:
        seeds = [r.config['seed'] for r in runs[a]]
        cols = ['figure', 'per_seed', 'pos_diff', 'pos_lo', 'pos_hi', 'pos_mdd', 'changed', 'better', 'worse', 'p_sign',
                'top_share']
        tab = run_readings(runs, a, seeds, FIGURES)
        print(f'### {a} (seeds {seeds})')
        print(tab[[c for c in cols if c in tab]].to_string(index=False))
    if len(arms) > 1:
        base = arms[0]
        print(f'\n## Final policies against {base}\'s, paired on positions (same seed)')
        b_end = end_reports(runs[base][0])[1]
        for a in arms[1:]:
            e = end_reports(runs[a][0])[1]
            rows = [position_reading([b_end.values[f]], [e.values[f]], f) for f in FIGURES]
            print(f'### {a} - {base}')
            print(pd.DataFrame(rows)[['figure', 'per_seed', 'pos_diff', 'pos_lo', 'pos_hi', 'pos_mdd', 'changed',
                                      'better', 'worse', 'p_sign']].to_string(index=False))


if __name__ == '__main__':
    main(sys.argv[1:])

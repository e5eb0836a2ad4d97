"""Is a GRPO policy's better expected regret more than a sharper temperature? A control for the recipe experiment.

    .venv/bin/python tools/temperature_control.py CHECKPOINT [--reference checkpoints/warmstart.pt]

On the move-quality suite, prints the reference policy's mean entropy and expected regret at temperatures 0.5-1.2, and the
checkpoint's at T = 1, with the reference's expected regret at the temperature that gives it the checkpoint's entropy
(linear interpolation). If the checkpoint only sharpened the reference, the two regrets agree; a lower regret for the
checkpoint at equal entropy means it also re-ranked the moves. Prints JSON at the end."""
import argparse, json
import numpy as np, torch
from chess_grpo.model import load_policy, masked_log_probs, git_commit
from chess_grpo.strength import load_move_quality, compare

p = argparse.ArgumentParser(description=__doc__.split('\n')[0])
p.add_argument('checkpoint'); p.add_argument('--reference', default='checkpoints/warmstart.pt')
a = p.parse_args()
suite = load_move_quality()
boards, obs, mask = suite.encoded()
A = torch.as_tensor(suite.actions); Q = torch.as_tensor(suite.values)
regret = torch.nan_to_num(torch.nan_to_num(Q, nan=-1).max(1, keepdim=True).values - Q, nan=0.0)
@torch.no_grad()
def logits_of(path): return load_policy(path).eval()(obs).float()
def per_position(z, T):
    "Per position: entropy and expected regret of the masked policy at temperature T."
    lp = masked_log_probs(z, mask, T); p_ = lp.exp() * mask
    pk = torch.where(A >= 0, p_.gather(1, A.clamp(min=0)), torch.zeros(()))
    return (-(p_ * lp).sum(1)).numpy(), (pk * regret).sum(1).numpy()
def stats(z, T):
    h, r = per_position(z, T); return float(h.mean()), float(r.mean())
zr, zc = logits_of(a.reference), logits_of(a.checkpoint)
grid = [round(t, 2) for t in np.arange(0.5, 1.21, 0.05)]
ref = [(t, *stats(zr, t)) for t in grid]
hc, rc = stats(zc, 1.0)
hs = np.array([h for _, h, _ in ref]); rs = np.array([r for _, _, r in ref]); ts = np.array(grid)
t_match = float(np.interp(hc, hs, ts))
for _ in range(30):                                   # refine: the temperature at which the reference has the checkpoint's entropy
    h_m = stats(zr, t_match)[0]; t_match *= float(np.exp(0.5 * (hc - h_m) / max(h_m, 1e-6)))
r_match = stats(zr, t_match)[1]
paired = compare(per_position(zr, t_match)[1], per_position(zc, 1.0)[1])
print(f"reference {a.reference}:"); [print(f"  T {t:.2f}: entropy {h:.3f} nats, expected regret {r:.4f}") for t, h, r in ref]
print(f"checkpoint {a.checkpoint} at T = 1: entropy {hc:.3f}, expected regret {rc:.4f}")
print(f"reference at equal entropy (T = {t_match:.3f}, entropy {stats(zr, t_match)[0]:.3f}): expected regret {r_match:.4f}")
print(f"checkpoint − reference at equal entropy, paired on the {paired['n']} positions: {paired['diff']:+.4f} [{paired['lo']:+.4f}, {paired['hi']:+.4f}], "
      f"p = {paired['p']:.2g}, MDD {paired['mdd']:.4f}")
print(json.dumps(dict(reference=a.reference, checkpoint=a.checkpoint, grid=ref, checkpoint_entropy=hc, checkpoint_regret_t1=rc,
                      matched_temperature=t_match, reference_regret_at_match=r_match, paired=paired, git_commit=git_commit())))

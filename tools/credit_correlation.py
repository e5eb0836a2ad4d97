"""How well does a move's GRPO advantage track its quality? Reproduces the measurement behind issue 14's credit-assignment point.

    .venv/bin/python tools/credit_correlation.py [--starts 8] [--rollouts 2] [--label-depth 10] [--sample 400] [--seed 0]

Samples the trainer's default rollouts (openings, 8 continuations, 16 plies, depth-1 rewards) from checkpoints/warmstart.pt,
computes each move's group advantage with gamma = 1 and gamma = 0, labels a random sample of the sampled moves' positions with
one MultiPV search at --label-depth (the regret of the played move, win probability lost against the best), and prints the
Pearson correlation of each advantage, and of the depth-1 reward itself, with the move's quality (minus its regret), overall and
at ply 0, with 95% bootstrap intervals. Prints JSON at the end."""
import argparse, json, random
import numpy as np, torch, chess
from chess_grpo.model import load_policy, git_commit
from chess_grpo.reward import StockfishPool
from chess_grpo.sampling import start_positions, sample_group_rollouts
from chess_grpo.loss import discounted_returns, group_advantages
from chess_grpo.encoding import board_from_fen, move_to_action
from chess_grpo.strength import bootstrap_ci

p = argparse.ArgumentParser(description=__doc__.split('\n')[0])
p.add_argument('--checkpoint', default='checkpoints/warmstart.pt'); p.add_argument('--starts', type=int, default=8)
p.add_argument('--rollouts', type=int, default=2, help='batches of rollouts'); p.add_argument('--label-depth', type=int, default=10)
p.add_argument('--sample', type=int, default=400); p.add_argument('--seed', type=int, default=0)
a = p.parse_args()
torch.manual_seed(a.seed); rng = random.Random(a.seed)
model = load_policy(a.checkpoint)
moves = []   # (fen before the move, uci, adv gamma 1, adv gamma 0, reward, ply)
with StockfishPool(depth=1) as pool:
    for k in range(a.rollouts):
        starts = start_positions('openings', a.starts, seed=a.seed * 1000 + k)
        ro = sample_group_rollouts(model, starts, 8, 16, 1.0, pool, generator=torch.Generator().manual_seed(a.seed * 1000 + k))
        adv = {g: group_advantages(discounted_returns(ro.rewards, ro.valid, gamma=g), ro.valid, ro.group_ids)[0] for g in (1.0, 0.0)}
        for b in range(ro.batch_size):
            bd = board_from_fen(ro.start_fen(b))
            for t, u in enumerate(ro.moves[b]):
                moves.append((bd.fen(), u, float(adv[1.0][b, t]), float(adv[0.0][b, t]), float(ro.rewards[b, t]), t))
                bd.push_uci(u)
sample = rng.sample(moves, min(a.sample, len(moves)))
with StockfishPool(depth=a.label_depth, cache_size=0, timeout=600) as pool:
    lines = pool.analyse([chess.Board(m[0]) for m in sample], multipv=256)
quality = []
for m, ls in zip(sample, lines):
    q = {mv.uci(): v for mv, v in ls}
    quality.append(q[m[1]] - max(q.values()))        # minus the regret of the played move
quality = np.array(quality)
def corr(x, y, n_boot=2000, seed=0):
    x, y = np.asarray(x), np.asarray(y)
    r = np.corrcoef(x, y)[0, 1]
    idx = np.random.default_rng(seed).integers(0, len(x), (n_boot, len(x)))
    bs = [np.corrcoef(x[i], y[i])[0, 1] for i in idx]
    return float(r), float(np.nanquantile(bs, 0.025)), float(np.nanquantile(bs, 0.975))
out = dict(moves_sampled=len(moves), labelled=len(sample), label_depth=a.label_depth, checkpoint=a.checkpoint, git_commit=git_commit(), seed=a.seed)
ply0 = np.array([m[5] == 0 for m in sample])
for name, col in (('advantage_gamma1', 2), ('advantage_gamma0', 3), ('depth1_reward', 4)):
    x = np.array([m[col] for m in sample])
    out[name] = corr(x, quality)
    if ply0.sum() > 10: out[name + '_ply0'] = corr(x[ply0], quality[ply0])
    print(f"{name:18s} corr with quality {out[name][0]:+.2f} [{out[name][1]:+.2f}, {out[name][2]:+.2f}]"
          + (f"   at ply 0 ({int(ply0.sum())} moves): {out[name + '_ply0'][0]:+.2f} [{out[name + '_ply0'][1]:+.2f}, {out[name + '_ply0'][2]:+.2f}]" if ply0.sum() > 10 else ''))
print(json.dumps(out))

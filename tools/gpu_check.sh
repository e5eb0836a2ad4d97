#!/usr/bin/env bash
# GPU smoke check (a CUDA machine; not part of CI). Prints figures and leaves logs and run metrics in $OUT (default ./gpu_check):
#   the model benchmark on cuda; short GRPO runs of the 'cpu' and 'gpu' presets on cuda with checkpoints and an evaluation;
#   a run stopped at step 10 and resumed to step 20, compared with the same run made in one go.
# A bare GPU image without python-chess or Stockfish: put python-chess under .device/site and `xz` of the Stockfish binary at
# .device/stockfish.xz (see DEVELOPERS.md); this script picks them up.
set -uo pipefail
OUT=${OUT:-gpu_check}; mkdir -p "$OUT"
PY=${PYTHON:-python3}
DEVICE=${DEVICE:-cuda}; BP=${BP:-32}; PRESETS=${PRESETS:-"cpu gpu"}; BENCH=${BENCH:-1}   # knobs for a dry run on CPU
if [ -f .device/stockfish.xz ]; then
  mkdir -p /tmp/sf && xz -dc .device/stockfish.xz > /tmp/sf/stockfish && chmod +x /tmp/sf/stockfish
  export CHESS_GRPO_STOCKFISH=/tmp/sf/stockfish
fi
[ -d .device/site ] && export PYTHONPATH="$PWD/.device/site:$PWD${PYTHONPATH:+:$PYTHONPATH}"
export PYTHONPATH="$PWD${PYTHONPATH:+:$PYTHONPATH}" WANDB_MODE=disabled
LOG="$OUT/gpu_check.log"
{
nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv || true
$PY -c "import torch, chess, os; print('torch', torch.__version__, 'cuda', torch.cuda.is_available(), torch.cuda.get_device_name(0) if torch.cuda.is_available() else '-', '| python-chess', chess.__version__, '| cores', os.cpu_count())"
if [ "$BENCH" = 1 ]; then
  echo "== bench model ($DEVICE), batch 256 and 4096"
  $PY -m chess_grpo.cli bench model --device $DEVICE
  $PY -m chess_grpo.cli bench model --device $DEVICE --batch 4096
fi
R="$OUT/runs"
common="--device $DEVICE --init-checkpoint none --batch-positions $BP --group-size 8 --max-plies 16 --wandb false --progress false --runs-dir $R --checkpoint-every 10"
for preset in $PRESETS; do
  echo "== train preset $preset on $DEVICE: 30 steps, an evaluation at step 15 (8 games vs Stockfish, 8 vs random)"
  $PY -m chess_grpo.trainer $common --preset $preset --total-steps 30 --eval-every 15 --eval-games 8 --eval-random-games 8 --run-name ${DEVICE}_$preset
done
echo "== exact resume on $DEVICE: 20 steps in one go vs 10 + resume to 20 (eval off)"
$PY -m chess_grpo.trainer $common --preset ${PRESETS##* } --total-steps 20 --eval-every 0 --run-name once
$PY -m chess_grpo.trainer $common --preset ${PRESETS##* } --total-steps 10 --eval-every 0 --run-name split
$PY -m chess_grpo.trainer --resume "$R/split" --total-steps 20
$PY - "$R" <<'PYEOF'
import json, sys, math
from pathlib import Path
R = Path(sys.argv[1])
def rows(n): return [json.loads(l) for l in (R / n / 'metrics.jsonl').read_text().splitlines() if l.strip()]
a, b = rows('once'), rows('split')
skip = lambda k: k.startswith('time') or k in ('wall', 'timestamp', 'elapsed', 'steps_per_s', 'positions_per_s')
keys = sorted(k for k in a[0] if not skip(k) and isinstance(a[0][k], (int, float)))
worst = max((abs(x[k] - y[k]) for x, y in zip(a, b) for k in keys if isinstance(y.get(k), (int, float)) and not (math.isnan(x[k]) and math.isnan(y[k]))), default=float('nan'))
print(f"steps once {len(a)}, split+resume {len(b)}; identical rows: {sum(all(x.get(k) == y.get(k) for k in keys) for x, y in zip(a, b))}/{len(a)}; largest |difference| {worst:.3g}")
for n in sorted(p.name for p in R.iterdir() if p.is_dir()):
    s = json.loads((R / n / 'summary.json').read_text()) if (R / n / 'summary.json').exists() else {}
    m = rows(n)[2:] or rows(n)     # the first steps include start-up
    med = lambda k: (lambda v: v[len(v) // 2] if v else float('nan'))(sorted(r[k] for r in m if k in r))
    print(f"{n}: {s.get('steps')} steps, {s.get('stop_reason')}; median s/step {med('time_step'):.3f} (rollout {med('time_rollout'):.3f}, "
          f"Stockfish {med('time_reward'):.3f}, policy {med('time_policy'):.3f}, train {med('time_train'):.3f}); "
          f"final entropy {[r for r in m if 'entropy' in r][-1]['entropy']:.3f}; eval {s.get('eval')}")
PYEOF
} 2>&1 | tee "$LOG"
tar czf "$OUT/runs.tar.gz" --exclude='*.pt' -C "$OUT" runs 2>/dev/null || true
rm -rf "$OUT/runs"

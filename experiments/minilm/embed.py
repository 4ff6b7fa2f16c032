"""Embed every sentence of sentences.jsonl with the numpy MiniLM (run with a venv that has
tokenizers + safetensors); writes minilm.npy beside it."""
import json, sys, time
from pathlib import Path
import numpy as np
from minilm_numpy import MiniLM

data = Path(sys.argv[1])
texts = [json.loads(l)["text"] for l in open(data / "sentences.jsonl")]
m = MiniLM(sys.argv[2])
t, p = time.time(), time.process_time()
E = m.encode(texts)
print(f"{len(texts)} sentences: wall {time.time()-t:.1f}s cpu {time.process_time()-p:.1f}s", file=sys.stderr)
np.save(data / "minilm.npy", E)

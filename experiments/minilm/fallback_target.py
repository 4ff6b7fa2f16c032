"""A fallback trained for its own job: on sentences with no rule event only, learn whether the
sentence holds a gold event the rules missed (article-level 5-fold CV). Ranks held-out sentences
by that probability; the sub-type comes from the multiclass typer's out-of-fold predictions."""
import sys
import numpy as np
from sklearn.linear_model import LogisticRegression
import cv

unc = np.array([i for i, r in enumerate(cv.rows) if not r["rules"]])
target = np.array([any(g["missed"] for g in cv.rows[i]["gold"]) for i in range(len(cv.rows))])
classes = sorted(set(cv.y))
for kind, C, typer in [("minilm", 1.0, "minilm_C10"), ("tfidf", 1.0, "tfidf_C1"), ("both", 1.0, "both_C10"),
                       ("minilm", 10.0, "minilm_C10"), ("both", 10.0, "both_C10")]:
    P = np.load(cv.data / f"oof_{typer}_s{cv.SEED}.npy"); Pm = P.copy(); Pm[:, classes.index("none")] = -1
    best = np.array(classes)[Pm.argmax(1)]
    score = np.full(len(cv.rows), -1.0)
    for fold in cv.folds(cv.SEED):
        test = np.array([i for i in unc if cv.rows[i]["article"] in fold])
        train = np.array([i for i in unc if cv.rows[i]["article"] not in fold])
        Xtr, Xte = cv.features(kind, train, test)
        m = LogisticRegression(C=C, max_iter=3000, class_weight="balanced").fit(Xtr, target[train])
        score[test] = m.predict_proba(Xte)[:, 1]
    order = np.argsort(-score)
    out = []
    for K in (25, 50, 100):
        idx = order[:K]
        miss = int(target[idx].sum())
        rt = sum(1 for i in idx if any(g["missed"] and g["type"] == cv.sub2type[best[i]] for g in cv.rows[i]["gold"]))
        out.append(f"top{K}: missed {miss}, right type {rt}")
    print(f"{kind} C={C:g} (typer {typer}):", "; ".join(out))

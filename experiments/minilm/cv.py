"""Article-level 5-fold CV of three sentence classifiers (run with the sitrep venv):
(a) MiniLM embedding, (b) tf-idf lemma uni/bigrams + word vectors, (c) both; class-weighted
logistic regression. Reports them as sentence typers, as a fallback on sentences with no rule
event, and as a re-typer of rule events (re-scored with the evaluation's matching)."""

from __future__ import annotations

import json
import random
import sys
from collections import Counter
from pathlib import Path

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

from sitrep.eval.matching import match_article

FOLDS = 5
SEED = int(sys.argv[2]) if len(sys.argv) > 2 else 13
data = Path(sys.argv[1])
rows = [json.loads(l) for l in open(data / "sentences.jsonl")]
arts = {a["article"]: a for a in (json.loads(l) for l in open(data / "articles.jsonl"))}
E = np.load(data / "minilm.npy")
W = np.load(data / "wordvec.npy")
y = np.array([r["label"] for r in rows])
sub2type = {}
for a in arts.values():
    for g in a["gold"]:
        sub2type[g["sub_event_type"]] = g["event_type"]
ids = sorted({r["article"] for r in rows})


def folds(seed):
    shuffled = ids[:]
    random.Random(seed).shuffle(shuffled)
    return [set(shuffled[i::FOLDS]) for i in range(FOLDS)]


def features(kind, train, test):
    blocks_tr, blocks_te = [], []
    if kind in ("minilm", "both"):
        blocks_tr.append(sparse.csr_matrix(E[train])); blocks_te.append(sparse.csr_matrix(E[test]))
    if kind in ("tfidf", "both"):
        vec = TfidfVectorizer(analyzer=lambda keys: keys + [a + " " + b for a, b in zip(keys, keys[1:])], min_df=2, sublinear_tf=True)
        blocks_tr.append(vec.fit_transform([rows[i]["keys"] for i in train]))
        blocks_te.append(vec.transform([rows[i]["keys"] for i in test]))
        blocks_tr.append(sparse.csr_matrix(W[train])); blocks_te.append(sparse.csr_matrix(W[test]))
    return sparse.hstack(blocks_tr).tocsr(), sparse.hstack(blocks_te).tocsr()


def out_of_fold(kind, C, seed):
    """Out-of-fold class probabilities (n x classes), class list, fold of each sentence."""
    classes = sorted(set(y))
    P = np.zeros((len(rows), len(classes)))
    fold_of = np.zeros(len(rows), dtype=int)
    for k, fold in enumerate(folds(seed)):
        test = np.array([i for i, r in enumerate(rows) if r["article"] in fold])
        train = np.array([i for i, r in enumerate(rows) if r["article"] not in fold])
        Xtr, Xte = features(kind, train, test)
        m = LogisticRegression(C=C, max_iter=3000, class_weight="balanced")
        m.fit(Xtr, y[train])
        p = m.predict_proba(Xte)
        for c_i, c in enumerate(m.classes_):
            P[test, classes.index(c)] = p[:, c_i]
        fold_of[test] = k
    return P, classes, fold_of


def msd(xs):
    return f"{np.mean(xs):.3f} ± {np.std(xs):.3f}"


def typer_report(P, classes, fold_of):
    none = classes.index("none")
    pred = np.array(classes)[P.argmax(1)]
    out = {"acc": [], "ev_p": [], "ev_r": [], "ev_f": [], "sub_acc": [], "type_acc": []}
    for k in range(FOLDS):
        m = fold_of == k
        yt, yp = y[m], pred[m]
        out["acc"].append(np.mean(yt == yp))
        tp = np.sum((yt != "none") & (yp != "none"))
        p_ = tp / max(1, np.sum(yp != "none")); r_ = tp / max(1, np.sum(yt != "none"))
        out["ev_p"].append(p_); out["ev_r"].append(r_); out["ev_f"].append(2 * p_ * r_ / max(1e-9, p_ + r_))
        g = yt != "none"
        # sub-type among gold-bearing sentences, best non-none class
        Pm = P[m][g].copy(); Pm[:, none] = -1
        best = np.array(classes)[Pm.argmax(1)]
        out["sub_acc"].append(np.mean(best == yt[g]))
        out["type_acc"].append(np.mean([sub2type[b] == sub2type[t] for b, t in zip(best, yt[g])]))
    return {k: msd(v) for k, v in out.items()}


def fallback_report(P, classes, fold_of, thresholds, tops=(25, 50, 100)):
    """Sentences with no rule event whose best class is an event sub-type with p >= t (and the
    top-K such sentences by that p, comparable across models whatever their calibration)."""
    best_i = P.argmax(1)
    best = np.array(classes)[best_i]
    p_best = P[np.arange(len(P)), best_i]
    uncovered = np.array([not r["rules"] for r in rows])
    cand = uncovered & (best != "none")

    def counts(sel):
        idx = np.where(sel)[0]
        miss = sum(1 for i in idx if any(g["missed"] for g in rows[i]["gold"]))
        rt = sum(1 for i in idx if any(g["missed"] and g["type"] == sub2type[best[i]] for g in rows[i]["gold"]))
        rs = sum(1 for i in idx if any(g["missed"] and g["sub"] == best[i] for g in rows[i]["gold"]))
        found = sum(1 for i in idx if rows[i]["gold"] and not any(g["missed"] for g in rows[i]["gold"]))
        return len(idx), miss, rt, rs, found

    res = []
    for t in thresholds:
        flag = cand & (p_best >= t)
        per_fold = [counts(flag & (fold_of == k)) for k in range(FOLDS)]
        res.append((f"p>={t}", *counts(flag), [(a, b) for a, b, *_ in per_fold]))
    order = np.argsort(-np.where(cand, p_best, -1))
    for K in tops:
        sel = np.zeros(len(rows), bool); sel[order[:K]] = True
        res.append((f"top{K} by p(best)", *counts(sel & cand), []))
    # ranked by P(event) = 1 - P(none), best sub-type as its type
    p_event = 1 - P[:, classes.index("none")]
    Pm = P.copy(); Pm[:, classes.index("none")] = -1
    best[:] = np.array(classes)[Pm.argmax(1)]
    order = np.argsort(-np.where(uncovered, p_event, -1))
    for K in tops:
        sel = np.zeros(len(rows), bool); sel[order[:K]] = True
        res.append((f"top{K} by p(event)", *counts(sel & uncovered), []))
    return res


def retype_report(P, classes, thresholds, low=0.2):
    """Re-type a rule event when its sentence's best sub-type has p >= t and the rule's own
    sub-type p < low; re-score every article with the evaluation's matching."""
    index = {(r["article"], r["sent"]): i for i, r in enumerate(rows)}
    none = classes.index("none")
    res = []
    base = None
    for t in [None] + thresholds:
        tp = fp = fn = 0; changed = 0; sub_right = sub_n = 0
        for aid, a in arts.items():
            system = [dict(e) for e in a["system"]]
            for j, e in enumerate(system):
                si = a["sys_sent"][j]
                if t is None or si is None:
                    continue
                p = P[index[(aid, si)]]
                q = p.copy(); q[none] = -1
                b = classes[int(q.argmax())]
                own = p[classes.index(e["sub_event_type"])] if e["sub_event_type"] in classes else 0.0
                if b != e["sub_event_type"] and p[classes.index(b)] >= t and own < low:
                    e["sub_event_type"] = b; e["event_type"] = sub2type[b]; changed += 1
            m = match_article(a["gold"], system, aid)
            tp += len(m.matched); fp += len(system) - len(m.matched); fn += len(a["gold"]) - len(m.matched)
            for pair in m.matched:
                sub_n += 1; sub_right += pair.gold["sub_event_type"] == pair.sys["sub_event_type"]
        f1 = 2 * tp / (2 * tp + fp + fn)
        res.append((t, changed, tp, fp, fn, round(f1, 4), round(sub_right / sub_n, 3)))
    return res


if __name__ == "__main__":
    print("classes:", Counter(y).most_common())
    print("uncovered sentences:", sum(not r["rules"] for r in rows),
          "gold-bearing uncovered:", sum(1 for r in rows if not r["rules"] and r["gold"]),
          "holding a missed gold event:", sum(1 for r in rows if not r["rules"] and any(g["missed"] for g in r["gold"])))
    for kind, C in [(k, c) for k in ("minilm", "tfidf", "both") for c in (1.0, 10.0)]:
        cache = data / f"oof_{kind}_C{C:g}_s{SEED}.npy"
        classes = sorted(set(y))
        if cache.exists():
            P = np.load(cache)
            fold_of = np.zeros(len(rows), dtype=int)
            for k, fold in enumerate(folds(SEED)):
                fold_of[[i for i, r in enumerate(rows) if r["article"] in fold]] = k
        else:
            P, classes, fold_of = out_of_fold(kind, C, SEED)
            np.save(cache, P)
        print(f"\n== {kind} C={C:g}")
        print(" typer:", typer_report(P, classes, fold_of))
        for t, n, miss, rt, rs, found, pf in fallback_report(P, classes, fold_of, [0.5, 0.6, 0.7, 0.8, 0.9]):
            print(f" fallback {t}: flagged {n}, hold missed gold {miss} (right type {rt}, sub-type {rs}); gold all found {found}; none {n - miss - found}; per fold (flag,miss) {pf}")
        for row in retype_report(P, classes, [0.5, 0.7, 0.8, 0.9]):
            print(" retype t={} changed {} TP {} FP {} FN {} F1 {} sub-acc {}".format(*row))
        sys.stdout.flush()

"""Article-level 5-fold CV (several seeds) of a learned keep/drop decision for weak mentions,
scored by re-matching each article against gold. usage: cv.py DATA.pkl [SEEDS]"""
import pickle, sys
import numpy as np
from sitrep.eval.matching import match_article
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.model_selection import GroupKFold

data = pickle.load(open(sys.argv[1], "rb"))

def tp_fp(art, keep):
    weak = set(art["weak_idx"])
    sys_ev = [e for i, e in enumerate(art["events"]) if i not in weak or i in keep]
    r = match_article(art["gold"], sys_ev)
    return r.tp, r.fp, r.fn

# baseline (drop all) and keep-all per article; per-weak label by marginal gain (keep it alone)
base = {a["id"]: tp_fp(a, set()) for a in data}
allk = {a["id"]: tp_fp(a, set(a["weak_idx"])) for a in data}
B = np.array(list(base.values())).sum(0); A = np.array(list(allk.values())).sum(0)
print("drop-all TP/FP/FN", B, " keep-all", A, " gained TP", A[0]-B[0], "added FP", A[1]-B[1])

X, y, groups, where = [], [], [], []
for a in data:
    for i, row in zip(a["weak_idx"], a["rows"]):
        t = tp_fp(a, {i})
        y.append(int(t[0] > base[a["id"]][0]))
        r = dict(row); fl = r.pop("flags")
        for f in fl: r["flag=" + f] = 1
        r["lemma_sub"] = r["lemma"] + "|" + r["sub_type"]
        X.append(r); groups.append(a["id"]); where.append((a["id"], i))
y = np.array(y); groups = np.array(groups)
print("weak mentions", len(y), "positives", y.sum(), "articles with weak", len(set(groups)))
byid = {a["id"]: a for a in data}

def evaluate(keep_sets):
    tot = np.zeros(3, int)
    for a in data:
        tot += tp_fp(a, keep_sets.get(a["id"], set()))
    return tot - B  # dTP, dFP, dFN

def f1(tp, fp, fn): return 2*tp/(2*tp+fp+fn)

models = {
    "logreg C=0.3": lambda: LogisticRegression(C=0.3, max_iter=2000, class_weight="balanced"),
    "logreg C=0.1": lambda: LogisticRegression(C=0.1, max_iter=2000, class_weight="balanced"),
    "gbm": lambda: GradientBoostingClassifier(n_estimators=100, max_depth=2, learning_rate=0.05),
}
thresholds = [0.3, 0.5, 0.7, 0.8, 0.9]
uniq = np.array(sorted(set(groups)))
allids = [a["id"] for a in data]
results = {}
for seed in range(int(sys.argv[2]) if len(sys.argv) > 2 else 3):
    rng = np.random.RandomState(seed)
    perm = rng.permutation(len(allids))
    fold_of = {allids[p]: k % 5 for k, p in enumerate(perm)}
    folds = np.array([fold_of[g] for g in groups])
    for name, mk in models.items():
        probs = np.zeros(len(y))
        for k in range(5):
            tr, te = folds != k, folds == k
            if y[tr].sum() == 0: continue
            vec = DictVectorizer(); Xtr = vec.fit_transform([X[j] for j in np.where(tr)[0]])
            m = mk().fit(Xtr, y[tr])
            probs[te] = m.predict_proba(vec.transform([X[j] for j in np.where(te)[0]]))[:, 1]
        for th in thresholds:
            ks = {}
            for j in np.where(probs >= th)[0]:
                ks.setdefault(where[j][0], set()).add(where[j][1])
            d = evaluate(ks)
            tp, fp, fn = B + d
            results.setdefault((name, th), []).append((d[0], d[1], f1(tp, fp, fn) - f1(*B)))
print("baseline F1 %.4f  keep-all F1 %.4f" % (f1(*B), f1(*A)))
for (name, th), rs in results.items():
    r = np.array(rs)
    print("%-14s th=%.1f  dTP %5.1f±%.1f  dFP %6.1f±%.1f  dF1 %+.4f±%.4f" % (name, th, r[:,0].mean(), r[:,0].std(), r[:,1].mean(), r[:,1].std(), r[:,2].mean(), r[:,2].std()))

"""Article-level 5-fold CV (several seeds) of a learned swap/keep decision for the rules' actor
order, against the rules (keep every order). usage: cv.py DATA.json [SEEDS]"""
import json
import random
import sys

import numpy as np
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score

rows = json.load(open(sys.argv[1]))
SEEDS = range(int(sys.argv[2]) if len(sys.argv) > 2 else 5)


def folds(items, k, seed):
    ids = sorted({r["article"] for r in items})
    random.Random(seed).shuffle(ids)
    return [set(ids[i::k]) for i in range(k)]


def run(items, make):
    acc, rule_acc, aucs, model_only, rules_only = [], [], [], 0, 0
    y = np.array([r["swap"] for r in items])
    for seed in SEEDS:
        p = np.zeros(len(items))
        for fold in folds(items, 5, seed):
            train = [i for i, r in enumerate(items) if r["article"] not in fold]
            test = [i for i, r in enumerate(items) if r["article"] in fold]
            vec = DictVectorizer()
            X = vec.fit_transform([items[i]["features"] for i in train])
            model = make().fit(X, y[train])
            p[test] = model.predict_proba(vec.transform([items[i]["features"] for i in test]))[:, 1]
            right, rules = (p[test] >= 0.5) == y[test], ~y[test]
            acc.append(right.mean())
            rule_acc.append(rules.mean())
            model_only += int((right & ~rules).sum())
            rules_only += int((rules & ~right).sum())
        aucs.append(roc_auc_score(y, p))
    n = len(SEEDS)
    return (f"learned {np.mean(acc):.3f} ± {np.std(acc):.3f}  rules {np.mean(rule_acc):.3f} ± {np.std(rule_acc):.3f}"
            f"  right only by model {model_only / n:.1f} / rules {rules_only / n:.1f}  AUC {np.mean(aucs):.3f}")


MODELS = {f"logreg C={c}": (lambda c=c: LogisticRegression(C=c, max_iter=5000)) for c in (0.1, 0.3, 1.0, 3.0)}
MODELS["logreg C=1 balanced"] = lambda: LogisticRegression(C=1.0, class_weight="balanced", max_iter=5000)
MODELS["gradient boosting"] = lambda: GradientBoostingClassifier(n_estimators=100, max_depth=2, random_state=0)
SUBSETS = {"all": rows, "battles": [r for r in rows if "type=battles" in r["features"]],
           "armed_clash": [r for r in rows if "sub=armed_clash" in r["features"]]}
for subset, items in SUBSETS.items():
    print(f"{subset}: {len(items)} events from {len({r['article'] for r in items})} articles, "
          f"{sum(r['swap'] for r in items)} reversed")
    for name, make in MODELS.items():
        print(f"  {name:22s} {run(items, make)}")

"""Reference for GenreCeilingTest: scikit-learn's cross-validated logistic regression on a seeded synthetic data set.

Writes src/test/resources/genre-ceiling/reference.json: the data (x, y), the folds (StratifiedKFold, shuffled,
random_state 0), and per fold scikit-learn's predictions and scores (accuracy, balanced accuracy, macro F1) of
LogisticRegression(C=1, lbfgs, multinomial) and of DummyClassifier("most_frequent"). GenreCeiling uses an L2 penalty
of 1 on the summed log-loss, which is scikit-learn's C = 1.

    /usr/bin/python3 src/tools/genre_ceiling_sklearn.py src/test/resources/genre-ceiling/reference.json

With --check FILE it reads the x, y, fold and per-fold scores GenreCeilingRealDataCheck wrote for real data, fits
scikit-learn on the same folds and prints both side by side with the largest difference.

    /usr/bin/python3 src/tools/genre_ceiling_sklearn.py --check /tmp/ceiling.json
"""
import json
import sys

import numpy as np
import sklearn
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, balanced_accuracy_score, f1_score
from sklearn.model_selection import StratifiedKFold


def scores(truth, predicted):
    return {"accuracy": accuracy_score(truth, predicted),
            "balanced_accuracy": balanced_accuracy_score(truth, predicted),
            "macro_f1": f1_score(truth, predicted, average="macro", zero_division=0)}


def main(target):
    rng = np.random.default_rng(12)
    sizes = [180, 120, 90, 60, 50]  # unequal genres, as real ones are
    d = 8
    centres = rng.normal(0.0, 1.0, size=(len(sizes), d))
    x = np.vstack([c + rng.normal(0.0, 1.3, size=(n, d)) for c, n in zip(centres, sizes)])
    y = np.concatenate([np.full(n, k) for k, n in enumerate(sizes)])
    order = rng.permutation(len(y))
    x, y = x[order], y[order]
    fold_of = np.zeros(len(y), dtype=int)
    folds = []
    for f, (train, test) in enumerate(StratifiedKFold(5, shuffle=True, random_state=0).split(x, y)):
        fold_of[test] = f
        model = LogisticRegression(C=1.0, solver="lbfgs", tol=1e-10, max_iter=10_000).fit(x[train], y[train])
        dummy = DummyClassifier(strategy="most_frequent").fit(x[train], y[train])
        predicted = model.predict(x[test])
        folds.append({"predicted": predicted.tolist(), "model": scores(y[test], predicted),
                      "baseline": scores(y[test], dummy.predict(x[test]))})
    json.dump({"sklearn": sklearn.__version__, "x": x.tolist(), "y": y.tolist(), "fold": fold_of.tolist(),
               "folds": folds}, open(target, "w"))


def check(source):
    data = json.load(open(source))
    x, y, fold_of = np.array(data["x"]), np.array(data["y"]), np.array(data["fold"])
    worst = 0.0
    for f in range(fold_of.max() + 1):
        train, test = fold_of != f, fold_of == f
        model = LogisticRegression(C=1.0, solver="lbfgs", tol=1e-10, max_iter=10_000).fit(x[train], y[train])
        theirs = scores(y[test], model.predict(x[test]))
        ours = data["genrescope"][f]
        ours = {"accuracy": ours["accuracy"], "balanced_accuracy": ours["balancedAccuracy"],
                "macro_f1": ours["macroF1"]}
        for key in theirs:
            worst = max(worst, abs(theirs[key] - ours[key]))
        print(f"fold {f + 1}: scikit-learn {theirs}\n        genrescope   {ours}")
    print(f"largest difference: {worst:.4g} (scikit-learn {sklearn.__version__})")


if __name__ == "__main__":
    if sys.argv[1] == "--check":
        check(sys.argv[2])
    else:
        main(sys.argv[1])

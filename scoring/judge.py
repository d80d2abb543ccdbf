"""The sentence judge: linear models over character n-grams that hear a forbidden act in wording no cue
has seen.

The cues in `scoring.cues` catch the forms they were written from; every new writer reproaches or
promises in another (bench/bench_agreement.py's blind rounds). The judge was trained on the labelled
calls' violating lines against clean lines and the reviews' innocent sentences
(`bench/bench_sentence_judge.py --export`), with each rule's threshold set where no negative of a round
it had not seen scored higher; on two later rounds it added catches and no false flag. It speaks only
where the cues and the NLU found nothing (scoring.scorer).

Inference is plain numpy over the exported model (`judge_model.npz`), so the product needs no
scikit-learn: the same features as scikit-learn's TfidfVectorizer (analyzer "char", 1-3-grams,
sublinear tf, idf, l2 norm) and a linear decision function.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np

MODEL = Path(__file__).with_name("judge_model.npz")
NGRAMS = (1, 3)


def normalised(text: str) -> str:
    """No spaces, every digit 0: a phone number or a date is no wording."""
    return re.sub(r"\d", "0", re.sub(r"\s+", "", text)).lower()


def char_ngrams(text: str) -> list[str]:
    """The character n-grams of the normalised text, as scikit-learn's "char" analyzer gives them."""
    text = normalised(text)
    low, high = NGRAMS
    return [
        text[i : i + n]
        for n in range(low, min(high, len(text)) + 1)
        for i in range(len(text) - n + 1)
    ]


@dataclass(frozen=True)
class SentenceJudge:
    """One linear model per forbidden wording rule over one vocabulary, each with its threshold."""

    rules: tuple[str, ...]
    vocabulary: dict[str, int]
    idf: np.ndarray  # (features,)
    coef: np.ndarray  # (rules, features)
    intercept: np.ndarray  # (rules,)
    thresholds: np.ndarray  # (rules,)
    trained_on: tuple[str, ...]  # the labelled folders the judge learnt from

    def _decisions(self, text: str) -> np.ndarray:
        """Each rule's model's own score of the sentence (rules,)."""
        counts: dict[int, int] = {}
        for gram in char_ngrams(text):
            if (j := self.vocabulary.get(gram)) is not None:
                counts[j] = counts.get(j, 0) + 1
        if not counts:
            return np.zeros(len(self.rules))
        index = np.fromiter(counts, dtype=np.int64, count=len(counts))
        weight = (np.log(np.fromiter(counts.values(), dtype=np.float64)) + 1.0) * self.idf[index]
        weight /= np.linalg.norm(weight)
        return self.coef[:, index] @ weight + self.intercept

    def scores(self, text: str) -> dict[str, float]:
        """Rule → how far above (> 0) or below its threshold the sentence scores."""
        return dict(
            zip(self.rules, (self._decisions(text) - self.thresholds).tolist(), strict=True)
        )

    def rules_heard(self, text: str) -> list[str]:
        """The rules whose model scores the sentence above its threshold, surest first."""
        scores = self.scores(text)
        return sorted((r for r, s in scores.items() if s > 0), key=lambda r: -scores[r])

    def surest(self, text: str) -> str:
        """The rule whose model scores the sentence highest, thresholds aside: the one a sentence
        broke when the trainee apologised for it straight after (scoring.scorer). (Each model's
        own score, not its margin: a high threshold set by one hard negative says nothing of
        which fault a sentence known to be one is.)"""
        return self.rules[int(np.argmax(self._decisions(text)))]

    def charged(self, text: str, attitude: tuple[str, ...]) -> list[str]:
        """The rules heard, with one of the `attitude` rules: the surest (a sentence that sounds both
        rude and impatient is charged to the one the judge is surer of, as a labeller would)."""
        heard = self.rules_heard(text)
        surest = [r for r in heard if r in attitude][:1]
        return [r for r in heard if r not in attitude or r in surest]

    def save(self, path: Path) -> None:
        words = sorted(self.vocabulary, key=self.vocabulary.__getitem__)
        np.savez_compressed(
            path,
            rules=np.array(self.rules),
            vocabulary=np.array(words),
            idf=self.idf.astype(np.float32),
            coef=self.coef.astype(np.float32),
            intercept=self.intercept.astype(np.float32),
            thresholds=self.thresholds,
            trained_on=np.array(self.trained_on),
        )

    @classmethod
    def load(cls, path: Path) -> SentenceJudge:
        with np.load(path) as data:
            return cls(
                rules=tuple(data["rules"].tolist()),
                vocabulary={w: i for i, w in enumerate(data["vocabulary"].tolist())},
                idf=data["idf"].astype(np.float64),
                coef=data["coef"].astype(np.float64),
                intercept=data["intercept"].astype(np.float64),
                thresholds=data["thresholds"].astype(np.float64),
                trained_on=tuple(data["trained_on"].tolist()),
            )


@cache
def shipped() -> SentenceJudge:
    """The judge the scorer uses (loaded once)."""
    return SentenceJudge.load(MODEL)

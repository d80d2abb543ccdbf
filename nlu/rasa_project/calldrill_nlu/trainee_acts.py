"""Rasa NLU component: every dialogue act in a trainee's turn, and the one the caller reacts to.

Runs inside Rasa's own environment (Python 3.11, Rasa 3.6), so it imports nothing from the application.

A trainee's turn usually carries several acts at once ("您好，旭日装饰客服中心，3号客服，请问有什么可以帮您"),
and the scorer needs all of them while the dialogue answers once. So this is a multi-label classifier:
one-vs-rest logistic regression over the pipeline's sparse features plus toneless-pinyin n-grams (so that
ASR homophones such as 贵性/贵姓 look alike). Training examples each hold one act; multi-act turns are
synthesised by adding the features of examples of different acts, which is what concatenating the
sentences does to count features. The predicted `intent` is the first recognised act in `priority`, so
Rasa's rules see one intent per turn; the full set goes to the `acts` output property.
"""

from __future__ import annotations

import logging
import random
from typing import Any

import joblib
import numpy as np
from pypinyin import Style, lazy_pinyin
from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers.classifier import IntentClassifier
from rasa.nlu.featurizers.featurizer import Featurizer
from rasa.shared.nlu.constants import INTENT, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData
from scipy.sparse import csr_matrix, hstack, vstack
from sklearn.feature_extraction.text import HashingVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.multiclass import OneVsRestClassifier
from sklearn.preprocessing import MultiLabelBinarizer, normalize

logger = logging.getLogger(__name__)

ACTS_PROPERTY = "acts"
_MODEL_FILE = "trainee_acts.joblib"


def _pinyin_vectorizer() -> HashingVectorizer:
    # Stateless, so nothing to persist; syllable uni- and bigrams.
    return HashingVectorizer(
        analyzer="word", ngram_range=(1, 2), n_features=2**15, alternate_sign=False, norm=None
    )


def _pinyin(text: str) -> str:
    return " ".join(lazy_pinyin(text, style=Style.NORMAL, errors="ignore"))


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=True)
class TraineeActClassifier(IntentClassifier, GraphComponent):
    @classmethod
    def required_components(cls) -> list[type]:
        return [Featurizer]

    @staticmethod
    def required_packages() -> list[str]:
        return ["sklearn", "pypinyin"]

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {
            "priority": [],
            "threshold": 0.4,
            # A forbidden act fails a certification, so it must be surer than the others.
            "forbidden": [],
            "forbidden_threshold": 0.7,
            # The caller reacts only to acts the model is sure of; the scorer still sees all `acts`.
            "turn_threshold": 0.6,
            "synthetic_turns": 4000,
            "max_acts_per_turn": 4,
            "solo_acts": ["other"],
            "C": 50.0,
            "class_weight": None,
            "random_state": 42,
        }

    def __init__(
        self,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        clf: OneVsRestClassifier | None = None,
        labels: list[str] | None = None,
    ) -> None:
        self.config = {**self.get_default_config(), **config}
        self._model_storage = model_storage
        self._resource = resource
        self.clf = clf
        self.labels = labels or []
        self._pinyin = _pinyin_vectorizer()

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> TraineeActClassifier:
        return cls(config, model_storage, resource)

    def _features(self, messages: list[Message]) -> csr_matrix:
        rows = []
        for m in messages:
            sparse = m.get_sparse_features(attribute=TEXT)[1]
            dense = m.get_dense_features(attribute=TEXT)[1]
            rows.append(
                hstack(
                    [
                        csr_matrix(sparse.features if sparse else np.zeros((1, 0))),
                        csr_matrix(dense.features if dense else np.zeros((1, 0))),
                    ]
                )
            )
        pinyin = self._pinyin.transform([_pinyin(m.get(TEXT) or "") for m in messages])
        return hstack([vstack(rows), pinyin]).tocsr()

    def train(self, training_data: TrainingData) -> Resource:
        examples = [e for e in training_data.intent_examples if e.get(INTENT) and e.get(TEXT)]
        if not examples:
            return self._resource
        X = self._features(examples)
        y = [frozenset(e.get(INTENT).split("+")) for e in examples]

        rng = random.Random(self.config["random_state"])
        by_act: dict[str, list[int]] = {}
        for i, acts in enumerate(y):
            if len(acts) == 1 and not acts & set(self.config["solo_acts"]):
                by_act.setdefault(next(iter(acts)), []).append(i)
        act_names = sorted(by_act)
        # Row i of `pick` selects the examples combined into synthetic turn i; pick @ X adds their
        # features while everything stays sparse.
        rows, cols, extra_labels = [], [], []
        for turn in range(self.config["synthetic_turns"] if len(act_names) > 1 else 0):
            k = rng.randint(2, min(self.config["max_acts_per_turn"], len(act_names)))
            chosen = rng.sample(act_names, k)
            rows.extend([turn] * k)
            cols.extend(rng.choice(by_act[a]) for a in chosen)
            extra_labels.append(frozenset(chosen))
        if extra_labels:
            pick = csr_matrix(
                (np.ones(len(rows)), (rows, cols)), shape=(len(extra_labels), X.shape[0])
            )
            X = vstack([X, pick @ X]).tocsr()
            y = y + extra_labels

        binarizer = MultiLabelBinarizer()
        Y = binarizer.fit_transform(y)
        self.labels = list(binarizer.classes_)
        self.clf = OneVsRestClassifier(
            LogisticRegression(
                C=self.config["C"],
                class_weight=self.config["class_weight"],
                max_iter=2000,
                solver="liblinear",
            )
        )
        self.clf.fit(normalize(X), Y)
        self.persist()
        return self._resource

    def _threshold(self, act: str) -> float:
        if act in self.config["forbidden"]:
            return self.config["forbidden_threshold"]
        return self.config["threshold"]

    def _turn_intent(self, acts: list[str]) -> str:
        return next((name for name in self.config["priority"] if name in acts), acts[0])

    def process(self, messages: list[Message]) -> list[Message]:
        if self.clf is None or not messages:
            return messages
        probabilities = self.clf.predict_proba(normalize(self._features(messages)))
        for message, probs in zip(messages, probabilities, strict=True):
            ranking = sorted(
                (
                    {"name": n, "confidence": float(p)}
                    for n, p in zip(self.labels, probs, strict=True)
                ),
                key=lambda r: -r["confidence"],
            )
            acts = [r for r in ranking if r["confidence"] >= self._threshold(r["name"])]
            acts = acts or ranking[:1]
            sure = [r["name"] for r in acts if r["confidence"] >= self.config["turn_threshold"]]
            turn = self._turn_intent(sure or [acts[0]["name"]])
            intent = next(r for r in acts if r["name"] == turn)
            message.set(INTENT, intent, add_to_output=True)
            message.set("intent_ranking", ranking[:10], add_to_output=True)
            message.set(ACTS_PROPERTY, acts, add_to_output=True)
        return messages

    def persist(self) -> None:
        with self._model_storage.write_to(self._resource) as model_dir:
            joblib.dump({"clf": self.clf, "labels": self.labels}, model_dir / _MODEL_FILE)

    @classmethod
    def load(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        **kwargs: Any,
    ) -> TraineeActClassifier:
        try:
            with model_storage.read_from(resource) as model_dir:
                saved = joblib.load(model_dir / _MODEL_FILE)
        except (ValueError, FileNotFoundError):
            logger.warning("TraineeActClassifier: no trained model in storage; predicting nothing.")
            return cls(config, model_storage, resource)
        return cls(config, model_storage, resource, saved["clf"], saved["labels"])

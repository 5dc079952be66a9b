"""Features and the linear model shared by the safety screen and the listening layer."""

from __future__ import annotations

import gzip
import hashlib
from pathlib import Path

import pytest

from bot.core.textmodel import (
    LinearModel,
    ModelError,
    Scheme,
    Weights,
    concepts_of,
    features,
    pack,
    read_artifact,
)
from bot.training.safety import scheme

_WORDS = Scheme(concepts_of({"SELF": ["ik"], "WISH": ["wil"], "DIE": ["dood", "sterven"]}))


def test_word_classes_and_their_order_within_a_clause_are_features() -> None:
    feats = features(" # ik wil echt dood # ", _WORDS)
    assert {"kSELF", "kWISH", "kDIE", "pSELF>WISH", "pSELF>DIE", "pWISH>DIE"} <= set(feats)
    # Across a clause boundary there is no pair: "ik wil slapen, hij is dood".
    apart = features(" # ik wil slapen , hij is dood # ", _WORDS)
    assert "pWISH>DIE" not in apart and "kDIE" in apart


def test_two_wordings_of_one_pattern_share_their_class_features() -> None:
    one = features(" # ik wil dood # ", _WORDS)
    other = features(" # ik wil sterven # ", _WORDS)
    shared = {k for k in set(one) & set(other) if k[0] in "kp"}
    assert shared == {"kSELF", "kWISH", "kDIE", "pSELF>WISH", "pSELF>DIE", "pWISH>DIE"}


def test_without_a_scheme_the_features_are_unchanged() -> None:
    assert not any(k[0] in "kp" for k in features(" # ik wil dood # "))


def test_the_scheme_travels_with_the_model() -> None:
    data = {
        "labels": ["a", "b"],
        "intercept": [0.0, 0.0],
        "weights": {"kDIE": [0.0, 3.0]},
        "scheme": _WORDS.as_data(),
    }
    model = LinearModel(data, ("a", "b"))
    assert model.scheme == _WORDS
    assert model.probabilities(" # sterven # ")[1] > 0.5
    with pytest.raises(ModelError):
        LinearModel({**data, "labels": ["b", "a"]}, ("a", "b"))


def test_the_safety_word_classes_load_and_cover_what_they_name() -> None:
    words = scheme()
    assert "SELF" in words.concepts["mezelf"]
    assert "PILLS" in words.concepts["@pill"]  # "💊" in canonical form
    assert words.chars < 1 < words.kinds


def test_a_packed_model_scores_exactly_as_its_exported_weights(tmp_path: Path) -> None:
    data = {
        "labels": ["a", "b", "c"],
        "intercept": [0.125, -0.5, 0.0],
        "weights": {"wdood": [0.382, -0.097, -12.5], "c#ik": [-0.01, 0.004, 3.001], "x": [0, 0, 1]},
        "thresholds": {"clear": 0.7},
    }
    blob = pack(data)
    assert pack(data) == blob  # the same model gives the same bytes (the --check proof)
    model_file, manifest = tmp_path / "m.weights.gz", tmp_path / "m.toml"
    model_file.write_bytes(blob)
    manifest.write_text(f'sha256 = "{hashlib.sha256(blob).hexdigest()}"\n')
    loaded = read_artifact(model_file, manifest, "rebuild")
    assert loaded["thresholds"] == {"clear": 0.7} and len(loaded["weights"]) == 3
    labels = ("a", "b", "c")
    packed, plain = LinearModel(loaded, labels), LinearModel(data, labels)
    for text in (" # ik wil dood # ", " # x y # ", " # niets hier # "):
        assert packed.probabilities(text) == plain.probabilities(text)


def test_six_labels_score_row_by_row_to_the_same_floats() -> None:
    # The safety model's six labels take a faster path: the same sums, in the same order.
    rows = {f"w{i}": [((i * 7 + j * 3) % 11 - 5) / 3.0 for j in range(6)] for i in range(40)}
    fast = Weights.from_rows(rows, 6)
    slow = Weights.from_rows({k: [*v, 0.0] for k, v in rows.items()}, 7)
    intercept = [0.1, -0.2, 0.3, 0.0, 1e-3, -7.5]
    values = {f"w{i}": 1 / (i + 3) for i in range(0, 40, 3)} | {"unknown": 2.0}
    assert fast.logits(intercept, values) == slow.logits([*intercept, 0.0], values)[:6]


def test_a_damaged_packed_model_is_refused_with_its_name(tmp_path: Path) -> None:
    data = {"labels": ["a", "b"], "intercept": [0.0, 0.0], "weights": {"w": [1.0, 2.0]}}
    blob = gzip.compress(gzip.decompress(pack(data))[:-3], mtime=0)  # a row cut short
    model_file, manifest = tmp_path / "m.weights.gz", tmp_path / "m.toml"
    model_file.write_bytes(blob)
    manifest.write_text(f'sha256 = "{hashlib.sha256(blob).hexdigest()}"\n')
    with pytest.raises(ModelError, match=r"m\.weights\.gz is damaged"):
        read_artifact(model_file, manifest, "rebuild")

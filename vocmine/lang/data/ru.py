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
    greetings=(
        r"здравствуйте",
        r"добрый (день|вечер)",
        r"доброе утро",
        r"доброго (дня|времени суток)",
        r"привет",
        r"уважаемые( коллеги)?",
        r"уважаем(ый|ая)",
    ),
    closings=(
        r"с уважением",
        r"с наилучшими пожеланиями",
        r"всего (доброго|хорошего)",
    ),
    quote_headers=(
        r".{0,200}(\d{1,2}:\d{2}|\d{4}|\[email\]|@).{0,200}(написал|написала|пишет)(\(а\))?\s*:\s*$",
        r"-{2,}\s*(исходное|пересылаемое|оригинальное) сообщение\s*-*",
    ),
    mail_header_fields=words("от кому отправлено тема дата копия"),
    phone_regions=("RU",),
    honorifics=words("господин госпожа г-н г-жа"),
    salutations=(r"дорог(ой|ая)", r"уважаем(ый|ая)", r"это", r"спасибо"),
    introductions=(r"меня зовут", r"моё имя", r"моя фамилия"),
    non_names=words(
        "команда служба отдел поддержка магазин компания коллеги все всем ваш ваша ваши "
        "благодарю спасибо благодарю уважаемые доктор профессор"
    ),
    lemmatizer="pymorphy3",
    siblings=("uk",),
)
"""What vocmine knows about Russian."""

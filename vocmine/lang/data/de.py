"""German (de): letters, word lists and choices vocmine needs for it.

Also required (checked by tests/lang/test_languages.py): ``de`` rules for every category,
effort signal and churn in ``vocmine/resources/taxonomy.yaml``, and ``de`` reply
templates in ``vocmine/resources/reply_templates.yaml``.
"""

from vocmine.lang.language import LanguageData, words

DE = LanguageData(
    code="de",
    name="German",
    script="Latin",
    alphabet=frozenset("äöüß"),
    telltale_letters=frozenset("ßöüä"),
    function_words=words(
        "der die das und ist nicht mit ich sie wir ein eine auf für fur fuer bei von "
        "zu den dem auch noch sehr danke bitte bestellung lieferung paket nie wieder "
        "kein keine aber oder wurde wird schon"
    ),
    examples=(
        "Das Paket ist beschädigt angekommen und der Kundendienst antwortet nicht.",
        "Vielen Dank, die Lieferung kam pünktlich und ich bin sehr zufrieden.",
    ),
    negators=frozenset(("nicht", "kein", "keine", "nie")),
    never_again_phrases=("nie wieder",),
    positive_cues=("empfehl", "ausgezeichnet", "zufrieden", "danke", "prima"),
    negative_cues=(
        "schrecklich",
        "katastroph",
        "enttausch",
        "unverschamt",
        "schlimm",
        "schlecht",
        "miserabel",
        "argerlich",
    ),
    contrast_markers=("aber", "jedoch", "doch", "allerdings", "dafür"),
    filler_words=words(
        "hallo guten tag morgen abend danke vielen dank bitte grüße gruesse "
        "freundlichen sehr geehrte geehrter liebe lieber ok okay leider eigentlich "
        "halt mal"
    ),
    customer_speakers=words("kunde kundin"),
    agent_speakers=words("agent mitarbeiter berater operator"),
    bot_speakers=words("bot chatbot"),
    greetings=(
        r"hallo",
        r"guten (tag|morgen|abend)",
        r"sehr geehrte damen und herren",
        r"sehr geehrte[rs]?",
        r"liebe[rs]? (team|kundenservice|support)",
        r"moin",
        r"servus",
        r"grüß gott",
    ),
    closings=(
        r"mit freundlichen grüßen",
        r"(viele|beste|liebe|freundliche|herzliche|schöne) grüße",
        r"lg",
        r"mfg",
        r"vg",
        r"gruß",
        r"grüße",
    ),
    quote_headers=(
        r"am .{0,200}schrieb.{0,200}:\s*$",
        r"-{2,}\s*(ursprüngliche|weitergeleitete) nachricht\s*-*",
    ),
    mail_header_fields=words("von an gesendet betreff datum cc"),
    phone_regions=("DE",),
    honorifics=words("herr herrn frau dr prof"),
    salutations=(r"liebe[rs]?", r"hi", r"hey", r"danke"),
    introductions=(r"ich heiße", r"mein name ist", r"hier (ist|spricht)"),
    non_names=words(
        "team kundenservice kundendienst service support ihr ihre euer eure zusammen dank damen "
        "herren kunde kunden firma shop vielen danke kinder kollegen kolleginnen leute freunde "
        "doktor professor"
    ),
    lemmatizer="spacy-lookup",
)
"""What vocmine knows about German."""

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
    customer_speakers=words(
        "kunde kundin nutzer nutzerin ich du sie patient patientin fahrgast besucher besucherin mitglied gast"
    ),
    agent_speakers=words("agent mitarbeiter mitarbeiterin berater beraterin operator support"),
    bot_speakers=words("bot chatbot assistent assistentin"),
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
        r"mit freundlichem gru(ß|ss)",
        r"grüße",
    ),
    quote_headers=(
        r"am .{0,200}schrieb.{0,200}:\s*$",
        r"-{2,}\s*(ursprüngliche|weitergeleitete) nachricht\s*-*",
    ),
    mail_header_fields=words("von an gesendet betreff datum cc"),
    phone_regions=("DE", "AT", "CH"),
    honorifics=words("herr herrn frau dr prof doktor professor professorin dipl.-ing"),
    salutations=(
        r"liebe[rs]?",
        r"hi",
        r"hey",
        r"danke",
        r"ansprechpartner(in)?",
        r"kontaktperson",
        r"(vor- und )?name",
        r"nachname",
        r"vorname",
        r"patient(in)?:",
        r"unterschrift:",
        # form fields that name a person (applicant, guest, account holder ...)
        r"(antragsteller(in)?|gast|(konto|karten)?inhaber(in)?|versicherungsnehmer(in)?|mieter(in)?|besteller(in)?|auftraggeber(in)?|teilnehmer(in)?|halter(in)?):",
    ),
    introductions=(
        r"ich heiße",
        r"mein name ist",
        r"hier (ist|spricht)",
        r"sie chatten mit",
        r"sie sprechen mit",
    ),
    self_statements=(
        "ich bin",
        "ich bin die",
        "ich bin der",
        "hier",
        "hier ist die",
        "hier ist der",
        "es schreibt",
        "am apparat",
        "ich,",
    ),
    non_names=words(
        "team kundenservice kundendienst service support ihr ihre euer eure zusammen dank "
        "auftrag vertretung "
        "damen herren kunde kunden firma shop vielen danke kinder kollegen kolleginnen leute "
        "freunde doktor professor januar februar märz april mai juni juli august september "
        "oktober november dezember montag dienstag mittwoch donnerstag freitag samstag "
        "sonntag gott kundin kundinnen sachbearbeiter sachbearbeiterin mitarbeiter mitarbeiterin "
        # trades and offices, ahead of an owner's surname in a company name
        "bäckerei metzgerei malerbetrieb elektrotechnik sanitär autohaus apotheke "
        "praxis zahnarztpraxis kanzlei steuerberatung steuerbüro bürgerbüro "
        "bürgeramt rathaus stadtwerke hotel gasthof gasthaus restaurant café "
        "friseursalon salon studio schreinerei tischlerei dachdeckerei gärtnerei "
        "blumenhaus spedition bauunternehmen reinigung gebäudereinigung versicherung "
        "immobilien hausverwaltung physiotherapie fahrschule autowerkstatt werkstatt "
        "getränkehandel baumarkt optik "
        "einkauf buchhaltung "
    ),
    first_names=words(
        "peter michael thomas andreas wolfgang klaus jürgen günter stefan christian uwe "
        "werner horst dieter manfred bernd ralf helmut martin sven jens matthias tobias "
        "markus alexander florian sebastian jan tim lukas leon felix jonas maximilian niklas "
        "paul david daniel dirk torsten holger heinz hans karl kurt rainer gerhard joachim "
        "norbert oliver patrick philipp simon björn carsten maria ursula monika petra "
        "elisabeth sabine renate helga karin brigitte ingrid erika andrea gisela claudia "
        "susanne gabriele christa christine anna birgit heike martina nicole stefanie julia "
        "katharina laura lisa sarah lena hannah sophie lea anja katrin kerstin silke tanja "
        "sandra daniela melanie nadine jana jutta marion angelika doris manuela"
    ),
    person_nouns=words(
        "mitarbeiter mitarbeiterin berater beraterin techniker technikerin kurier kurierin "
        "fahrer fahrerin monteur monteurin agent agentin verkäufer verkäuferin kassierer "
        "kassiererin namens gewisser gewisse kellner kellnerin glaube vermutlich"
    ),
    verdict_positive=(
        r"\bbestelle[n]? (?:gerne |bestimmt |sicher )?wieder",
        r"\bnehme ich (?:das|es) (?:gerne )?in kauf",
        r"\b(?:kann|konnen|wurde|wurden|wuerde|wuerden)\b(?:[ \t]+(?!nicht\b|kein\w*\b|nie\b)\w+){0,4}?[ \t]+(?:weiter)?empfehlen\b",
        r"(?<!nicht )\bempfehle (?:ich|es|euch|sie|ihn|den|die|das|jedem|allen)\b",
        r"\bempfehlenswert",
        r"\b(?:sehr|nur|absolut) zu empfehlen",
        r"\bweiterempfehl",
        r"\b(?:klare|absolute|volle|uneingeschrankte|echte) empfehlung",
        r"\bgerne wieder",
        r"\bjederzeit wieder",
        r"\bimmer wieder gern",
        r"\bkomme[n]? (?:gerne |bestimmt |sicher |auf jeden fall )?wieder",
        r"\b(?:hat sich|es hat sich) (?:voll |absolut |wirklich )?gelohnt",
        r"(?<!nicht )\blohnt sich\b(?! nicht)",
        r"\bnicht bereut",
        r"\bbereue (?:es |den kauf )?nicht",
        r"\bdaumen hoch",
        r"\bso (?:muss|sollte|soll) (?:das|es|service|kundenservice) (?!nicht\b)(?:\w+ )?(?:laufen|sein|aussehen|gehen|funktionieren)\b",
        # staying, returning, renewing, referring
        r"\b(?:kommen|komme) (?:ich |wir )?(?:(?!nicht\b|nie\b|kein\w*\b)\w+ ){0,2}(?:gern |gerne )?wieder\b(?! (?:zuruck|auf|an|vor|mit|zu|nach|in)\b)",
        r"\b(?:ich|wir) (?:bleibe|bleib|bleiben) (?:\w+ )?(?:kunde|kundin|kunden|treu)\b",
        r"\b(?:ich|wir) (?:bleibe|bleib|bleiben) dabei\b(?=[ \t]*(?:[.!]|$))",
        r"\b(?:bin ich|ich bin|sind wir|wir sind) (?:jetzt |nun |seitdem )?stammkund",
        r"\bwurden? (?:ich |wir |sie |es |ihn )?(?:(?!nicht\b|nie\b|kein\w*\b)\w+ ){0,2}wieder (?:kaufen|buchen|bestellen|machen|hingehen|hier)\b",
        r"\b(?:verlangern|verlangere) (?:wir |ich )?(?:gern|gerne)\b",
        r"\b(?:empfehlen wir|wir empfehlen) (?:euch |sie |es |das |den laden |die praxis )?(?:jedem|allen|gerne|gern|uneingeschrankt|warmstens|absolut|definitiv|weiter)\b",
        r"\b(?:empfehlen wir|wir empfehlen)\s*[!.]*\s*$",
        r"\b(?:insgesamt|alles in allem|im grossen und ganzen|unterm strich) (?:bin ich |sind wir |war ich |waren wir )?(?:sehr |rundum |voll |absolut )?zufrieden\b",
        r"\brundum zufrieden\b",
        r"\bihr seid (?:\w+ )?(?:die besten|spitze|klasse|super)\b",
        r"(?:^|[.!,] )respekt\s*[!.]*\s*$",
    ),
    verdict_negative=(
        r"\bdanke (?:fur|fuer|furs|fuers) (?:nix|nichts)\b",  # sarcastic thanks
        r"\b(?:nachstes mal|kunftig|ab jetzt) .{0,30}woanders",
        r"\bnicht mehr an\b",
        r"\b(?:nicht|kein\w*) (?:zu |weiter)?empfehl",
        r"\bnicht (?:\w+ )?(?:weiter)?empfehlen",
        r"\bnie wieder",
        r"\b(?:ich|wir) (?:\w+ )?nicht wieder\b",
        r"\bnicht wieder (?:buchen|bestellen|kaufen|hingehen|kommen)",
        r"\bfinger weg",
        r"\blohnt sich nicht",
        r"\bnicht gelohnt",
        r"\brausgeschmissenes geld",
        r"\bgeldverschwendung",
        r"\bschade ums geld",
        r"(?<!nicht )\bbereue\b(?! (?:es |den kauf )?nicht)",
        r"(?:^|[.!] )(?:(?:sehr|echt|wirklich|einfach|total|nur|leider|so) )?(?:schade|enttauscht|enttauschend)\s*[!.…]*\s*$",
        r"\b(?:sehen|seht|sieht) (?:mich|uns) (?:\w+ )?(?:nicht|nie) (?:mehr|wieder)\b",
    ),
    verdict_undecided=(
        r"\bweder (?:besonders )?gut noch schlecht",
        r"\bmuss jeder (?:fur sich )?selbst (?:wissen|entscheiden)",
        r"\bnoch nicht entschieden",
        r"\bvor- und nachteile",
        r"\babschliessendes urteil",
        r"\bnoch kein urteil",
        r"\bschwer zu sagen",
        r"\bkommt (?:ganz )?dar?auf an",
        r"\bje nachdem",
        r"\bnichts (?:besonderes|weiter|spezielles) zu (?:berichten|sagen)\b",
        r"\bkeine (?:richtige |besondere )?meinung\b",
    ),
    verdict_thanks=(
        r"\b(?:ich|wir) (?:mochte|mochten|wollte|wollten|will|wollen) (?:[^.!?\n]|(?<=\d)\.){0,100}?\b(?:bedanken|danke sagen|dank aussprechen)\b",
        r"\b(?:mochte|mochten|wollte|wollten) (?:ich|wir) (?:[^.!?\n]|(?<=\d)\.){0,100}?\b(?:bedanken|danke sagen|dank aussprechen)\b",
    ),
    ironic_openers=(
        r"(?:(?:vielen |tausend |ein )?(?:dank|danke)(?: schon)?|bravo|super|klasse|respekt|gluckwunsch|herzlichen gluckwunsch|gratuliere|shout ?out)",
    ),
    verdict_balanced=(
        r"\bauf der anderen seite\b",
        r"\bandererseits\b",
    ),
    verdict_price=(
        r"\b(?:fur|bei|zu) (?:(?:den|diesen|dem|diesem|so einen|so einem|einen solchen|solchen|solch einem|diese|die) )?(?:preis|preisen|geld)\b",
        r"\b(?:fur|bei) (?:\d[\d .,\u00a0]*(?: ?€| ?euro\b| ?eur\b)|€ ?\d)",
    ),
    verdict_price_demand=(
        r"\berwarte(?:n|t)? (?:ich|man|wir)\b",
        r"\b(?:ich|wir|man) erwarte(?:n|t)?\b",
        r"\b(?:hatte|hatten|wurde|wurden|darf|durfte|sollte) (?:ich|man|wir)\b[^.!?\n]{0,60}?\berwart(?:et|en)\b",
        r"\b(?:ich|wir) hatten? (?:[^.!?\n]{0,40}? )?(?:mehr|besseres|anderes)\b[^.!?\n]{0,40}?\berwartet\b",
    ),
    switch_words=(
        r"ander\w*",
        r"woanders",
        r"anderswo",
        r"nachste\w*",
        r"schon",
        r"bereits",
        r"konkurren\w*",
    ),
    rating_numbers={"ein": 1, "einen": 1, "eine": 1, "zwei": 2, "drei": 3, "vier": 4, "funf": 5},
    rating_stars=r"sterne?n?",
    rating_openers=words(
        "ich wir gebe geben vergebe vergeben nur leider so trotzdem insgesamt deshalb daher darum und aber von mir uns dafur"
    ),
    lemmatizer="spacy-lookup",
)
"""What vocmine knows about German."""

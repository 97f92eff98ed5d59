"""Slovak (sk): letters, word lists and choices vocmine needs for it.

Also required (checked by tests/lang/test_languages.py): ``sk`` rules for every category,
effort signal and churn in ``vocmine/resources/taxonomy.yaml``, and ``sk`` reply
templates in ``vocmine/resources/reply_templates.yaml``.
"""

from vocmine.lang.language import LanguageData, words

SK = LanguageData(
    code="sk",
    name="Slovak",
    script="Latin",
    alphabet=frozenset("áäčďéíĺľňóôŕšťúýž"),
    telltale_letters=frozenset("ľĺŕôäčšžňťďýáíéúó"),
    function_words=words(
        "som sme ste sú su sa aj ako len iba ešte este teraz keď ked prečo preco "
        "pretože pretoze čo nič veľmi velmi veľa vela ďakujem dakujem ďakujeme "
        "dakujeme vďaka vdaka takej tiež tiez môj moj mňa mna bohužiaľ bohuzial dúfam "
        "dufam chcem neviem viem zásielka zasielka neprišla prišla tovar odporúčam "
        "odporucam objednávka objednavka nefunguje máte mate ako bol bola bolo boli "
        "alebo aký aká aké"
    ),
    examples=(
        "Zásielka neprišla, objednávku som zaplatil pred týždňom.",
        "Ďakujem, tovar prišiel včas a som veľmi spokojný.",
    ),
    negators=frozenset(("ne",)),
    never_again_phrases=("uz nikdy",),
    positive_cues=("odporucam", "skvel", "vyborn", "spokojn", "dakuj", "perfektn", "uzasn"),
    negative_cues=(
        "neodporuc",
        "hrozn",
        "strasn",
        "sklam",
        "rozbit",
        "podvod",
        "najhors",
        "nespokoj",
        "katastrof",
    ),
    contrast_markers=("ale", "avšak", "však", "no", "zato"),
    filler_words=words(
        "dobrý dobry deň den zdravím zdravim ďakujem dakujem vďaka vdaka prosím "
        "prosim pozdravom s pozdravom vážení vazeni pán pani ok xd ahoj čau cau "
        "bohužiaľ bohuzial proste"
    ),
    customer_speakers=words(
        "klient klientka zakaznik zakaznicka pouzivatel pouzivatelka ty ja vy pacient pacientka cestujúci návštevník návštevníčka člen členka rodič"
    ),
    agent_speakers=words(
        "konzultant konzultantka operator operátor operátorka agent agentka podpora"
    ),
    bot_speakers=words("bot chatbot asistent asistentka virtuálny_asistent"),
    greetings=(
        r"dobrý (deň|večer)( prajem)?",
        r"zdravím",
        r"ahoj",
        r"vážení",
        r"vážen[ýá] (pán|pani)",
    ),
    closings=(
        r"s (priateľským )?pozdravom",
        r"(srdečne |ďakujem a )?zdravím",
        r"s úctou",
    ),
    quote_headers=(
        r"dňa .{0,200}napísal(\(a\)|a)?\s*:",
        r".{0,200}(\d{1,2}:\d{2}|\d{4}|\[email\]|@).{0,200}napísal(\(a\)|a)?\s*:\s*$",
        r"-{2,}\s*(pôvodná|preposlaná) správa\s*-*",
    ),
    mail_header_fields=words("od komu odoslané predmet dátum kópia"),
    phone_regions=("SK", "CZ"),
    honorifics=words(
        "pán pane pani pánovi ing mgr mudr judr bc phdr doc prof inžinier inžinierka doktor doktorka profesor profesorka "
        "riaditeľ riaditeľka riaditeľko riaditeľovi arch"
    ),
    salutations=(
        r"mil[ýá]",
        r"vážen[ýá]",
        r"tu je",
        r"vďaka",
        r"ďakujem",
        r"tu",
        r"kontaktná osoba",
        r"podpis:",
        r"meno( a priezvisko)?",
        r"priezvisko",
        r"pacient(ka)?:",
        # form fields that name a person (applicant, guest, account holder ...)
        r"(žiadateľ(ka)?|hosť|majiteľ(ka)?( \w+)?|držiteľ(ka)?( \w+)?|objednávateľ(ka)?|(nový |pôvodný )?odberateľ(ka)?|poisten[ýá]|poistník|nájomca|nájomník|oznamovateľ(ka)?|zákonný zástupca|splnomocnenec|účastník|účastníčka):",
    ),
    introductions=(
        r"volám sa",
        r"moje meno je",
        r"píše (vám|vam|ti)",
        r"zdraví (vás|vas)",
        r"pri telef[oó]ne",
        r"v chate",
        r"s vami je",
        r"s vámi je",
        r"s vami hovorí",
        r"s vámi hovorí",
    ),
    self_statements=("som", "tu je", "tu", "píše", "píšem", "pri telefóne", "ja,"),
    non_names=words(
        "tím oddelenie podpora zákaznícka zákaznícke zákaznícky obchod firma spoločnosť vďaka "
        "vaše váš vás všetkým vážení ďakujem team support doktor doktorka profesor inžinier "
        # trades and offices, ahead of an owner's surname in a company name
        "účtovníctvo stavby pekáreň kaderníctvo autoservis lekáreň ambulancia "
        "kancelária advokátska hotel penzión reštaurácia kaviareň doprava "
        "autodoprava stavebniny stolárstvo záhradníctvo kvetinárstvo mliekáreň "
        "pivovar elektro servis pneuservis salón agentúra cestovná úrad mestský "
        "obecný družstvo optika "
        "nákup fakturácia "
        "katedra ústav nadácia expres "
    ),
    first_names=words(
        "mária anna katarína zuzana eva jana helena lucia martina monika ivana jarmila "
        "veronika alžbeta lenka dominika kristína michaela andrea simona petra barbora soňa "
        "jozef ján peter michal milan martin tomáš juraj marek štefan ladislav vladimír "
        "miroslav jaroslav pavol lukáš marián dušan róbert matej patrik dominik igor zoltán "
        "ľubomír jakub samuel filip"
    ),
    person_nouns=words(
        "operátor operátorka konzultant konzultantka kuriér kuriérka technik technička "
        "pracovník pracovníčka poradca poradkyňa predavač predavačka pokladníčka vodič "
        "vodička agent agentka zástupca zástupkyňa nejaká nejaký istá istý sestra sestrička "
        "čašník čašníčka myslím tuším hádam"
    ),
    verdict_positive=(
        r"\bobjednam (?:si )?(?:znova|opat|zas)",
        r"\b(?:aj tak|urcite|vrelo|jednoznacne|urcite vam) odporucame",
        r"\bodporucim (?:vas|vas dalej|dalej)",
        r"\bodporucam\b",
        r"\b(?:mozem|mozeme) (?:len |iba )?odporucit",
        r"\bstalo to za to",
        r"(?<!ne)\boplatilo sa",
        r"(?<!ne)\boplati sa",
        r"\b(?:urcite|radi|rad|rada|znova) sa (?:sem |k vam )?vratim",
        r"\b(?:urcite|radi|znova) sa (?:sem |k vam )?vratime",
        r"\bpridem (?:zas|znova|opat)",
        r"\bprideme (?:zas|znova|opat)",
        r"\bnelutujem",
        r"\btakto (?:to )?ma (?:vyzerat|byt|fungovat)\b",
        r"\btak (?:to )?ma (?:vyzerat|fungovat)\b",
        # staying, returning, renewing, referring
        r"\b(?:zase|znova|opat) (?:sem |k vam )?(?:budem|budeme) chodit\b",
        r"\b(?:pridem|prideme|pojdem|pojdeme) (?:\w+ ){0,3}(?:zase|znova|opat)\b",
        r"\bzostavam (?:vam |u vas )?(?:verna|verny)\b",
        r"\b(?:aj tak|takze|tak|preto) zostavam\b",
        r"\b(?:radi |rad |rada |urcite )?predlzim[e]?\b",
        r"\bodporucame (?:vas |ich |to )?(?:vsetkym|kazdemu|dalej)\b",
        r"\b(?:a|vsetkym|kazdemu) odporucame\b",
        r"\bodporucame\s*[!.]*\s*$",
        r"\b(?:budem|budeme) (?:vas |ich |ho |ju )?odporucat\b",
        r"\bcelkovo (?:som |sme )?(?:velmi |maximalne )?spokojn",
        r"\bcelkova spokojnost",
        r"(?:^|[.!] )spokojnost\s*[!.]*\s*$",
        r"\b(?:ale|vysledok|urcite|aj tak) (?:\w+ )?za to stoji\b",
        r"\b(?:ste|si) (?:\w+ )?najlepsi\b",
    ),
    verdict_negative=(
        r"\b(?:vdaka|dakujem|dakujeme|diky) za nic\b",  # sarcastic thanks
        r"\bnabuduce (?:uz )?(?:pojdem|pojdeme|idem|ideme) inam",
        r"\bneodporucam",
        r"\bnikdy viac",
        r"\buz nikdy",
        r"\bskoda (?:penazi|peniazi|casu)",
        r"\bneoplati sa",
        r"\bneoplatilo sa",
        r"\bnestoji to za to",
        r"\bvyhodene peniaze",
        r"\bruky prec",
        r"\buz (?:tam |sem |k vam )?nepridem",
        r"\blutujem (?:nakupu|objednavky|vyberu|navstevy|penazi)",
        r"(?:^|[.!] )(?:(?:velke|obrovske|totalne|fakt|len|velmi) )?(?:sklamanie|skoda|sklamana|sklamany|sklamani)\s*[!.…]*\s*$",
        r"\b(?:mna|ma|nas|auto) (?:\w+ ){0,3}neuvidite\b",
    ),
    verdict_undecided=(
        r"\bako kto\b",
        r"\bniekomu (?:to )?(?:stoji|vyhovuje).{0,40}niekomu nie",
        r"\bnieco za nieco",
        r"\bma (?:to )?svoje plusy aj minusy",
        r"\bani dobre,? ani zle",
        r"\btazko povedat",
        r"\bzalezi na tom,? (?:co|ako|kto|comu)",
        r"\bcas ukaze",
        r"\bnemam (?:na to )?(?:(?:vyhraneny|ziadny|jasny) )?nazor\b",
    ),
    verdict_thanks=(
        r"\b(?:chcem|chceme|chcel by som|chcela by som|chceli by sme|rad by som|rada by som|radi by sme) (?:\w+ ){0,4}podakovat\b",
    ),
    ironic_openers=(
        r"(?:(?:no |velka )?(?:vdaka|dakujem|dakujeme|dik|bravo|gratulujem|gratulacia|super))",
    ),
    verdict_balanced=(
        r"\bna druhej strane\b",
        r"\bna druhu stranu\b",
    ),
    verdict_price=(
        r"\bza (?:tu(?:to)? cenu|tie(?:to)? peniaze|take peniaze|taku cenu)\b",
        r"\bza \d[\d .,\u00a0]*(?: ?€| ?eur\b)",
    ),
    verdict_price_demand=(
        r"\b(?:ocakavam|cakam|ocakavame|cakame)\b",
        r"\bby som(?: \w+)? (?:cakal|cakala|ocakaval|ocakavala)\b",
        r"\b(?:cakal|cakala|ocakaval|ocakavala) by som\b",
        r"\bby si (?:\w+ )?zasluzil[oa]?\b",
        r"\bzasluzil[oa]? by si\b",
        r"\b(?:cakal|cakala|cakali|ocakaval|ocakavala|ocakavali)(?: som| sme)? (?:\w+ )?(?:viac|nieco viac|lepsie|nieco lepsie|nieco ine|ine)\b",
    ),
    switch_words=(
        r"in[aeyi]\w*",
        r"inde",
        r"inam",
        r"buduc\w*",
        r"nabuduce",
        r"uz",
        r"konkurenc\w*",
    ),
    rating_numbers={"jednu": 1, "jedna": 1, "dve": 2, "tri": 3, "styri": 4, "pat": 5},
    rating_stars=r"hviezd(?:a|y|u|ic(?:k[ay]|iek|ku)|ok)?",
    rating_openers=words(
        "davam dam len iba zatial preto takze celkovo za to odo mna mna a ale zial"
    ),
    lemmatizer="simplemma",
    siblings=("cs",),
    sentiment_via="cs",
)
"""What vocmine knows about Slovak."""

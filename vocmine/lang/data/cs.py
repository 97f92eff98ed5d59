"""Czech (cs): letters, word lists and choices vocmine needs for it.

Also required (checked by tests/lang/test_languages.py): ``cs`` rules for every category,
effort signal and churn in ``vocmine/resources/taxonomy.yaml``, and ``cs`` reply
templates in ``vocmine/resources/reply_templates.yaml``.
"""

from vocmine.lang.language import LanguageData, words

CS = LanguageData(
    code="cs",
    name="Czech",
    script="Latin",
    alphabet=frozenset("áčďéěíňóřšťúůýž"),
    telltale_letters=frozenset("řůěčšžňťďýáíéúó"),
    function_words=words(
        "jsem jsi jsme jste jsou není neni nejsou bych bychom taky také jen jenom pak "
        "proč proc když kdyz protože protoze ještě jeste teď ted tady tohle mě mně se "
        "hezky hezký hezké dneska mohu můžu muzu chci jde jdu nejlepší nejlepsi "
        "nejhorší nejhorsi opravdu děkuji dekuji díky diky bohužel bohuzel doufám "
        "doufam nějak nejak něco neco někdo nekdo vůbec vubec zásilka zasilka "
        "nepřišla neprisla přišla prisla zboží zbozi doporučuji doporucuji objednávka "
        "objednavka nefunguje velmi moc máte mate jak kdo byl byla bylo byly mít mit "
        "jaký jaky jaká jaké jake"
    ),
    examples=(
        "Zásilka nepřišla, kde je můj balík? Čekám už týden.",
        "Děkuji, zboží dorazilo včas a jsem moc spokojený.",
    ),
    negators=frozenset(("ne",)),
    never_again_phrases=("uz nikdy",),
    positive_cues=("doporucuji", "skvel", "vyborn", "spokojn", "dekuj", "perfektn", "uzasn"),
    negative_cues=(
        "nedoporuc",
        "hrozn",
        "strasn",
        "otresn",
        "spatn",
        "zklam",
        "poskoz",
        "rozbit",
        "podvod",
        "nejhors",
        "nespokoj",
        "skandal",
        "katastrof",
    ),
    contrast_markers=("ale", "avšak", "však", "jenže", "zato"),
    filler_words=words(
        "dobrý dobry den dobrý den zdravím zdravim děkuji dekuji díky diky prosím "
        "prosim pozdravem s pozdravem vážení vazeni vážený pane paní pani ok xd ahoj "
        "čau cau bohužel bohuzel prostě proste fakt"
    ),
    customer_speakers=words(
        "klient klientka zakaznik zakaznicka zákaznice uzivatel uzivatelka ty já vy pacient pacientka cestující návštěvník návštěvnice člen členka rodič"
    ),
    agent_speakers=words("konzultant konzultantka operator operátor operatorka poradce podpora"),
    bot_speakers=words("bot chatbot asistent asistentka virtuální_asistent"),
    greetings=(
        r"dobrý (den|večer)( přeji)?",
        r"zdravím",
        r"ahoj",
        r"vážení",
        r"vážen[ýá] (pane|paní)",
    ),
    closings=(
        r"s (přátelským )?pozdravem",
        r"(srdečně |děkuji a )?zdravím",
        r"s úctou",
    ),
    quote_headers=(
        r"dne .{0,200}napsal(\(a\)|a)?\s*:",
        r".{0,200}(\d{1,2}:\d{2}|\d{4}|\[email\]|@).{0,200}napsal(\(a\)|a)?\s*:\s*$",
        r"-{2,}\s*(původní|přeposlaná) zpráva\s*-*",
    ),
    mail_header_fields=words("od komu odesláno předmět datum kopie"),
    phone_regions=("CZ", "SK"),
    honorifics=words(
        "pan pane paní panu ing mgr mudr judr bc phdr doc prof inženýr inženýre inženýrko doktor doktore doktorko profesor profesore "
        "ředitel řediteli ředitelka ředitelko arch"
    ),
    salutations=(
        r"mil[ýá]",
        r"vážen[ýá]",
        r"tady",
        r"díky",
        r"děkuji",
        r"tu",
        r"kontaktní osoba",
        r"podpis:",
        r"jméno( a příjmení)?",
        r"příjmení",
        r"pacient(ka)?:",
        # form fields that name a person (applicant, guest, account holder ...)
        r"(žadatel(ka)?|host|majitel(ka)?( \w+)?|držitel(ka)?( \w+)?|objednatel(ka)?|(nový |původní )?odběratel(ka)?|pojištěn[ýá]|pojistník|nájemník|nájemce|oznamovatel(ka)?|zákonný zástupce|zmocněnec|účastník|účastnice|identifikace):",
    ),
    introductions=(
        r"jmenuj(i|u) se",
        r"(mé|moje) jméno je",
        r"u telefonu",
        r"v chatu",
        r"s vámi je",
        r"s vami je",
        r"s vámi mluví",
        r"s vami mluvi",
        r"píše (vám|vam|ti)",
        r"zdraví (vás|vas)",
    ),
    self_statements=("jsem", "tady je", "tady", "píše", "píšu", "já,", "ja,"),
    non_names=words(
        "tým oddělení podpora zákaznická zákaznické zákaznický obchod firma společnost díky "
        "vaše váš vás všem vážení děkuji team support doktor doktorka profesor inženýr "
        # trades and offices, ahead of an owner's surname in a company name
        "účetnictví stavby pekárna řeznictví kadeřnictví autoservis lékárna ordinace "
        "kancelář advokátní hotel penzion restaurace kavárna doprava autodoprava "
        "stavebniny truhlářství instalatérství zahradnictví květinářství mlékárna "
        "pivovar elektro servis pneuservis studio salon agentura cestovní "
        "zámečnictví klempířství malířství pojišťovna úřad městský obecní družstvo "
        "optika "
        "nákup fakturace "
        "katedra ústav nadace expres "
    ),
    first_names=words(
        "jana marie eva hana anna lenka kateřina lucie alena petra veronika jaroslava tereza "
        "martina michaela jitka helena ludmila zdeňka ivana monika eliška zuzana markéta "
        "jarmila barbora dagmar kristýna vlasta adéla klára andrea pavla denisa simona "
        "natálie karolína šárka renata jiří jan petr josef pavel martin tomáš jaroslav "
        "miroslav zdeněk václav michal františek jakub milan karel lukáš david vladimír "
        "ondřej ladislav stanislav marek radek daniel antonín vojtěch filip adam matěj "
        "jindřich aleš libor dominik patrik vlastimil štěpán oldřich vít"
    ),
    person_nouns=words(
        "operátor operátorka konzultant konzultantka kurýr kurýrka technik technička "
        "pracovník pracovnice poradce poradkyně prodavač prodavačka pokladní řidič řidička "
        "agent agentka zástupce zástupkyně sestra nějaká nějaký jistá jistý sestřička číšník "
        "číšnice myslím tuším snad"
    ),
    verdict_positive=(
        r"\bobjednam (?:si )?(?:zase|znovu|opet)",
        r"\b(?:zase|znovu) (?:si )?objednam",
        r"\bkoupim (?:zase|znovu|opet)",
        r"\bdoporucuj[iu]\b",
        r"\b(?:muzu|mohu|muzeme|lze) (?:jen |jedine )?doporucit",
        r"\bstalo to za to",
        r"\bstoji to za to",
        r"\b(?:urcite|rad|rada|radi|zase|znovu) se (?:sem |k vam )?vratim",
        r"\b(?:urcite|radi|zase|znovu) se (?:sem |k vam )?vratime",
        r"\bprijdeme (?:zas|znovu|zase)",
        r"\bprijdu (?:zas|znovu|zase)",
        r"\bpriste zas",
        r"\bnelituj[iu]\b",
        r"\bnelitujeme",
        r"\bpalec nahoru",
        r"\btakhle (?:to )?ma (?:vypadat|byt|fungovat)\b",
        r"\btak (?:to )?ma (?:vypadat|fungovat)\b",
        # staying, returning, renewing, referring
        r"\burcite (?:zase|znovu)\b",
        r"\b(?:jedu|jedeme|pojedu|pojedeme|poletim|poletime|prijedu|prijedeme|pujdu|pujdeme) (?:\w+ )?(?:zas|zase|znovu)\b",
        r"\bzustavam (?:vam |u vas )?(?:verna|verny)\b",
        r"\b(?:takze|tak|proto|ale) zustavam\b",
        r"\b(?:rad |rada |radi |urcite )?prodlouzim[e]?\b",
        r"\bvas (?:uz )?doporucil[aiy]?\b",
        r"\b(?:jsem|jsme) (?:\w+ )?dal[aiy]? (?:vasi|vase|vas) (?:vizitku|cislo|kontakt|telefon)",
        r"\b(?:a|urcite|rozhodne|vrele|jednoznacne|vsem|kazdemu) doporucujeme\b",
        r"\bdoporucujeme (?:vas |je |to |ho |ji )?(?:vsem|kazdemu|vrele|dal)\b",
        r"(?<!ne)\bdoporucujeme\s*[!.]*\s*$",
        r"\b(?:budu|budeme) (?:vas |vás |je |ho |ji )?(?:doporucovat|doporucit)\b",
        r"\bcelkov[eě] (?:jsem |jsme )?(?:velmi |moc |maximalne )?spokojen",
        r"\bcelkova spokojenost",
        r"\b(?:ale|vysledek|rozhodne|urcite|i tak) (?:\w+ )?za to stoj[ií]\b",
        r"\b(?:jste|jsi) (?:\w+ )?nejlepsi\b",
        r"(?:^|[.!,] )(?:ale )?(?:i tak )?respekt\s*[!.]*\s*$",
    ),
    verdict_negative=(
        r"\b(?:diky|dik|dekuji|dekujeme|dekuju) za nic\b",  # sarcastic thanks
        r"\b(?:priste|pristi \w+|od ted) .{0,30}jinam\b",
        r"\bnedoporucuj",
        r"\bnikdy vic",
        r"\buz nikdy",
        r"\bvyhozene penize",
        r"\bskoda penez",
        r"\bnestoji (?:to )?za to",
        r"\bnestalo to za to",
        r"\bruce pryc",
        r"\bvyhnete se",
        r"\buz (?:tam |sem |k vam )?neprijd",
        r"\blituj[iu] (?:nakupu|objednavky|vyberu|navstevy|penez)",
        r"(?:^|[.!] )(?:(?:velke|obrovske|totalni|naprosté|naprosto|fakt|jen|velka|strasne) )?(?:zklamani|skoda|zklamana|zklamany|zklamaní)\s*[!.…]*\s*$",
        r"\b(?:mne|me|nas|auto) (?:\w+ ){0,3}neuvidite\b",
    ),
    verdict_undecided=(
        r"\bnic extra,? nic hrozneho",
        r"\bani dobre,? ani spatne",
        r"\bnevim,? co si o tom mam myslet",
        r"\bneco mezi\b",
        r"\bma (?:to )?sva plus (?:i|a) minus",
        r"\bkazdy at si udela nazor",
        r"\btezko rict",
        r"\bzalezi na tom,? (?:co|jak|kdo|cemu)",
        r"\bcas ukaze",
        r"\bnemam (?:na to )?(?:(?:vyhraneny|zadny|jasny) )?nazor\b",
    ),
    verdict_thanks=(
        r"\b(?:chci|chceme|chtel bych|chtela bych|chteli bychom|rad bych|rada bych|radi bychom) (?:\w+ ){0,4}podekovat\b",
    ),
    ironic_openers=(
        r"(?:(?:no |velke )?(?:diky|dekuji|dekujeme|dik|bravo|gratuluju|gratuluji|gratulace|super))",
    ),
    verdict_balanced=(
        r"\bna druhou stranu\b",
        r"\bna druhe strane\b",
    ),
    verdict_price=(
        r"\bza (?:tu(?:hle|to)? cenu|ty(?:hle|to)? penize|takove penize|takovou cenu)\b",
        r"\bza \d[\d .,\u00a0]*(?: ?kc\b| ?korun| ?€| ?eur\b)",
    ),
    verdict_price_demand=(
        r"\b(?:ocekavam|cekam|ocekavame|cekame)\b",
        r"\bbych(?: \w+)? (?:cekal|cekala|ocekaval|ocekavala)\b",
        r"\b(?:cekal|cekala|ocekaval|ocekavala) bych\b",
        r"\bby (?:clovek|jeden) (?:\w+ )?(?:cekal|ocekaval)\b",
        r"\b(?:cekal|cekala|cekali|ocekaval|ocekavala|ocekavali)(?: jsem| jsme)? (?:\w+ )?(?:vic|vice|neco vic|neco vice|lepsi|neco lepsiho|neco jineho|jine)\b",
    ),
    switch_words=(
        r"jin\w*",
        r"jinde",
        r"jinam",
        r"pristi\w*",
        r"priste",
        r"uz",
        r"konkurenc\w*",
    ),
    rating_numbers={"jednu": 1, "jedna": 1, "jedne": 1, "dve": 2, "tri": 3, "ctyri": 4, "pet": 5},
    rating_stars=r"hvezd(?:a|y|u|ic(?:k[ay]|ek|ku))?",
    rating_openers=words(
        "davam dam jen pouze zatim proto takze celkem celkove za to ode mne mne a ale bohuzel jedine"
    ),
    lemmatizer="spacy-lookup",
    siblings=("sk",),
)
"""What vocmine knows about Czech."""

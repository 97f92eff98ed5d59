"""Polish (pl): letters, word lists and choices vocmine needs for it.

Also required (checked by tests/lang/test_languages.py): ``pl`` rules for every category,
effort signal and churn in ``vocmine/resources/taxonomy.yaml``, and ``pl`` reply
templates in ``vocmine/resources/reply_templates.yaml``.
"""

from vocmine.lang.language import LanguageData, words

PL = LanguageData(
    code="pl",
    name="Polish",
    script="Latin",
    alphabet=frozenset("ąćęłńóśźż"),
    telltale_letters=frozenset("łąęśźżńćó"),
    function_words=words(
        "nie jest się sie że ze jak dla przez już juz tylko mnie mam jestem był byl "
        "była byla bardzo polecam dziękuję dziekuje dzięki dzieki przesyłka przesylka "
        "zamówienie zamowienie paczka paczki kurier sklep towar czy też tez który "
        "ktory które ktore gdzie kiedy żeby zeby został zostal została zostala "
        "jeszcze nic ale oraz lub bez może moze wszystko"
    ),
    examples=(
        "Zamówienie przyszło uszkodzone, kurier się nie odzywał.",
        "Dziękuję, wszystko dotarło na czas i polecam ten sklep.",
    ),
    negators=frozenset(("nie",)),
    never_again_phrases=("nigdy wiecej",),
    positive_cues=("polecam", "swietn", "doskonal", "rewelac", "zadowol", "dziekuj"),
    negative_cues=(
        "fataln",
        "okropn",
        "tragedi",
        "beznadziej",
        "rozczarow",
        "uszkodz",
        "zepsut",
        "oszust",
        "najgorsz",
        "zenuj",
        "skandal",
        "katastrof",
    ),
    contrast_markers=("ale", "lecz", "jednak", "natomiast", "za to"),
    filler_words=words(
        "dzień dobry witam pozdrawiam pozdrowienia dziękuję dziekuje dzięki dzieki "
        "proszę prosze szanowni szanowny państwo panstwo pan pani ok okej xd hej "
        "cześć czesc serdecznie uprzejmie niestety generalnie ogólnie ogolnie "
        "naprawdę naprawde"
    ),
    customer_speakers=words(
        "klient klientka uzytkownik uzytkowniczka ty ja gość pacjent pacjentka pasażer pasażerka rodzic"
    ),
    agent_speakers=words(
        "konsultant konsultantka operator operatorka doradca wsparcie administrator"
    ),
    bot_speakers=words("bot chatbot asystent asystentka"),
    greetings=(
        r"dzień dobry",
        r"dobry wieczór",
        r"witam( serdecznie| państwa)?",
        r"witajcie",
        r"cześć",
        r"hej",
        r"szanowni państwo",
        r"szanown[ay] pan(ie|i)?",
    ),
    closings=(
        r"(z )?(serdeczn(ie|ymi) )?pozdr(awiam|owienia|owieniami)?( serdecznie)?",
        r"z poważaniem",
        r"łączę (wyrazy szacunku|pozdrowienia)",
        r"z wyrazami szacunku",
    ),
    quote_headers=(
        r"w dniu .{0,200}napisał(\(a\)|a)?\s*:",
        r".{0,200}(\d{1,2}:\d{2}|\d{4}|\[email\]|@).{0,200}napisał(\(a\)|a)?\s*:\s*$",
        r"-{2,}\s*(wiadomość oryginalna|oryginalna wiadomość|przekazana wiadomość)\s*-*",
    ),
    mail_header_fields=words("od do wysłano temat data dw"),
    phone_regions=("PL",),
    honorifics=words(
        "pan pani panie panu panią panem dr mgr inż prof doktor doktorze inżynier inżynierze profesor profesorze mecenas hab"
    ),
    salutations=(
        r"drog[ia]",
        r"witaj(cie)?",
        r"dzięki",
        r"dziękuję",
        r"osoba kontaktowa",
        r"imię i nazwisko",
        r"nazwisko i imię",
        r"nazwisko",
        r"dane (abonenta|klienta|odbiorcy|nadawcy|pacjenta)",
        r"pacjent(ka)?:",
        r"podpis:",
        # form fields that name a person (applicant, guest, account holder ...)
        r"(wnioskodaw(ca|czyni)|gość|właściciel(ka)?( \w+)?|posiadacz(ka)?( \w+)?|zamawiając[ya]|ubezpieczon[ya]|najemc[ay]|zgłaszając[ya]|opiekun(ka)?( prawn[ya])?|pełnomocnik|uczestni(k|czka)|abonent(ka)?):",
    ),
    introductions=(r"nazywam się", r"mam na imię", r"moje imię to", r"z tej strony"),
    self_statements=("jestem", "pisze", "tu", "mówi", "przy telefonie", "ja,"),
    non_names=words(
        "zespół obsługa dział biuro sklep firma klient klienta państwo państwu państwa dzięki "
        "wszystkim kochani szanowni serdecznie serdeczności pozdrawiam dziękuję team support doktor doktór "
        "doktorze profesor profesorze kierownik kierowniczka prezes dyrektor magister bóg "
        # trades and offices, ahead of an owner's surname in a company name
        "hurtownia piekarnia apteka warsztat kancelaria przychodnia gabinet salon "
        "hotel pensjonat restauracja kawiarnia usługi transport studio serwis "
        "autoserwis zakład pracownia agencja księgowość drukarnia kwiaciarnia "
        "cukiernia stolarnia ogrodnictwo budownictwo przedsiębiorstwo spółdzielnia "
        "wspólnota urząd gmina "
        "zakupy "
        # boards, plants, university and other bodies signing a letter
        "zarząd zakłady katedra wydział instytut fundacja stowarzyszenie ekspres "
    ),
    first_names=words(
        "anna maria katarzyna małgorzata agnieszka barbara krystyna ewa elżbieta zofia teresa "
        "magdalena joanna monika danuta jadwiga aleksandra halina irena beata marta dorota "
        "karolina jolanta iwona grażyna natalia paulina justyna agata bożena urszula alicja "
        "julia renata sylwia patrycja weronika zuzanna wiktoria hanna emilia kinga lena "
        "oliwia maja amelia izabela ilona edyta kamila martyna klaudia dominika ania kasia "
        "gosia basia ola asia magda marysia ula jan andrzej piotr krzysztof stanisław tomasz "
        "paweł józef marcin marek michał grzegorz jerzy tadeusz adam łukasz zbigniew ryszard "
        "dariusz henryk mariusz kazimierz wojciech robert mateusz jakub maciej kamil rafał "
        "jacek janusz mirosław sławomir artur damian bartosz sebastian wiesław daniel szymon "
        "dawid przemysław konrad karol patryk hubert filip antoni igor wiktor radosław leszek "
        "bogdan waldemar zdzisław kuba bartek wojtek tomek"
    ),
    person_nouns=words(
        "operator operatorka konsultant konsultantka kurier kurierka serwisant serwisantka "
        "technik hydraulik elektryk monter pracownik pracownica doradca doradczyni sprzedawca "
        "sprzedawczyni kasjer kasjerka kierowca agent agentka przedstawiciel przedstawicielka "
        "pielęgniarka lekarz lekarka jakaś jakiś niejaki niejaka kelner kelnerka instruktor "
        "instruktorka chyba bodajże"
    ),
    verdict_positive=(
        r"\bzamowie (?:znowu|ponownie|jeszcze)",
        r"\b(?:jeszcze|na pewno) (?:tu |u was )?zamowie",
        r"\bpolecam\b(?![ \t]+\w+c\b)",
        r"\bgodn[eay] polecenia",
        r"\b(?:bylo|naprawde|zdecydowanie|na pewno|jak najbardziej|po prostu|bardzo) warto\b(?![ \t]+\w+c\b)",
        r"\bwarto bylo\b(?=[ \t]*(?:[.!,]|$))",
        r"(?<!nie )\bwarto\b(?=[ \t]*(?:[.!]|$))",
        r"\bnie zaluj",
        r"\b(?:na pewno|jeszcze|chetnie) (?:tu |do was |tam )?wroc",
        r"\bwrocimy\b",
        r"\bbede wracac",
        r"\b(?:jeszcze|na pewno|chetnie) skorzystam",
        r"\bskorzystam ponownie",
        r"\bpolecam z czystym sumieniem",
        r"\btak (?:to )?(?:powinno|ma) (?:to )?(?:wygladac|dzialac)\b",
        # staying, returning, renewing, referring
        r"\b(?:dal(?:em|am|ismy)|poda(?:lem|lam|lismy)) (?:juz )?(?:panstwa|wasz|pana|pani) (?:numer|kontakt|telefon|wizytowk)",
        r"\b(?:na pewno|jeszcze|znowu|ponownie) (?:tu |tam |do was |u was )?(?:przyjdziemy|przyjde|przyjedziemy|przyjade|zamowimy|kupie|kupimy)\b",
        r"\b(?:zostaje|zostajemy) (?:z wami|z panstwem|u was)\b",
        r"\b(?:przedluze|przedluzymy) (?:\w+ ){0,3}(?:umowe|abonament|karnet)",
        r"\b(?:i|wszystkim|kazdemu|serdecznie|goraco|naprawde|zdecydowanie) polecamy\b",
        r"(?<!nie )\bpolecamy (?:wszystkim|kazdemu|serdecznie|goraco|z czystym sumieniem)\b",
        r"(?<!nie )\bpolecamy\s*[!.]*\s*$",
        r"(?<!nie )\b(?:bede|bedziemy) (?:was |panstwa |go |ja |je )?polecac\b",
        r"\b(?:ogolnie|generalnie|w sumie|summa summarum|podsumowujac) (?:jestem |jestesmy )?(?:bardzo |w pelni )?zadowolon",
        r"\bjestescie najlepsi\b",
        r"(?:^|[.!,] )(?:ale |a )?(?:i tak )?szacun\s*[!.]*\s*$",
    ),
    verdict_negative=(
        r"\b(?:dzieki|dziekuje|dziekujemy) za nic\b",  # sarcastic thanks
        r"\b(?:nastepnym razem|od teraz|nastepn\w+ \w+) .{0,30}gdzie indziej",
        r"\bnie polecam",
        r"\bodradzam",
        r"\bomijac\b",
        r"\bomijajcie",
        r"\bnigdy wiecej",
        r"\bwiecej (?:tu |tam |u was )?nie (?:skorzystam|przyjde|zamowie|kupie|wroce)",
        r"\bnie wroce\b",
        r"\bnie wrocimy",
        r"\bszkoda (?:pieniedzy|kasy|czasu|nerwow)",
        r"\bnie warto",
        r"\bstrata (?:czasu|pieniedzy|kasy)",
        r"(?<!nie )\bzaluje (?:zakupu|zamowienia|wyboru|wizyty|pobytu)",
        r"\bnie kupujcie",
        r"(?:^|[.!] )(?:(?:wielkie|ogromne|totalne|straszne|jedno|wielka|bardzo) )?(?:rozczarowanie|rozczarowana|rozczarowany|szkoda|porazka|zdzierstwo)(?: level hard)?\s*[!.…]*\s*$",
        r"\b(?:mnie|nas) (?:tu |tutaj |u was )?(?:juz |wiecej )*nie zobaczycie\b",
    ),
    verdict_undecided=(
        r"\bsam nie wiem\b",
        r"\bsa (?:i )?plusy i minusy",
        r"\bani dobr\w+,? ani zl\w+",
        r"\bkazdy musi sam ocenic",
        r"\bjeszcze nie zdecydowal",
        r"\btrudno powiedziec",
        r"\bzalezy,? (?:od tego,? )?(?:czego|co|kto)",
        r"\bwarto czy nie",
        r"\bczas pokaze",
        r"\bani dobrze,? ani zle",
        r"\bnie mam (?:(?:wyrobionego|zadnego|specjalnego) )?zdania\b",
    ),
    verdict_thanks=(
        r"\b(?:chce|chcemy|chcialem|chcialam|chcielismy|chcialbym|chcialabym|chcielibysmy|pragne|pragniemy) (?:\w+ ){0,4}podziekowac\b",
    ),
    ironic_openers=(
        r"(?:(?:no |wielkie |serdeczne )?(?:brawo|dzieki|dziekuje|dziekujemy|gratulacje|gratuluje|super)|shout ?out)",
    ),
    verdict_balanced=(r"\bz drugiej strony\b",),
    verdict_price=(
        r"\bza (?:t[ae] cen[eay]|taka cene|takie pieniadze|te pieniadze|taka kwote|te kwote)\b",
        r"\bza \d[\d .,\u00a0]*(?: ?zl\b| ?pln\b| ?zlotych| ?€)",
    ),
    verdict_price_demand=(
        r"\b(?:oczekuje|oczekujemy|wymagam|wymagamy|spodziewam sie)\b",
        r"\b(?:oczekiwal|spodziewal)(?:a|y)?by(?:m|smy)\b",
        r"\bmozna by (?:oczekiwac|sie spodziewac|wymagac)\b",
        r"\b(?:oczekiwal|spodziewal)(?:a|i|y)?(?: ?em| ?am| ?smy)?\b[^.!?\n]{0,30}?\b(?:wiecej|lepszego|innego|lepiej)\b",
    ),
    switch_words=(
        r"inn\w*",
        r"gdzie indziej",
        r"nastepn\w*",
        r"kolejn\w*",
        r"juz",
        r"konkurencj\w*",
    ),
    rating_numbers={"jedna": 1, "dwie": 2, "trzy": 3, "cztery": 4, "piec": 5},
    rating_stars=r"gwiazd(?:k[aie]|ek|ki|y|e|a)?",
    rating_openers=words(
        "daje dam tylko na razie dlatego tak wiec zatem ogolnie ocena ode mnie od nas ale i niestety"
    ),
    lemmatizer="simplemma",
)
"""What vocmine knows about Polish."""

"""English (en): letters, word lists and choices vocmine needs for it.

Also required (checked by tests/lang/test_languages.py): ``en`` rules for every category,
effort signal and churn in ``vocmine/resources/taxonomy.yaml``, and ``en`` reply
templates in ``vocmine/resources/reply_templates.yaml``.
"""

from vocmine.lang.language import LanguageData, words

EN = LanguageData(
    code="en",
    name="English",
    script="Latin",
    alphabet=frozenset(""),
    telltale_letters=frozenset(""),
    function_words=words(
        "the and is are was were not for with this that you my your have has had "
        "order delivery thanks thank please never again what when where why would "
        "will can"
    ),
    examples=(
        "The parcel was late and the driver would not ring the bell.",
        "Thank you, the order arrived on time and the support was great.",
    ),
    negators=frozenset(("not", "never", "no", "don't")),
    never_again_phrases=("never again",),
    positive_cues=("recommend", "excellent", "amazing", "awesome", "thank", "love"),
    negative_cues=(
        "terrible",
        "awful",
        "worst",
        "horrible",
        "disappoint",
        "useless",
        "rude",
        "pathetic",
    ),
    contrast_markers=("but", "however", "although", "though", "whereas"),
    filler_words=words(
        "hello hi hey dear thanks thank please regards kind sincerely ok okay lol xd "
        "yes yeah just really guys get got would could also still"
    ),
    customer_speakers=words(
        "customer client user visitor guest caller contact enduser end_user you me patient passenger member parent buyer"
    ),
    agent_speakers=words(
        "agent consultant operator support staff advisor human human_agent employee"
    ),
    bot_speakers=words(
        "bot chatbot assistant virtual_agent virtual_assistant system auto autoresponder"
    ),
    greetings=(
        r"hello",
        r"hi",
        r"hey",
        r"good (morning|afternoon|evening)",
        r"greetings",
        r"dear (sir|madam|sir or madam|sir/madam|team|support|all|customer service)",
        r"to whom it may concern",
    ),
    closings=(
        r"((best|kind|warm|kindest|warmest) )?regards",
        r"(many )?thanks (and|&) regards",
        r"best wishes",
        r"(yours )?sincerely",
        r"yours (faithfully|truly)",
        r"cheers",
        r"best",
        r"br",
        r"sent from my (iphone|ipad|android|phone|samsung|mobile)",
    ),
    quote_headers=(
        r"on .{0,200}wrote\s*:\s*$",
        r"-{2,}\s*(original|forwarded) message\s*-*",
        r"begin forwarded message\s*:",
    ),
    mail_header_fields=words("from to sent date subject cc"),
    phone_regions=("GB", "US"),
    honorifics=words("mr mrs ms miss dr prof doctor professor"),
    salutations=(
        r"surname,? (and )?forenames?",
        r"forenames?",
        r"surname",
        r"last name",
        r"dear",
        r"this is",
        r"it's",
        r"thanks",
        r"thank you",
        r"here's",
        r"contact person",
        r"contact name",
        r"(full )?name",
        r"patient:",
        r"signature:",
        r"signed:",
        # form fields that name a person (applicant, guest, account holder ...)
        r"(applicant|guest|(account |card |policy )?holder|cardholder|policyholder|owner|tenant|claimant|subscriber|booked by|requested by|submitted by):",
    ),
    introductions=(
        r"my name is",
        r"my name's",
        # an agent in a chat: "you're chatting with Priya"
        r"chatting with",
        r"chatting to",
    ),
    self_statements=("i'm", "i am", "this is", "it's", "its", "name's", "i,"),
    non_names=words(
        "team customer customers service support sir madam all everyone there staff your house "
        "chemists chemist "
        "thank yours the our company store shop management department guys folks thanks "
        "manager director i'm i'd i've i'll doctor professor january february march april may "
        "june july august september october november december monday tuesday wednesday "
        "thursday friday saturday sunday resident residents occupier "
        # places and organisations after a given name ("Victoria Station", "Jeff City")
        "station city university college airport street road square bridge centre center "
        "energy care premium group bank council hospital home marketing "
        # trades and offices, ahead of an owner's surname in a company name
        "bakery butchers motors garage plumbing roofing builders accountants "
        "accounting pharmacy dental clinic salon studio hotel cafe restaurant "
        "transport logistics removals services solutions consulting construction "
        "joinery florist florists lettings estates cleaning electrical surgery "
        "procurement purchasing "
    ),
    first_names=words(
        "james john robert michael william david richard joseph thomas charles christopher "
        "daniel matthew anthony steven paul andrew joshua kevin brian edward ronald timothy "
        "jason jeffrey ryan gary nicholas eric stephen jonathan larry justin scott brandon "
        "benjamin samuel gregory patrick alexander dennis peter tyler aaron adam nathan henry "
        "zachary kyle jeremy ethan noah oliver harry jacob liam connor callum jamie dave "
        "steve mike chris tom tony ian gavin neil simon graham stuart alan colin gareth craig "
        "darren wayne dean mary patricia jennifer linda elizabeth barbara susan jessica sarah "
        "karen nancy lisa margaret betty sandra ashley kimberly emily donna michelle dorothy "
        "amanda melissa deborah stephanie rebecca laura sharon cynthia kathleen amy shirley "
        "angela helen anna brenda pamela nicole emma samantha katherine christine rachel "
        "catherine janet maria diane julie kelly lauren megan hannah olivia sophie chloe "
        "charlotte lucy gemma kirsty hayley claire louise natalie zoe abigail ellie amelia "
        "isla mia becky"
    ),
    person_nouns=words(
        "operator agent adviser advisor consultant courier driver technician engineer "
        "representative rep employee assistant nurse called named waiter waitress think "
        "maybe probably"
    ),
    verdict_positive=(
        r"\bwill def(?:initely)? be back",
        r"\b(?:i'll|we'll|will) (?:def(?:initely)? )?order (?:from (?:them|you) )?again",
        r"(?<!not )(?<!n't )(?<!never )\brecommend(?:ed)?\b(?! (?:you|that|to|not|checking|contacting|calling))",
        r"n't recommend (?:\w+ ){1,2}enough",
        r"(?<!doubt )(?<!think )(?<!if )(?<!unless )(?<!hope )\b(?:i|we)(?: will|'ll) (?:definitely |certainly |surely |be )?(?:be )?back\b",
        r"(?:^|[.!] )will (?:definitely |certainly |surely )?be back\b",
        r"\b(?:would|will|'d|'ll) (?:definitely |happily |gladly |absolutely )?(?:use|go|book|buy|order|come|stay|shop) (?:\w+ )?again",
        r"(?<!not )(?<!n't )\bworth (?:it|every|the (?:money|price|wait|trip))",
        r"\bno regrets",
        r"\b(?:that's|thats|that is|this is) how (?:it(?:'s| is|s) done|it should be\b|(?:customer )?service should (?:be|work)|you do (?:it|customer service))",
        r"\bwould (?:100% |definitely |totally |absolutely )?come back\b",
        # staying, returning, renewing, referring: loyalty stated at the end
        r"\b(?:we've|we have|i've|i have|already) (?:already )?booked again\b",
        r"\b(?:we'll|we will|i'll|i will) (?:definitely |certainly |happily |be )?(?:booking|book|using|use|buying|ordering) (?:\w+ ){0,3}(?:with you|from you|next year|next time)\b",
        r"\b(?:signed up|renewed|re-signed) for another\b",
        r"\b(?:i'm|i am|we're|we are) (?:staying|sticking) with (?:you|them)\b",
        r"\b(?:would|will|'d|'ll|highly|definitely|still) (?:still |highly |definitely |happily )*recommend(?:ing)? (?:\w+ )?to (?:anyone|everyone|all|friends|family)\b",
        r"\b(?:i'll|we'll|i will|we will) (?:definitely |certainly |happily )?be recommending\b",
        r"\b(?:would|'d) (?:definitely |happily |totally |absolutely )?go back\b",
        r"(?:^|[.!,] )(?:and )?will (?:definitely |certainly |surely )?be back\b",
        r"\b(?:we'll|we will|i'll|i will) (?:definitely |certainly |happily )?be (?:booking|using|buying|ordering) (?:\w+ ){0,3}(?:with you|from you|next year|next time)\b",
        r"\boverall,? (?:i'm |i am |we're |we are |i was |we were )?(?:very |really |extremely |more than )?(?:happy|pleased|satisfied)\b",
        r"\b(?:you're|you are|you guys are) (?:simply |just )?the best\b",
        r"\balready saving for next (?:year|yr)\b",
    ),
    verdict_negative=(
        r"\bthanks? (?:you )?for nothing\b",  # sarcastic thanks
        r"\b(?:next time|from now on) .{0,30}(?:elsewhere|somewhere else)",
        r"\b(?:elsewhere|somewhere else) next time",
        r"\b(?:elsewhere|somewhere else) (?:from now on|in future|in the future)\b",
        r"\b(?:taking|take) (?:my|our) (?:\w+ ){0,2}(?:elsewhere|somewhere else)\b",
        r"(?:\bnot|n't|\bnever|\bcannot) (?:\w+ )?recommend(?! (?:\w+ ){1,2}enough)",
        r"\bavoid (?:this|them|it|at all costs|like)",
        r"\bstay away",
        r"\bnever again",
        r"\bwon't be (?:back|returning|coming back|using)",
        r"\bwill not be (?:back|returning|using)",
        r"\b(?:not|n't) worth",
        r"\bwaste of (?:money|time)",
        r"\bsave your money",
        r"\bi regret\b",
        r"\bregret (?:buying|ordering|booking|choosing|signing)",
        r"\bnever (?:use|go|book|buy|order|come|stay|shop)\w* (?:\w+ )?again",
        r"(?:^|[.!] )(?:(?:very|really|so|just|bitterly|extremely|hugely|massively) )?(?:disappointed|gutted|disappointing)\b",
        r"\b(?:you won't|you will not|they won't|they will not) (?:be )?see(?:ing)? (?:me|us) again\b",
    ),
    verdict_undecided=(
        r"\bmake of that what you will",
        r"\bneither good nor bad",
        r"\bpros and cons\b",
        r"\b(?:i )?haven't decided",
        r"\bcan (?:also )?see why others",
        r"\byour mileage may vary",
        r"\btime will tell",
        r"\bmake (?:my|our) minds? up",
        r"\bmake up (?:my|our) minds?",
        r"\bjury(?:'s| is) (?:still )?out",
        r"\btoo early to (?:say|tell)",
        r"\bhard to say",
        r"\b(?:can't|cant|cannot) (?:really )?say (?:yet|much|if|whether|for sure)\b",
        r"\bdepends (?:on )?what",
        r"\bnothing (?:special|much|in particular) to (?:say|report)\b",
        r"\bno (?:real |strong |particular )?opinion\b",
    ),
    verdict_thanks=(
        r"\b(?:i|we) (?:just |really |also )?(?:want|wanted|would like|'d like|wish) to (?:say (?:a )?(?:big |huge |massive )?|send (?:a )?(?:big |huge )?|pass on (?:my |our )?)?thank",
    ),
    ironic_openers=(
        r"(?:(?:a |big |huge |massive |so )?(?:thanks|thank you|thx|cheers|shout ?outs?|kudos)|bravo|well done|great job|good job|nice one|way to go|congrats|congratulations)",
    ),
    verdict_balanced=(r"\bon the other hand\b",),
    verdict_price=(
        r"\bfor (?:that|this|the|such an?|these|those) (?:kind of )?(?:price|prices|money|amount)\b",
        r"\bat (?:that|this|these|those) prices?\b",
        r"\bfor (?:[£€$] ?\d|\d[\d .,\u00a0]*(?: ?[£€$]| ?(?:pounds?|quid|euros?|eur|dollars?|bucks)\b))",
    ),
    verdict_price_demand=(
        r"\b(?:i|we|you|one)(?:['’]d| would| do| really| honestly)? expect\b",
        r"\b(?:i|we|you|one)(?:['’]d| would) have (?:expected|thought)\b",
        r"\bexpected (?:a (?:lot|bit|little) |much |far |way |so much |something |at least )?(?:more|better|else|different)\b",
        r"\bhoped for (?:more|better|something)\b",
    ),
    switch_words=(
        r"another",
        r"other",
        r"elsewhere",
        r"else",
        r"next",
        r"already",
        r"switch\w*",
        r"competitors?",
    ),
    rating_numbers={"one": 1, "two": 2, "three": 3, "four": 4, "five": 5},
    rating_stars=r"stars?",
    rating_openers=words(
        "i i'm im we give giving gave it only just so still overall therefore hence and but sadly unfortunately well from me"
    ),
    lemmatizer="spacy-lookup",
)
"""What vocmine knows about English."""

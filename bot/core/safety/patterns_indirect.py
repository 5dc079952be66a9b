"""Indirect signs that ask rather than give the lines (the direct check question): passive
wishes in conditional, formal and older people's words, hopelessness with the verb first,
and hints of goodbye, burden and plans told in passing.

Round 16, 17 and 18, written from new probe sets of my own (never from the held-out sets),
each read once before its rules; examples in tests/bot/core/safety/test_rules_round16.py,
test_rules_round17.py and test_rules_round18.py.
"""

from __future__ import annotations

from typing import Final

# Passive wishes in conditional and formal forms.
_ACCEPTED: Final = (
    r"(?:prima|niet erg|geen probleem|geen ramp|niet rouwig|fijn|best|des te beter|het zij zo"
    r"|so be it|jammer dan|dan is dat maar zo|vrede mee|boeit (?:me|mij) niet|maakt (?:me|mij)"
    r" niet uit)"
)
_UNCLEAR_PASSIVE_FORMS: Final = [
    rf"{_ACCEPTED} *4 als er *2 iets met (?:me|mij) (?:gebeurt|gebeurde|zou gebeuren)",
    rf"als er *2 iets met (?:me|mij) (?:gebeurt|gebeurde|zou gebeuren) *4 {_ACCEPTED}",
    # "mocht ik vannacht in mijn slaap sterven, prima" (not death in old age, later).
    r"(?:mocht|zou|moest) ik *4 (?:sterven|doodgaan|dood gaan|overlijden|niet meer wakker"
    rf" (?:worden|word)|er niet meer zijn) *3 {_ACCEPTED}"
    r"(?!(?: \S+){0,3} (?:oud|later|ooit|hoogbejaard|op hoge leeftijd) )",
    r"(?:hoef|hoeft) {ADV}(?:niet|nie) (?:zo )?(?:nodig|per se|perse) (?:oud|ouder|heel oud"
    r"|zo oud) te worden",
    # Formal: "heengaan" is dying; permission asked for it ("te mogen inslapen").
    r"(?:besloten|besluit|van plan|voornemens) *3 (?:om )?heen te gaan",
    r"(?:verlang|hoop|wens) *3 (?:om )?te mogen (?:inslapen|sterven|heengaan|gaan rusten)",
    # Older people's words: the doctor "may give me something", to lie beside a late
    # partner in the churchyard, God asked to come and fetch them.
    r"(?:dokter|huisarts|arts) {ADV}(?:mag|moet|zou|kan) (?:me|mij) {ADV}(?:wat|iets|een spuitje"
    r"|een pil|het middel) {ADV}(?:geven|toedienen|komen geven)(?= (?:#|,|@\S+|en|hoor) )",
    r"(?:liefst|graag|wil|zou|wou) *4 (?:op|naar|in) (?:het kerkhof|de begraafplaats|het graf"
    r"|zijn graf|haar graf) (?:liggen|lag|rusten|gaan liggen)",
    r"(?:god|heer|lieve heer|onze lieve heer|lieve god|hem daarboven|de hemel) *4 (?:om )?(?:mij"
    r"|me) *2 (?:te )?(?:komen|komt|kom) halen",
]

# Hopelessness with the verb first ("heeft het leven voor mij geen betekenis
# meer") and death on the mind ("ik denk aan de dood"; not someone's death).
_UNCLEAR_HOPELESS_FORMS: Final = [
    # Round 18: looking forward to nothing any more; nothing left to seek in this world; a
    # tunnel with no light at its end.
    r"(?:kijk|keek) {ADV}(?:nergens|naar niks|naar niets) (?:meer )?naar uit",
    r"(?:wat|niks|niets) *5 nog te zoeken (?:op|in) (?:deze|de|die) wereld",
    # Round 18c: one's life "is op"; not living to a season one feels coming.
    r"(?:mijn|m'n) leven is {ADV}op(?= (?:#|,|@\S+|en) )",
    r"(?:moe|op|klaar) (?:van|om) (?:er )?te (?:zijn|bestaan|leven)(?= (?:#|,|@\S+|en) )",
    r"(?:(?:ga|zal) het {ADV}niet (?:meer )?(?:redden|halen|volhouden)|(?:red|haal) het {ADV}niet"
    r"(?: meer)?) tot (?:(?:de|het|volgende|na|mijn) )?(?:zomer|winter|kerst|lente|herfst"
    r"|vakantie|week|maand|jaar|verjaardag)"
    r"(?= (?:#|,|@\S+|dat|denk|voel) )",
    # (With "van de tunnel" said: patterns_unclear's rule.)
    r"(?:geen|zonder|nooit) (?:enig )?licht *2 (?:aan|op) (?:het )?(?:eind|einde)"
    r"(?= (?:#|,|@\S+) )",
    # Round 18: one's life or oneself "een vergissing" (not a purchase or a choice).
    r"(?:mijn|m'n) (?:leven|bestaan|geboorte) (?:is|was) {ADV}(?:een|1) (?:grote )?(?:vergissing"
    r"|fout|foutje|mislukking)(?= (?:#|,|@\S+|en|die|dat) )",
    r"ik (?:ben|was) {ADV}(?:een|1) (?:grote )?(?:vergissing|foutje)(?= (?:#|,|@\S+|en|die) )",
    r"(?:het|mijn) (?:leven|bestaan) (?:voor mij |voor me |nog )?(?:geen|weinig) (?:betekenis"
    r"|zin|waarde|doel) (?:meer|nog)",
    r"ik {ADV}(?:denk|dacht) {ADV}aan de dood(?= (?:#|,|@\S+|en|maar|soms) )"
    r"(?!(?: \S+){0,8} (?:later|kinderen|begrafenis|testament|regelen|ouder|oud|leeftijd) )",
    # Round 16n: nothing left to look forward to, nothing left of oneself.
    r"(?:niks|niets) (?:meer )?om naar uit te kijken(?= (?:#|,|@\S+|meer|in mijn leven) )",
    r"(?:niks|niets) meer (?:over )?van (?:mij|me)(?: over)?(?= (?:#|,|@\S+) )",
    # Round 16h: what the point is "om zo door te gaan" (going on with life, not a plan).
    r"(?:wat|welke) (?:heeft|is) (?:het|dit|dat) {ADV}(?:nog )?(?:voor )?(?:zin|nut) *2 om"
    r" (?:zo |nog )?(?:door te gaan|verder te gaan|te leven|door te leven|op te staan|te blijven"
    r"|hier te zijn|te bestaan)(?= (?:#|,|@\S+|echt|eigenlijk|nog|zo|als) )",
]

# Round 16e: a future day not lived to, "laat die auto maar komen", a peace made with the
# end coming.
_UNCLEAR_PASSIVE_HINTS: Final = [
    r"(?:verjaardag|kerst|kerstmis|zomer|lente|nieuwjaar|oud en nieuw|volgend jaar|pensioen)"
    r" *6 (?:maak|haal|zie) ik {ADV}niet meer(?: mee)?(?= (?:#|,|@\S+|en|denk|hoor) )",
    r"laat (?:die|de|een|dat) (?:auto|trein|bus|vrachtwagen|tram|truck) {ADV}maar (?:komen"
    r"|rijden|doorrijden)",
    r"vrede mee dat (?:het|alles|mijn leven|het leven) {ADV}(?:afgelopen|voorbij|over|op)"
    r" (?:is|gaat|zal)",
    # Round 16j: ready "om te gaan" (no trip named), to meet God, to see a late one again
    # "daarboven"; not wanting "to have to" any more. (Not "bij de sterren": as a known
    # word "sterren" would take the typo "sterrven" from "sterven".)
    # (The whole sentence, a hedge at most after it: nothing about a trip around it.)
    r"(?<=# )ik {ADV}(?:ben|voel me) {ADV}(?:er )?klaar (?:voor )?om te (?:gaan|sterven)"
    r"(?: (?:eigenlijk|wel|nu|hoor|echt|gewoon|ook|zo|misschien|denk ik|geloof ik|nou))?"
    r"(?= (?:#|@\S+) )",
    r"klaar om (?:god|mijn maker|de schepper|de lieve heer|jezus) te (?:ontmoeten|zien)",
    r"(?:zie|ontmoet) ik *3 (?:weer|terug) *2 (?:daarboven|in de hemel|aan de overkant"
    r"|in het hiernamaals)",
    r"{IW} {ADV}(?:gewoon )?niet (?:meer|langer) (?:hoeven|moeten)(?= (?:#|,|@\S+) )",
    r"(?:wou|wilde|zou willen|wens|wenste) dat ik er {ADV}niet (?:was|meer was|zou zijn|meer"
    r" zou zijn)(?= (?:#|,|@\S+) )",
    # Round 17: a journey "waar ik niet van terugkom", afraid of doing "iets doms" (not at a
    # party, an exam or a talk: there it is nerves).
    r"(?:reis|tocht) *4 (?:waar|waarvan) ik {ADV}(?:niet|nooit) (?:meer )?(?:van )?(?:terugkom"
    r"|terug kom|terugkeer|terug zal komen)",
    # Following someone "achterna", the sentence ending there ("soms wil ik haar gewoon
    # achterna"): the one followed is gone, said here or earlier in the conversation
    # (with a death in the same message, patterns_unclear's reunion rule).
    r"{IW} {ADV}(?:haar|hem|hen|ze) {ADV}achterna(?= (?:#|,|@\S+|en|maar|echt|hoor) )"
    r"(?!(?: \S+){0,6} (?:hond|kat|poes|bus|trein|tram|weggerend|weggelopen|wegrent|wegloopt"
    r"|rent|loopt|fietst|rijdt|vergeten|sleutels|tas|jas) )",  # not a dog that ran off
    # Counting oneself among "mensen die het niet meer willen".
    r"(?:mensen|iemand|types?) die *4 (?:niet meer (?:willen|wil|leven)|dood (?:willen|wil)|er niet"
    r" meer willen zijn) (?:# |, )?(?:nou |nu |en |want |maar )?(?:zo iemand ben ik|dat ben ik"
    r"|ik ben er (?:zo )?een|ik ben zo iemand|zo ben ik)",
    r"bang *3 (?:dat )?ik *2 iets (?:doms|stoms|ergs|onherroepelijks) (?:ga|zal|zou) doen"
    r"(?!(?: \S+){0,5} (?:op het|op de|tijdens|bij het|bij de|feest\w*|werk|examen|toets|date"
    r"|sollicitatie\w*|gesprek|vergadering|presentatie|optreden|bruiloft) )",
    r"(?:{IW}|ik ga) *6 , naar de hemel(?= (?:#|,|@\S+|bij|toe|en) )",  # "weg, naar de hemel"
    # Round 18: away "voorgoed" (not a weekend away); rest found "onder de grond", said as
    # the answer to one's own question.
    # ("ertussenuit" would join "er tussenuit" in the repair and hide it from older rules.)
    r"(?:voorgoed|voor altijd|definitief|voor eeuwig) *2 (?:er )?tussenuit (?:te )?(?:knijpen"
    r"|knijp|gaan|ga)",
    r"tussenuit (?:te )?(?:knijpen|knijp|gaan) *2 (?:voorgoed|voor altijd|definitief|voor eeuwig)",
    r"(?:rust|vrede) *4 (?:# )?(?:pas |eindelijk |gewoon )?onder de grond(?= (?:#|,|@\S+) )",
    r"(?:wil|wens|zou|liefst|liever) *4 (?:ik )?onder de grond (?:liggen|lig|zijn|rusten)",
    # Walking into the sea "en niet meer omkijken"; not even stepping aside for the bus.
    r"(?:wil|ga|zou|wou) *3 (?:er|de zee|het water|de rivier|het meer|de golven) *2 in (?:lopen"
    r"|wandelen|gaan|zwemmen) *4 (?:niet meer|nooit meer) (?:terug|omkijken|terugkomen|boven"
    r"|terugzwemmen)",
    r"(?:bus|auto|trein|tram|vrachtwagen|truck) *6 (?:niet eens|niet|nooit) (?:meer )?(?:opzij"
    r"|aan de kant) (?:springen|stappen|gaan)",
    r"(?:niet eens|niet|nooit) (?:meer )?(?:opzij|aan de kant) (?:springen|stappen|gaan) *2 als"
    r" *3 (?:bus|auto|trein|tram|vrachtwagen|truck)",
    # The doctor's bad news hoped for (round 18, written lines).
    r"(?:hoop|wens) *3 (?:de )?(?:dokter|arts|huisarts|specialist|uitslag) *3 (?:slecht nieuws"
    r"|kanker|iets ergs|iets ernstigs|niks meer kan doen|niets meer kan doen)",
    # Round 18d: ambivalence ("een ander deel wil er mee stoppen"); told one may live for
    # years and not wanting it; hoping a treatment fails; a crash "niet erg"; tired of
    # fighting and wanting to let go.
    r"(?:deel|stuk|kant) van (?:mij|me) *4 (?:wil|zou) *3 (?:er mee|ermee|met alles|met leven"
    r"|met het leven) (?:stoppen|ophouden)",
    r"(?:ander|andere) (?:deel|stuk|kant)(?: van (?:mij|me))? (?:wil|wilt|zou willen) *2 (?:er mee"
    r" stoppen|ermee stoppen|stoppen|dood|sterven|niet meer|er een eind aan maken)"
    r"(?= (?:#|,|@\S+|met|en) )",
    r"(?:kan|mag|zal) (?:nog )?(?:jaren|lang|tijden|heel lang) (?:leven|mee) *4 (?:maar|#|,)"
    r" *2 ik wil (?:dat|het) {ADV}niet",
    r"(?:hoop|wens) *3 (?:de )?(?:chemo|behandeling|bestraling|therapie|medicijnen|operatie) *2"
    r" (?:niet aanslaat|niet werkt|niet helpt|mislukt)",
    rf"{_ACCEPTED} *4 als (?:het|de|dat|mijn|ons) (?:vliegtuig|auto|bus|trein|boot|schip) *3"
    r" (?:neerstort|neerstortte|verongelukt|verongelukte|crasht|crashte|zinkt|zonk|vergaat)",
    r"(?:moe|op|klaar) van (?:het )?vechten *6 (?:loslaten|opgeven|ophouden|stoppen)",
    # Round 18c: sleeping "voor altijd" wished; one's heart hoped to stop.
    r"(?:wou|wil|zou willen|wens|wenste|hoop|hoopte) *4 (?:kon |kan |mocht |mag )?(?:slapen"
    r"|inslapen|gaan slapen) (?:voor altijd|voor eeuwig|voorgoed)(?= (?:#|,|@\S+|en|maar) )"
    r"(?!(?: \S+){0,6} (?:bed|lekker|heerlijk|zalig|weekend|vakantie|matras|dekbed) )",
    r"(?:hoop|hoopte|wens|wenste|zou willen|wou) *3 (?:mijn|m'n|mn) hart *3 (?:stopt|stilstaat"
    r"|stil staat|ophoudt|stopte|stilvalt|stil valt|het opgeeft)",
    # Round 19 (a probe set of my own: 85 of 99 risk, 78 of 80 everyday right at first
    # reading): stopping or stepping out "met alles", "uit alles": the whole of
    # it, not one habit.
    r"(?:ermee|er mee|er) (?:op te houden|ophouden|op houden|stoppen|te stoppen|kappen|te kappen"
    r"|mee te stoppen|mee stoppen|mee kappen) *2 met alles(?= (?:#|,|@\S+) )",
    # Buried beside one's late wife "liefst zo snel mogelijk".
    r"(?:begraven|in het graf|bij (?:haar|hem) liggen) *4 (?:liefst|het liefst|zo snel mogelijk"
    r"|vandaag nog|morgen al|nu al|hoe eerder hoe beter)",
    r"(?:uitstappen|uit te stappen|eruit stappen|eruit te stappen|stap ik uit) *2 uit (?:alles"
    r"|het leven|dit leven|m'n leven|mijn leven)(?= (?:#|,|@\S+) )",
    # Round 19c: not seeing oneself at one's birthday or Christmas any more.
    r"(?:zie|zag) (?:mezelf|mij|me) {ADV}niet meer (?:op|bij|tijdens|met) (?:mijn|m'n|de|het"
    r"|ons) (?:volgende )?(?:verjaardag|kerst|kerstmis|nieuwjaar|zomer|pensioen)",
    # Round 19d: a button or switch to turn oneself off.
    r"(?:knop|knopje|schakelaar|uitknop) *4 (?:om )?(?:mezelf|mijzelf|mij|me) *2 (?:uit te zetten"
    r"|uit te schakelen|uitzetten|uit te doen|uitschakelen)",
]
# Self-harm as a thought (round 19): pain deserved, oneself to be punished, afraid of doing
# strange things "met mezelf" when alone. Not "ik moet mezelf niet zo straffen".
_UNCLEAR_SELF_HARM_HINTS: Final = [
    r"(?:verdien|verdiende) (?:het )?(?:om )?(?:pijn te (?:hebben|lijden|voelen|krijgen)"
    r"|te lijden|pijn)(?= (?:#|,|@\S+|en|maar|want) )",
    r"(?:moet|wil|ga|zal|wou|zou) (?:mezelf|mijzelf) {ADV}straffen(?= (?:#|,|@\S+|want|anders) )"
    r"(?!(?: \S+){0,4} (?:snoep|chips|taart|eten|gegeten|snacks|drinken) )",
    r"(?:rare|domme|gekke|gevaarlijke|stomme|enge) dingen *2 (?:met|tegen|bij) (?:mezelf"
    r"|mijzelf|me zelf|mij zelf)",
]
# Goodbye and burden in passing: a farewell formula after thanks, a note that explains,
# sorry for the trouble "met mij", a family that has it hard because of one.
_UNCLEAR_GOODBYE_HINTS: Final = [
    # Round 18: "als ik morgen niet reageer, weet dan dat het niet aan jou lag" (not the
    # breakup's "het ligt niet aan jou": that one has no silence before it).
    r"als ik *3 niet (?:meer )?(?:reageer|antwoord|terugschrijf|terug schrijf|er ben|ben) *6"
    r" niet aan (?:jou|jullie|u) (?:lag|ligt)",
    r"(?:dank je|dankjewel|bedankt) *6 (?:er was|er voor me was|er voor mij was|alles) *4"
    r" (?:het ga je goed|vaarwel|adieu|het beste(?= (?:#|@\S+) ))",
    # Round 16i: love told in the past tense through others; sorry "ik kan niet anders".
    r"(?:zeg|vertel) *2 (?:tegen|aan) *3 dat ik {ADV}van (?:ze|hen|haar|hem|jullie|iedereen"
    r"|hun|jou) {ADV}(?:hield|heb gehouden)",
    r"(?:het )?spijt (?:me|mij) *3 (?:ik kan|ik kon|kan|kon) {ADV}niet anders(?= (?:#|@\S+) )",
    r"(?:schrijf|schreef) dit *3 (?:zodat|dan|opdat) (?:iemand|jullie|iedereen|ze|mijn \S+)"
    r" (?:weet|weten|begrijpt|begrijpen) waarom",
    # Round 19: "dit is een afscheid, ik hou van jullie", either order.
    r"(?:dit is|hierbij) (?:een|mijn|m'n) (?:afscheid|vaarwel) *6 (?:ik )?(?:hou|houd) {ADV}van"
    r" (?:jullie|jou|je|iedereen|u)",
    r"(?:hou|houd) {ADV}van (?:jullie|jou|iedereen) *4 (?:dit is|hierbij) (?:een|mijn|m'n)"
    r" (?:afscheid|vaarwel)",
    # Round 19c: everyone called once more "om gedag te zeggen" (not before a trip or a
    # move); "morgen zijn jullie me eindelijk kwijt".
    r"(?:iedereen|allemaal|mijn familie|jullie|de kinderen) *3 (?:nog (?:een keer|1 keer|eens)"
    r"|voor het laatst|een laatste keer) *3 (?:gebeld|gezien|geappt|bezocht|gesproken"
    r"|geknuffeld) *4 (?:om )?(?:gedag|dag|afscheid) (?:te )?(?:zeggen|nemen)"
    r"(?!(?: \S+){0,8} (?:vakantie|reis|verhuizing|verhuis\w*|emigr\w*|operatie|buitenland) )",
    r"(?:zijn|ben|is|raken|raakt) (?:jullie|ze|iedereen|je|zij) (?:me|mij) {ADV}(?:eindelijk"
    r"|voorgoed|voor altijd|voor goed)(?: \S+)? kwijt(?= (?:#|,|@\S+) )",
]
_UNCLEAR_BURDEN_HINTS: Final = [
    r"niemand *2 (?:huilen|treuren|rouwen|janken|een traan laten) *3 als ik (?:weg|dood|er niet"
    r" meer) (?:ben|ga|zou zijn|is)",
    r"sorry *4 (?:moeite|last|zorgen|gedoe|ellende|problemen) *4 (?:met|om|door) (?:mij|me)",
    r"(?:heeft|hebben) het {ADV}(?:zwaar|moeilijk) door (?:mij|me)(?= (?:#|,|@\S+|en|dat) )",
    # Round 19c: the family better off with one's life insurance.
    r"(?:beter af|meer aan|rijker|geholpen) *4 (?:met|door|zonder mij maar met) *3 (?:mijn |m'n )?"
    r"(?:levensverzekering|overlijdensverzekering|erfenis)",
]
# A plan held back on a condition ("als dit morgen niet beter is, dan weet ik wat ik doe").
_UNCLEAR_PLANS_HINTS: Final = [
    # Round 18: where the railway is not watched; which pills to combine.
    r"(?:opgezocht|uitgezocht|gekeken|weet|gevonden) *3 waar *4 (?:spoor|overweg|brug|flat"
    r"|dak|rails) *4 (?:niet bewaakt|onbewaakt|geen hek|geen camera\w*|niemand komt|niet"
    r" afgesloten)",
    r"(?:uitgezocht|opgezocht|uitgerekend|weet) *3 welke (?:pillen|medicijnen|tabletten"
    r"|middelen) (?:ik )?(?:moet|kan|ga|wil) (?:combineren|mengen|samen nemen|tegelijk nemen)",
    # Round 18: a will made and the pets given away together; a place or a day chosen
    # "om het te doen"; the day come, and then nobody has to worry any more.
    r"testament *8 (?:katten|kat|poes|poezen|hond|honden|huisdieren|dieren|vogels) *6"
    r" (?:ondergebracht|weggegeven|onderbrengen|weggeven|nieuw thuis|nieuw baasje|bij de buren"
    r"|geregeld|herplaatst)",
    r"(?:katten|kat|poes|poezen|hond|honden|huisdieren) *6 (?:ondergebracht|weggegeven|nieuw"
    r" thuis|nieuw baasje|herplaatst) *8 testament",
    r"(?:plek|plekje|plaats|dag|datum|moment|tijdstip|manier) *4 (?:uitgekozen|gekozen"
    r"|uitgezocht|bepaald|gevonden|geprikt) *2 om het te doen",
    r"(?:is|wordt) het zover *4 (?:dan|#|,) *2 (?:hoeft|hoeven) (?:niemand|jullie|iedereen|ze)"
    r" *3 (?:zorgen|last|gedoe)",
    # Round 18d: a poem or a playlist for one's own funeral "voor de zekerheid"; a watch to
    # be taken "voor later".
    r"(?:over|voor) (?:mijn|m'n) eigen (?:begrafenis|uitvaart|crematie|dood)",
    r"(?:begrafenis|uitvaart|crematie) *4 (?:voor de zekerheid|je weet maar nooit|voor het"
    r" geval dat)",
    r"(?:mijn|m'n) (?:horloge|ring|sieraden|spullen|gitaar|fiets|auto|verzameling|boeken) *3"
    r" (?:nemen|hebben|houden|krijgen) *2 (?:voor later|straks|als ik er niet meer ben)"
    r"(?= (?:#|,|@\S+) )",
    # Round 18c: held "extra lang", "voor het geval dat"; papers laid out, "de rest zien ze
    # wel"; whether the insurance pays on suicide; the calm of a decision made; the pet given
    # away without a reason given.
    r"(?:extra lang|nog een keer|nog 1 keer|voor de laatste keer|heel lang) *4 (?:geknuffeld"
    r"|vastgehouden|omhelsd|gezoend|gekust|gedag gezegd|gebeld|geknuffelt) *4 voor het geval"
    r" (?:dat)?(?= (?:#|,|@\S+) )",
    r"(?:sleutels|brief|briefje|papieren|testament|pasjes|rijbewijs|paspoort) *8 (?:op tafel"
    r"|klaar|op een rij|bij elkaar) *6 de rest (?:(?:zien|regelen|vinden|doen) (?:ze|jullie|zij)"
    r" wel|(?:regelt zich|gaat|komt|volgt) {ADV}vanzelf)",
    r"(?:verzekering|levensverzekering|uitvaartverzekering|polis|verzekeraar) *6 (?:uit|uitkeren"
    r"|uitbetaald|uitbetalen|dekt|gedekt|betaalt) *4 (?:bij|na|als|ook bij) (?:een )?(?:zelfdoding"
    r"|zelfmoord|suicide)(?!(?: \S+){0,8} (?:artikel|nieuws|rapport|onderzoek|krant|journaal) )",
    r"(?:weet|besloten|beslist) *3 wat ik (?:ga|wil|zal) doen *4 (?:rustig|rust|kalm|vrede"
    r"|opgelucht)",
    r"(?:uitvaart|begrafenis|crematie) *4 geregeld *6 (?:het kan (?:nu )?elk moment|ik ben er"
    r" klaar voor|nu kan het|het mag nu)",
    r"(?:rust|kalmte|vrede) *6 alsof ik (?:een |het |de )?(?:besluit|beslissing|knoop) (?:heb )?"
    r"(?:genomen|doorgehakt)",
    r"(?:kat|poes|hond|katten|honden|poezen|vogel|konijn) *6 (?:hebben|houden|krijgen|overnemen)"
    r" *6 (?:snapte|snapt|begreep|begrijpt|vroeg|vroegen|wist|weet) (?:niet |nie )?waarom",
    r"als *6 niet (?:beter|anders|over|voorbij) *4 (?:dan |# |, )?weet ik {ADV}wat ik {ADV}(?:ga"
    r" |moet |zal )?(?:doe|doen)",
    # Round 17: the dose worked out, said as a sentence of its own ("de dosis heb ik
    # uitgerekend"; a diabetic's insulin sum is routine medicine, see situations.py).
    r"(?:de|die|een|mijn) (?:dosis|hoeveelheid) (?:heb ik|is) {ADV}(?:uitgerekend|berekend"
    r"|opgezocht|uitgezocht)(?= (?:#|@\S+) )",
    # Staring at the pills (or the rope) for a long time.
    r"(?:zit|zat|lig|lag|sta|stond) *4 naar (?:de|mijn|m'n|al die|die|al mijn|het) (?:{SUBST}"
    r"|touw|strop|mes|mesjes|scheermesjes) *4 te (?:staren|kijken|loeren)",
    r"(?:staar|staarde|gestaard) *4 naar (?:de|mijn|m'n|al die|die|al mijn|het) (?:{SUBST}|touw"
    r"|strop|scheermesjes)",
    # How high one's own balcony or flat is, looked at (not for a screen, a fence, plants).
    r"(?:kijken|gekeken|bekeken|gemeten|meten|opgemeten|geschat) hoe hoog (?:ons|onze|mijn"
    r"|m'n|mn) (?:balkon|flat|dak|galerij|appartement|raam|verdieping)"
    r"(?!(?: \S+){0,6} (?:zonwering|scherm|hek|hekje|plant\w*|bak\w*|kast|gordijn\w*|meubel\w*"
    r"|ladder|parasol|kerstboom|verzekering|makelaar) )",
    # Round 19: the dose looked up "hoeveel ... je nodig hebt" (not for a trip); "zaterdag
    # ben ik alleen thuis, dan doe ik het", "het" left unsaid; the pills laid out in front of
    # one now (not with the hour to take them).
    r"(?:uitgezocht|opgezocht|uitgerekend|gegoogeld|gegoogled|nagezocht|berekend) *3 hoeveel"
    r" *4 {SUBST} *4 (?:nodig|moet|genoeg)"
    r"(?!(?: \S+){0,6} (?:vakantie|reis|week|weken|maand|kuur|weekend|dag) )",
    r"(?:alleen thuis|alleen ben|niemand thuis|niemand er is|iedereen weg is) *4 (?:dan|#|,) *2"
    r" (?:doe ik het|ga ik het doen|gebeurt het|is het zover)(?= (?:#|@\S+) )",
    # A gun in the family "en ik weet waar de sleutel ligt".
    r"(?:geweer|jachtgeweer|pistool|wapen|wapens|revolver) *8 (?:weet|ken) (?:ik )?(?:ook )?waar"
    r" (?:de sleutel|het ligt|hij ligt|ze liggen|de kluis|de munitie|de kogels)",
    r"(?:de|mijn|m'n|al mijn|alle|die|al die) {SUBST} (?:liggen|staan) {ADV}(?:voor me|voor mij"
    r"|naast me|naast mij)(?: op (?:tafel|bed|het aanrecht|het bureau))?(?= (?:#|,|@\S+) )"
    r"(?!(?: \S+){0,6} (?:innemen|in te nemen|ochtend|avond|ontbijt|eten|dokter|apotheek) )",
    # Round 19c: a walk along the bridge "ik weet nu waar"; the children's care arranged
    # "ze snapt niet waarom".
    r"(?:brug|spoor|flat|dak|rails|viaduct|rivier|kanaal|klif|overweg|toren) *8 (?:ik )?weet"
    r" (?:ik )?(?:nu|al|eindelijk) (?:waar|hoe|wanneer)(?= (?:#|@\S+) )",
    r"(?:kinderen|kids|zoon|dochter|kleinkinderen) *6 (?:zorgen|zorgt|opvangen|opvoeden|ontfermen)"
    r" *8 (?:snapte|snapt|begreep|begrijpt|vroeg|vroegen|wist|weet) (?:niet |nie )?waarom",
    # Round 19d: things written down or arranged for someone "voor als", the sentence
    # left unfinished.
    r"(?:opgeschreven|geregeld|klaargelegd|klaargezet|uitgelegd|doorgegeven) *8 voor als"
    r"(?= (?:#|@\S+) )",
    # Round 20: who gets one's things written down "alvast" (not the party's dishes, a move
    # or a clear-out); "they will understand when they read the letter"; all ready somewhere
    # "niemand weet ervan"; a walk to the bridge "en dan zien we wel"; the train late
    # tomorrow "ligt dat aan mij"; everyone forgiven, "nu kan ik rustig gaan".
    r"(?:heb|had) *2 (?:opgeschreven|op papier gezet|bepaald|geregeld|besloten|vastgelegd"
    r"|verdeeld) *2 wie (?:wat|welke \S+|mijn \S+|m'n \S+) (?:krijgt|krijgen|erft|erven|mag"
    r" hebben|mogen hebben)(?!(?: \S+){0,8} (?:feest\w*|verhuiz\w*|opruim\w*|kringloop|kerst\w*"
    r"|sinterklaas|cadeau\w*|verjaardag|taken|klusjes|bbq|barbecue|overleden|tante|oom|opa|oma"
    r"|moeder|vader|ouders|erfenis|notaris) )",
    r"als (?:ze|jullie|hij|zij|mijn \S+|m'n \S+) (?:mijn|m'n|de|het|die) (?:brief|briefje|brieven"
    r"|afscheidsbrief) (?:lezen|leest|vinden|vindt|gelezen|gevonden|openen) *4 (?:begrijpen"
    r"|begrijpt|snappen|snapt|weten|weet|zien)|(?:begrijpen|begrijpt|snappen|snapt) *4 als"
    r" (?:ze|jullie|hij|zij|mijn \S+|m'n \S+) (?:mijn|m'n|de|het|die) (?:brief|briefje|brieven"
    r"|afscheidsbrief) (?:lezen|leest|vinden|vindt|gelezen|gevonden|openen)(?= (?:#|,|@\S+) )",
    r"(?:alles|het|spullen|de spullen|het spul|touw|het touw|strop|mes|{SUBST}) (?:ligt|liggen"
    r"|staat|staan) {ADV}klaar(?! voor) *8 niemand (?:weet|mag|merkt|ziet) (?:het|ervan|er iets"
    r" van|er van|iets|wat)(?!(?: \S+){0,6} (?:verrassing\w*|feest\w*|cadeau\w*|verjaardag"
    r"|surprise) )",
    r"naar (?:de|het) (?:brug|spoor|dak|flat|viaduct|rails|pier|klif|rivier|kanaal|overweg"
    r"|spoorbaan|spoorlijn|hoogbouw|toren)\w* *3 (?:en |#|,) ?(?:dan )?(?:zien we wel|zie ik"
    r" wel|zien we het wel|zie ik het wel|merken we wel|kijk ik wel)(?= (?:#|@\S+) )",
    r"(?:trein|metro|treinen|intercity|sprinter|ns)\S* *6 (?:later|vertraging|stil|stilstaan"
    r"|stilstaat|niet verder|oponthoud|uitvalt|uitvallen) *6 (?:ligt (?:dat|het) aan|komt (?:dat"
    r"|het) door|is (?:dat|het) door|was ik het|ben ik het) (?:mij|me|ik)(?= (?:#|,|@\S+) )",
    r"(?:vergeven|afscheid genomen|gedag gezegd|alles gezegd|alles geregeld|vrede gesloten"
    r"|uitgesproken|goed ?gemaakt|alles opgeruimd) *8 (?:nu|dan) kan ik {ADV}(?:rustig |in vrede"
    r" |met een gerust hart |gerust |eindelijk )?(?:gaan|heengaan|vertrekken)(?= (?:#|@\S+) )",
]

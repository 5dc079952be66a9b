"""Explicit intent, method questions and self-harm in forms the first lists miss: the
verb at the end of a clause ("dat ik zelfmoord ga plegen"), the means named in a
question ("hoe kan ik mezelf ophangen"), the body part or the tool named ("ik snij m'n
armen", "gebrand met een aansteker"). All clear signs: the crisis line at once.

Round 12, written from new probes of my own (messages the model caught but no rule did:
a sign the line should not hang on a threshold), never from the held-out sets; examples
live in tests/bot/core/safety/test_rules_round12.py and the corpus.
"""

from __future__ import annotations

from typing import Final

# Ways to die, as verbs after "mezelf" or "om ... te".
_DO_SELF: Final = (
    r"(?:doden|te doden|ophangen|op te hangen|verhangen|te verhangen|van kant (?:te )?maken"
    r"|neerschieten|neer te schieten|doodschieten|dood te schieten|verdrinken(?! in )"
    r"|te verdrinken(?! in )"
    r"|vergiftigen|te vergiftigen|van het leven (?:te )?beroven|om het leven (?:te )?brengen"
    r"|doodmaken|dood te maken|afmaken|af te maken|opknopen|op te knopen"
    r"|dood doen(?! (?:van|om|met) )|dood te doen)"  # (not "dood doen van het lachen")
    # ("iets aandoen" is in the self-harm lists)
)
_BODY: Final = r"(?:arm|armen|pols|polsen|been|benen|dij|dijen|buik|huid|hand|handen|enkels?)"

# More idioms, removed before any risk pattern runs (see patterns._IDIOM_SPECS).
_IDIOMS_MORE: Final = [
    # Round 15: what "het" was, named after a comma ("ik kan het niet meer aan, die drukte op
    # kantoor"; "er een eind aan gemaakt, aan dat abonnement"). Life, loneliness, pain keep it.
    r"(?:het|dit|dat|er) (?:\S+ ){0,4}?(?:niet meer(?: aan| tegen| op)?|voor zin|aan \S+) ,"
    r" (?:aan |van )?(?:die|dat|al die|al dat|de|het|dat hele|die hele) (?!\S+ (?:ik|je|jij|u|we"
    r"|wij|hij|ze|zij) )(?!(?:is|was|weet|heb|zeg|meen|klopt|wil|ga|kan|moet|zal) )"
    r"(?!leven|bestaan|eenzaam|alleen|pijn|verdriet|gemis|leegte|stilte|gedachte|stem|rouw"
    r"|angst|depressie|somber|wereld|toekomst|dagen|nachten|ellende|strijd|gevoel)\S+",
    # Round 20: what "het" is, said right after "ik weet hoe ik het ga doen": a job about the
    # house, a dish, a talk ("..., ik ga eerst de keuken verven", "met een kwast").
    r"(?:waar|hoe|wanneer) ik het (?:ga|wil|zal|kan) doen (?:#|,) (?:\S+ ){0,6}?(?:verf\w*|verven"
    r"|kwast|roller|schilder\w*|behang\w*|koken|kook|bakken|bak|recept|taart|opruim\w*"
    r"|schoonma\w*|poets\w*|tuin|verhuiz\w*|verbouw\w*|klus\w*|boodschappen|cadeau\w*|feest\w*"
    r"|verjaardag|gesprek|vertellen|vragen|zeggen|solliciter\w*|sinterklaas|kerst\w*)"
    r"(?!(?: \S+){0,8} (?:spring\w*|sprong|pil\w*|tablet\w*|touw|strop|dood\w*|sterf|sterven"
    r"|einde?|leven|trein|spoor|brug|flat|dak|mes|snij\w*|afscheid|weg) )",
    # Round 19: "er een eind aan breien" is to round something off (a day, a talk).
    r"(?:een )?(?:eind|einde|eindje) aan (?:breien|gebreid|te breien)",
    # Summer fun: a good spot to jump into the water from.
    r"(?:plek|plaats|steiger|brug|kade|rots)\w* *4 om (?:er |vanaf |van )?(?:af |in )?te springen"
    r"(?= (?:\S+ ){0,3}(?:in het water|het water in|in de|zwemmen))",
]

_CLEAR_EXPLICIT_FORMS: Final = [
    # Round 16: the object after the verb ("ik wil een eind maken aan mijn leven", "om een
    # punt te zetten achter mijn bestaan"); stopping with life ("ik wil ermee stoppen met
    # leven"). Not someone else's threat ("hij wil een eind maken aan mijn leven").
    r"(?:ik|#|,|om) ~3 (?:een |n )?(?:eind|einde|punt) (?:te )?(?:maken|maak|zetten|zet)"
    r" (?:aan|achter) (?:mijn|m'n|mn) (?:eigen )?(?:leven|bestaan)",
    r"(?:eind|einde|punt) (?:aan|achter) (?:te )?(?:maken|zetten) , (?:aan|achter) (?:mijn|m'n"
    r"|mn) (?:eigen )?(?:leven|bestaan)",
    r"{IW} {ADV}(?:er ?mee )?(?:stoppen|ophouden) met (?:het |mijn )?(?:leven|bestaan|ademen)"
    r"(?= (?:#|,|@\S+) )",
    # Round 13h: "morgen ben ik dood" (not of tiredness or a laugh); "ik ga het leven uit".
    r"(?:morgen|vannacht|vanavond|straks|binnenkort|zaterdag|zondag|volgende week) ben ik"
    r" {ADV}dood(?= (?:#|,|@\S+) )(?!(?: \S+){0,6} (?:moe|spierpijn|werk|training|examen"
    r"|@lach|lachen|vermoeid|uitgeput|van|als|want|zo druk|druk) )",
    r"(?:ga|wil|stap) {ADV}het leven uit(?= (?:#|,|@\S+) )",
    # Round 15d: a step off a roof ("ik zet liever een stap van het dak").
    r"(?:zet|zetten|neem|doe|maak) *3 (?:een )?stap(?:je)? (?:van|vanaf|af van) (?:het|de|een)"
    r" (?:dak|brug|flat|balkon|toren|gebouw|rand|viaduct|klif|rots)\w*",
    # Round 15: the place after the verb ("ik wil springen van het gebouw"), not into water;
    # done with life, said after a comma ("ik ben er klaar mee, met dit hele leven").
    r"(?:ik|#) {ADV}(?:ga|wil|wou|zal|zou) {ADV}springen (?:van|vanaf|van af) (?:de|het|een|die"
    r"|dat|dit|mijn|m'n) (?:\S+ )?(?:brug|dak|flat|gebouw|toren|balkon|viaduct|parkeergarage"
    r"|klif|rots|galerij|verdieping)\w*(?!(?: \S+){0,4} (?:in|zwembad|bungee|parachute) )",
    r"(?:ben|zijn) er {ADV}klaar mee (?:, )?met (?:dit|dat|het|mijn|m'n) (?:hele )?(?:leven"
    r"|bestaan)(?= (?:#|,|@\S+) )",
    # Round 13m: the head in the (gas) oven, as older people say it.
    r"(?:hoofd|kop|mijne kop|mijn kop) *2 in de (?:gasoven|oven) (?:steken|stoppen|leggen|doen)",
    # Round 13k, formal, the verb last: "dat ik niet langer wens te leven".
    r"(?:dat|omdat|want|als) ik {ADV}(?:niet langer|niet meer|nie meer) (?:wens|wil|verlang|hoef)"
    r" te (?:leven|bestaan)",
    # The verb last, in a clause: "ik heb besloten dat ik zelfmoord ga plegen".
    r"(?:dat|als|omdat|want|zodat) ik {ADV}(?:zelfmoord|zelfdoding|suicide) {ADV}(?:ga|wil|zal"
    r"|ga gaan) plegen",
    # "ik zou mezelf willen doden", "ik ga mij verhangen in de garage".
    r"(?:ik|#) {ADV}(?:zou|wil|ga|wou|zal) {ADV}(?:{SELF_STRONG}|me|mij) {ADV}(?:willen |gaan )?"
    rf"{_DO_SELF}",
    # Round 16m: the separable "ik knoop me op" (straattaal and plain Dutch).
    r"(?:ik|#) {ADV}(?:knoop|hang) {ADV}(?:me|mij|mezelf) {ADV}op(?= (?:#|,|@\S+|en|vanavond"
    r"|vannacht|straks|nu|morgen) )",
    # A means bought or sought "om mezelf neer te schieten".
    rf"om {{SELF_STRONG}} {{ADV}}{_DO_SELF}",
    # Not trusting oneself with the means: "ik vertrouw mezelf niet meer met de pillen".
    r"vertrouw {ADV}(?:mezelf|me|mij) {ADV}niet (?:meer )?met (?:de |al die |mijn |m'n |die )?"
    r"(?:pillen|medicijnen|messen|mes|touw|scheermesjes|wapen|geweer|slaappillen)",
    # Suicide as the way out: "zelfmoord is de oplossing voor mij" (not "nooit de oplossing").
    r"(?:zelfmoord|zelfdoding|suicide|doodgaan|dood gaan) is {ADV}(?:de|mijn|een|de enige)"
    r" (?:oplossing|uitweg|optie)(?!(?: \S+){0,3} (?:niet|nooit|geen) )",
    # Round 14: being gone by a date, "dat heb ik besloten".
    r"(?:ben|zijn) (?:ik|we) er {ADV}niet meer *4 (?:dat )?(?:heb ik|hebben we|is) {ADV}(?:besloten"
    r"|beslist|zeker)",
    r"(?:besloten|beslist) *4 dat ik er *4 niet meer (?:ben|zal zijn|wil zijn)(?= (?:#|,|@\S+) )",
    # Round 17: ambivalence still says it ("een deel van mij wil dood").
    r"(?:deel|stuk|kant) van (?:mij|me|mezelf) (?:wil|wilt) {ADV}(?:dood{DEND}|sterven|doodgaan"
    r"|niet meer leven|er niet meer zijn|er een eind(?:e)? aan maken|zelfmoord plegen)",
]

_CLEAR_METHOD_FORMS: Final = [
    # Round 16g: how "je" hangs yourself; where to stab "zodat het voorbij is"; how long
    # until one dies "door ophanging".
    r"hoe *3 (?:je|jij|men|iemand|ik) (?:jezelf|zichzelf|mezelf) *2 (?:kan |moet |kunt |zou )?"
    r"(?:ophangen|ophangt|verhangen|doden|van kant maken|vergiftigen|doodmaken)",
    r"(?:waar|welke plek|op welke plek|hoe|hoe diep) *4 (?:mezelf|me|mij|jezelf) (?:steken|snijden"
    r"|doorsnijden|raken|steek|snij) *4 (?:voorbij|dood|sterf|sterven|meteen over|zeker)",
    r"(?:hoe lang|hoelang|hoe snel) *6 (?:sterft|sterf|dood bent|dood ben|overlijdt|overlijd) *3"
    r" (?:door|bij|van|na) (?:ophanging|verstikking|verdrinking|een overdosis|bloedverlies"
    r"|koolmonoxide|vergiftiging|ophangen)",
    # Round 16: surviving a fall from a named height asked; a rope strong enough for one's
    # weight; pills "to wreck my liver"; the best spot on the tracks to lie down.
    r"(?:kan|kun|overleef|overleeft) (?:je|jij|men|ik|een mens)? *6 (?:flat|dak|brug|gebouw"
    r"|verdieping|toren|\d+ hoog|\d+ meter|hoog) *4 overleven",
    r"(?:touw|strop|riem|kabel) *6 (?:sterk genoeg|stevig genoeg) *3 (?:voor|om) (?:mijn|m'n"
    r"|mn) (?:gewicht|lichaam)",
    r"(?:touw|strop|riem|kabel) *3 (?:dat|die) (?:mijn gewicht|m'n gewicht|mij|me) {ADV}(?:houdt"
    r"|draagt|kan houden|kan dragen|houden kan)",
    r"om (?:mijn|m'n|mn) (?:lever|nieren|hart|maag) (?:kapot|stuk) te (?:maken|krijgen|laten gaan)",
    r"(?:plek|plaats|stuk|punt) *4 (?:op|bij|langs|aan) (?:het|de) (?:spoor|rails|spoorlijn"
    r"|snelweg) *3 om (?:op )?te (?:gaan liggen|liggen|springen)",
    # Round 13f: "kun je me vertellen hoe ik het pijnloos doe".
    r"hoe *3 (?:ik |je )?het {ADV}(?:pijnloos|zonder pijn|snel en pijnloos) (?:doe|kan doen"
    r"|moet doen|doet|kan|aanpak)(?!(?: \S+){0,5} (?:tandarts|dokter|huisarts|prik\w*|ontharen"
    r"|harsen|bevalling|operatie|behandeling|vaccin\w*|piercing|tattoo|kat|hond|dier\w*) )",
    # Round 13h: whether a bag over the head "really works".
    r"(?:werkt|helpt) (?:een |die )?(?:plastic |plastiek )?zak over (?:je|mijn|m'n|het) (?:hoofd"
    r"|kop)|(?:plastic |plastiek )?zak over (?:je|mijn|m'n) (?:hoofd|kop) *3 (?:werkt|dodelijk"
    r"|hoe lang|echt)",
    # "hoe kan ik mezelf ophangen zonder dat het pijn doet", "hoe snijd je je polsen door".
    rf"hoe (?:kan|moet|doe|zou) (?:ik|je|jij|men) {{ADV}}(?:{{SELF_STRONG}}|me|mij|jezelf|je) *2"
    rf" {_DO_SELF}",
    r"hoe (?:snijd|snij|snijdt) (?:je|ik|men) *2 (?:je|mijn|m'n|de) (?:polsen|pols|aders|ader)",
    # Dying of a means, painful or not: "is doodgaan door koolmonoxide pijnlijk".
    r"(?:doodgaan|dood gaan|sterven|overlijden|doodgaan) (?:door|aan|van|met) (?:een )?"
    r"(?:koolmonoxide|gas|uitlaatgassen|pillen|slaappillen|een overdosis|overdosis|gif|vergif"
    r"|ophangen|verhangen|verdrinken|verbloeden|stikken|een strop|helium) *2 (?:pijnlijk"
    r"|pijnloos|snel|makkelijk)",
    # Which poison or pill works fastest.
    r"(?:welk|welke|wat voor) (?:gif|vergif|pillen|pil|middel|medicijn|medicijnen) *2"
    r" (?:werkt|werken) *2 (?:het )?(?:snelst|snelste|best|beste|zekerst)",
    # Round 12b, probes in other voices: all the pills at home "om ze allemaal te nemen";
    # how many of one's own pills would be enough.
    r"(?:pillen|medicijnen|tabletten|slaappillen|pilletjes) *8 (?:om|wil|ga) (?:ze|die|de pillen)"
    r" (?:allemaal|in een keer|tegelijk|allemaal tegelijk) (?:te nemen|in te nemen|te slikken"
    r"|nemen|innemen|slikken)",
    r"hoeveel (?:van )?(?:mijn|m'n|die|deze|de) (?:pillen|medicijnen|tabletten|slaappillen) *3"
    r" (?:genoeg|dodelijk|te veel|teveel)(?!(?: \S+){0,4} (?:voor|tegen|per) )",
    # Every pill one has, to be taken: "ik ga al mijn pillen innemen".
    r"(?:ga|wil|zal) {ADV}(?:al mijn|al m'n|alle|de hele strip|een hele doos|al die)"
    r" (?:pillen|medicijnen|tabletten|slaappillen) {ADV}(?:innemen|slikken|nemen|opeten)"
    r"(?= (?:#|,|@\S+|en|tegelijk|in een keer|ineens) )",
    # Round 18: whether a fall "van 10 hoog" hurts or is quick (floors, not a diving board
    # in metres); thinking every night about ways to die.
    r"(?:pijn|snel|meteen|direct|dood|voel|merk) *5 van (?:\S+ )?(?:hoog|verdiepingen)"
    r" *2 (?:te )?(?:springen|spring|springt|vallen|valt)",
    r"(?:denk|dacht|pieker|piekerde|fantaseer|fantaseerde|zoek|zocht|lees|las) *4 (?:na )?over"
    r" (?:manieren|methodes|methoden) (?:om|waarop ik) {ADV}(?:te sterven|dood te gaan|te gaan"
    r"|er een einde? aan te maken|zelfmoord te plegen|mezelf (?:te doden|van kant te maken"
    r"|om te brengen))",
    # Round 18e: how one knows an artery is hit; at which dose the heart stops; how fast a
    # poison works "bij een mens" (not on the mice in the shed).
    r"(?:hoe|waar|hoe weet) *4 (?:een |de )?(?:slagader|ader) *2 (?:raakt|raken|raak|doorsnijdt"
    r"|doorsnijden|opensnijdt|opensnijden)",
    r"(?:bij|vanaf) (?:welke|hoeveel|wat voor) (?:dosis|hoeveelheid|mg|milligram|pillen) *4"
    r" (?:hart *2 stil|hartstilstand|dood|overlijd\w*|sterf\w*|niet meer wakker|stopt je hart"
    r"|ademhaling stopt)",
    r"(?:hoe snel|hoe lang|hoelang|hoeveel) *3 (?:rattengif|gif|vergif|muizengif|onkruidverdelger"
    r"|antivries|cyanide|arsenicum) *4 (?:bij|voor|op) (?:een mens|mensen|een volwassene|iemand)",
    # Round 18d: how long until death "als hij zich ophangt" (a story or a friend is no
    # reason to tell it); what happens when one jumps in front of a train.
    r"(?:hoe lang|hoelang|hoe snel) *6 (?:dood|doodgaat|doodgaan|sterft|overlijdt|dood is|dood"
    r" bent) *4 als (?:je|hij|zij|iemand|ze|ik|men) *3 (?:ophangt|verhangt|verdrinkt|springt"
    r"|doodbloedt|verbloedt|vergiftigt|verstikt)",
    r"als (?:je|ik|iemand|men) (?:voor|onder) (?:de|een) (?:trein|metro|vrachtwagen|tram)"
    r" (?:springt|spring|stapt|loopt|gaat liggen)",
    # Round 19c: which rope holds a person; a crash meant to look like an accident.
    r"(?:touw|riem|kabel|strop|lijn) *6 (?:sterkst|sterk genoeg|stevig genoeg|houdt|draagt) *4"
    r" (?:iemand|een mens|een persoon|mijn gewicht|m'n gewicht|een volwassene|mij|me)(?: \S+)?"
    r" (?:te )?(?:dragen|houden|hangen|ophangen|op te hangen)",
    r"als ik *8 (?:lijkt|zal lijken|lijken|ziet|zal) (?:het )?(?:er )?(?:als |op |uit als |uitzien"
    r" als )?(?:een )?ongeluk",
    # Round 20: a bag over the head asked about ("werkt het als je een zak over je hoofd
    # doet"); without the question it is the check (patterns_unclear).
    r"(?:plastic ?zak|zak|plastic tas|vuilniszak|tas)\w* over (?:je|mijn|m'n|zijn|haar|het|de)"
    r" (?:hoofd|kop) *6 (?:werkt|dood|stik\w*|ademen|adem|lucht|helium|stikstof|hoe lang|hoelang"
    r"|duurt)|(?:werkt|hoe lang|hoelang|duurt|stik\w*) *6 (?:plastic ?zak|zak|plastic tas"
    r"|vuilniszak)\w* over (?:je|mijn|m'n|zijn|haar|het|de) (?:hoofd|kop)",
    r"(?:auto|wagen) *3 tegen (?:een|de) (?:boom|muur|pijler|brugpijler|vrachtwagen) {ADV}(?:zet"
    r"|zetten|te zetten|parkeer)(?= (?:#|,|@\S+|en|dan|lijkt) )",
]

_CLEAR_SELF_HARM_FORMS: Final = [
    # Round 16: "ik heb mezelf gesneden" said plainly, no accident told after it (the idioms
    # take "in mijn vinger", "aan het broodmes"): in this chat that is self-harm.
    r"(?:heb|had) {ADV}{SELF_STRONG} {ADV}(?:gesneden|gekrast|opengesneden|opengekrast)"
    r"(?= (?:#|,|@\S+|en|maar|vannacht|vandaag|gisteren|vanavond) )(?!(?: \S+){0,8}"
    r" (?:per ongeluk|koken|keuken|mes|groente\w*|papier|scheren|glas|brood|aardappel\w*|ui"
    r"|uien|blikje|vinger|duim|tuin|snoeien|au) )",
    # Round 16k: "ik doe mij iets aan" (the reflexive "mij", as in Flemish; "pijn" is often
    # an accident: "ik deed me pijn aan de deur").
    r"(?:ik|#) {ADV}(?:doe|deed|ga|zal) {ADV}(?:me|mij) {ADV}(?:iets|wat) {ADV}aan(?: doen)?"
    r"(?= (?:#|,|@\S+|vanavond|vannacht|straks|nu|morgen|vandaag|en|als|hoor|echt) )",
    # Round 16g: blood seen "to feel calm".
    r"bloed *2 (?:zien|voelen|laten vloeien|laten stromen) *3 om (?:me|mij|mezelf) *3 (?:rustig"
    r"|beter|kalm|iets|weer) *2 te voelen",
    # Round 16: scars that keep coming; a hand put on the stove on purpose.
    r"(?:littekens|wondjes|sneetjes) *4 (?:op|aan) (?:mijn|m'n|mn) (?:arm|armen|benen|been|polsen"
    r"|pols|dijen|buik) *6 (?:kan niet stoppen|kan niet meer stoppen|worden steeds meer"
    r"|steeds meer|komen er steeds bij|nieuwe bij)",
    r"(?:expres|met opzet|bewust|opzettelijk) *3 (?:mijn|m'n|mn) (?:hand|arm|vingers|pols|been)"
    r" *2 (?:op|tegen|in) (?:het|de|een) (?:fornuis|kookplaat|strijkijzer|kachel|pan|vlam"
    r"|kaars) *2 (?:gelegd|gehouden|gedrukt|gezet)",
    # Round 16: a blade bought or fetched "to cut with" (no bread or paper named after it).
    r"(?:mesje|mesjes|scheermesje\w*|scheermes\w*|blade\w*) *4 (?:gekocht"
    r"|besteld|gehaald|gepakt|gejat|verstopt) *3 om (?:mee te (?:snijden|krassen)"
    r"(?= (?:#|,|@\S+) )|(?:mezelf|me|mij) (?:mee )?te (?:snijden|krassen))",
    # Round 13h: a sharp thing pressed into the skin; "sh" (self-harm) begun again.
    r"(?:glas|scherf|scherven|naald|paperclip|schaar|mes|mesje|passer|punaise) *2 in (?:mijn|m'n)"
    r" (?:arm|armen|been|benen|pols|polsen|huid|dijen|dij|buik) (?:gedrukt|gestoken|gezet"
    r"|geduwd|gekrast|gekerfd)",
    r"(?:sh|zb) (?:is )?(?:weer|opnieuw) (?:begonnen|terug|gedaan)|(?:weer|opnieuw) (?:aan de )?sh"
    r"(?= (?:#|,|@\S+) )|(?:sh|zb) terugval|terugval (?:in|met) (?:sh|zb)",
    # Round 13: about to ("ik sta op het punt om mij te snijden").
    r"op het punt *2 (?:{SELF_STRONG}|me|mij) *2 te (?:snijden|krassen|branden|bekrassen"
    r"|verwonden)",
    # The body part named without "in" ("ik snij m'n armen weer"; with it: patterns.py).
    rf"(?:ik|#) {{ADV}}(?:snij|snijd|kras|brand) {{ADV}}(?:mijn|m'n|mn) {_BODY}"
    r"(?!(?: \S+){0,4} (?:aan|op|bij het|tijdens|per ongeluk|zon|zonnebank|open) )",
    # Round 17, from a missed corpus line: "ik sla mezelf" with nothing idiomatic after it
    # (not "voor de kop", not "erdoorheen").
    r"(?:ik|#|,) {ADV}(?:sla|sloeg) {ADV}(?:mezelf|mijzelf|m'n eigen|mijn eigen)(?= (?:#|,|@\S+"
    r"|als|wanneer|tot|omdat|want|dan|soms|vaak|elke|iedere|weer|nog|hard|blauw|bont|in) )",
    # Round 18d: scratching "tot het bloedt"; starving oneself on purpose to waste away; the
    # blade ready "en ik wil het weer doen".
    r"ik (?:krab|kras|sla|bijt|knijp) {ADV}(?:mezelf |me )?(?:tot|totdat) (?:het|ik) {ADV}"
    r"(?:bloedt|bloed|blauw ben|pijn doet)",
    r"(?:eet|drink) *3 (?:expres|bewust|met opzet|opzettelijk) (?:niks|niets|niet)(?: meer)?"
    r" *4 (?:zodat|om|tot) *3 (?:wegkwijn|weg te kwijnen|dood|sterf|te sterven|verhonger"
    r"|te verhongeren|verdwijn)",
    r"(?:laat|ga) {ADV}{SELF_STRONG} {ADV}(?:expres |bewust |met opzet )?(?:verhongeren"
    r"|uithongeren|uitdrogen)",
    r"(?:mesje|mes|scheermesje|scheermes|schaar) *4 (?:ligt|liggen) {ADV}klaar *6 (?:wil|ga"
    r"|zal) *2 (?:het )?(?:weer|opnieuw) (?:doen|gebruiken)",
    # Burnt with a lighter or a cigarette (not "aan de pan").
    r"{SELF} *3 (?:gebrand|verbrand|brand) met (?:een |mijn |m'n |de )?(?:aansteker\w*|sigaret\w*"
    r"|lucifer\w*|strijkijzer|kaars|peuk\w*)",
    # Round 14: the head against the wall "helpt even" (not "ik kan mijn hoofd wel ...").
    r"(?<! wel )(?<! kan )(?:mijn|m'n|mn) (?:hoofd|kop) *2 tegen (?:de|een) (?:muur|deur|kast"
    r"|vloer) (?:slaan|bonken|beuken|rammen)(?= (?:#|,|@\S+|helpt|tot|doet|en) )",
]

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
    r"|doodmaken|dood te maken)"  # ("iets aandoen" is in the self-harm lists)
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
    # Summer fun: a good spot to jump into the water from.
    r"(?:plek|plaats|steiger|brug|kade|rots)\w* *4 om (?:er |vanaf |van )?(?:af |in )?te springen"
    r"(?= (?:\S+ ){0,3}(?:in het water|het water in|in de|zwemmen))",
]

_CLEAR_EXPLICIT_FORMS: Final = [
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
]

_CLEAR_METHOD_FORMS: Final = [
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
]

_CLEAR_SELF_HARM_FORMS: Final = [
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
    # Burnt with a lighter or a cigarette (not "aan de pan").
    r"{SELF} *3 (?:gebrand|verbrand|brand) met (?:een |mijn |m'n |de )?(?:aansteker\w*|sigaret\w*"
    r"|lucifer\w*|strijkijzer|kaars|peuk\w*)",
    # Round 14: the head against the wall "helpt even" (not "ik kan mijn hoofd wel ...").
    r"(?<! wel )(?<! kan )(?:mijn|m'n|mn) (?:hoofd|kop) *2 tegen (?:de|een) (?:muur|deur|kast"
    r"|vloer) (?:slaan|bonken|beuken|rammen)(?= (?:#|,|@\S+|helpt|tot|doet|en) )",
]

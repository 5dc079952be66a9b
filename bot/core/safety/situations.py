"""Readable patterns for situations the risk rules do not cover on their own.

* **Acute**: an attempt that is happening or just happened, or the means at hand
  right now ("ik heb net al mijn pillen ingenomen", "ik sta op het spoor"). The reply
  puts 112 first.
* **Means questions**: heights, doses, "how long does it take", rope, trains. Alone
  they are ordinary questions ("hoe hoog is de Euromast"); after a risk sign or strong
  distress earlier in the conversation they are a clear sign.
* **Distress**: strong pain about oneself ("ik voel me niks waard") that is not a
  risk sign by itself but makes a later means question one.

Violence at home against the user has its own patterns in :mod:`bot.core.safety.violence`.

Written in the pattern language of :mod:`bot.core.safety.rules` (macros, gaps, clause
marks) over its canonical string. Written from the training corpus and the issue's
description, never from the held-out sets.
"""

from __future__ import annotations

from typing import Final

from bot.core.safety.others import OTHER_ON_THE_EDGE, OTHER_PILLS_NOW
from bot.core.safety.rules import compile_specs

__all__ = [
    "ACUTE",
    "ACUTE_IN_CONTEXT",
    "DISTRESS",
    "DOING_IT",
    "FRAME",
    "MEANS_QUESTION",
    "NOT_ROUTINE",
    "PREPARED_IN_CONTEXT",
    "ROUTINE_MEDICINE",
]

_NOW = r"(?:net|zojuist|zonet|zo net|daarnet|net al|al|vanavond|vannacht|vandaag|nu|zopas)"
# An attempt made earlier today or last night still needs a doctor now (round 12).
_RECENT = (
    r"(?:gisteren|gisteravond|gisternacht|vanochtend|vanmorgen|vanmiddag|eerder vandaag"
    r"|een paar uur geleden|vannacht)"
)
_AMOUNT = (
    r"(?:al (?:mijn|m'n|mn|de|die)|alle|allemaal|de hele|een hele|hele|een doos\w*|een pot"
    r"|een strip|strips|doordrukstrip\w*|een handvol|handvol|een zak|tientallen|\d{2,}"
    r"|(?:tien|twaalf|vijftien|twintig|dertig|veertig|vijftig|zestig|honderd)"
    r"(?! (?:jaar|jaren|maanden|weken|dagen|minuten|uur))"
    r"|veel te veel|te veel|teveel|een fles|heel veel|een hoop|een heleboel|flink wat"
    # (Round 15: a plain "veel", "tien" - "ik heb veel tabletten genomen"; not "niet veel".)
    r"|(?<!niet )(?<!niet zo )(?<!zo )veel"
    r"|een (?:grote|flinke|enorme|hele) (?:hoeveelheid|berg|lading|hoop)"
    # (Round 16: someone's whole supply, "de hele voorraad van mijn moeder haar pillen".)
    r"|(?:de|mijn|m'n|haar|zijn|hun) (?:hele |complete )?voorraad(?: van)?)"
)
_TAKEN = (
    r"(?:genomen|ingenomen|geslikt|gegeten|opgegeten|leeggegeten|leeg gegeten|opgedronken"
    r"|gedronken|leeggedronken|gepakt|gespoten|binnen|op|naar binnen gewerkt|leeggemaakt)"
)
_SUBSTANCE = (
    # Not a beer ("alle pils opgedronken").
    r"(?:pil(?!s)\w*|tablet\w*|paracetamol|ibuprofen|oxazepam|temazepam|diazepam|lorazepam|benzo\w*"
    r"|slaappil\w*|slaapmiddel\w*|medicijn\w*|medicatie|antidepressiva|insuline|morfine"
    r"|lithium|oxycodon\w*|tramadol|amitriptyline|pillekes|gif|rattengif|bleek\w*|chloor"
    r"|antivries|wasmiddel|ontstopper|pilletjes|methadon|xanax|seroquel|quetiapine|zolpidem"
    r"|codeine|medicament\w*|dafalgan|perdolan|panadol|sedergine|lexotan|temesta|seresta"
    r"|stilnoct|valium|rivotril|alprazolam|bromazepam|clonazepam|escitalopram|sertraline"
    r"|citalopram|venlafaxine|mirtazapine|trazodone?|lyrica|pregabaline|oxycontin"
    # Compounds ("slaaptabletten", "bloeddrukpillen", "hartmedicijnen"): not "spil" or "pils".
    r"|\w{3,}(?:pil|pillen|pilletjes|tablet|tabletten|tabletjes|medicijn|medicijnen)"
    r"|pijnstiller\w*|kalmeringsmiddel\w*)"
)
_HIGH_PLACE = (
    r"(?:brug|dak|dakrand|flat|viaduct|balkon|vensterbank|reling|toren|parkeergarage|rand"
    r"|klif|rots|steiger|galerij|richel)\w*"
)

# A cut from a tin, a glass or the kitchen knife while cooking is no attempt.
_MISHAP = (
    r"(?!(?: \S+){0,5} (?:aan een|aan het|aan de|bij het|per ongeluk|blikje|papier|koken"
    r"|afwassen|groente|keuken|scheren) )"
)

# Fishing or a sandwich on the edge of a bridge is no attempt (round 14).
_LEISURE = (
    r"(?!(?: \S+){0,8} (?:hengel|vissen|vis|picknick\w*|boterham|lunch|koffie|zon|zonnetje"
    r"|foto\w*|uitzicht|eenden|eendjes|ijsje) )"
)

# Jumping from a bridge into the water on a summer day is no attempt.
_SUMMER = (
    r"(?!(?: \S+){0,8} (?:in het water|het water in|heerlijk|zwemmen|lekker|in de rivier"
    r"|in het kanaal|in de gracht|zomer|bommetje) )"
)

ACUTE: Final = compile_specs(
    [
        # Round 4, written for the acute path (not from the held-out sets): everything in
        # the cupboard taken, bleeding to death, wrists open, about to jump from where one
        # stands, exhaust fumes inside the car, an insulin pen emptied, an attempt just
        # made (poison eaten: with the poison rule below).
        r"(?:heb|had) *2 alles *2 (?:ingenomen|geslikt|opgegeten|genomen) *4 (?:kast|la|doos|pot"
        r"|medicijnkast|pillen|medicijnen|tabletten)",
        r"(?:ben|lig) {ADV}aan het (?:doodbloeden|leegbloeden|verbloeden)|bloed {ADV}dood",
        r"(?:polsen|pols|aders) *2 (?:open|opengesneden|doorgesneden|opengehaald|opengekrast)(?!"
        r" (?:van|door)"
        r" (?:de|het|een) (?:kou|vorst|wind))",
        r"(?:sta|zit) (?:op|aan) (?:de|het|een) (?:brug|dak|rand|flat|balkon|viaduct|reling)\w* *6"
        r" (?:ga )?(?:nu |zo |zometeen |meteen )?(?:springen|spring)(?!(?: \S+)? (?:in|het water))",
        r"uitlaat *6 (?:naar binnen|in de auto|binnen)",
        # Round 18c: "the" pills taken, and a last word ("ik wil alleen nog zeggen dat ik
        # van je hou"); the pills alone may be the day's.
        r"(?:heb|had) {ADV}(?:de|die|alle|al de) (?:pillen|tabletten|medicijnen|slaappillen)"
        r" {ADV}(?:genomen|ingenomen|geslikt) *9 (?:van je hou|van jullie hou|hou van je|hou van"
        r" jullie|vaarwel|het spijt me|bedankt voor alles|dag allemaal|sorry voor alles)",
        # Round 18: an overdose just taken or injected ("net een overdosis insuline gespoten").
        r"(?:heb|had) *2 (?:net|zojuist|daarnet|net al|zonet|vanavond|vannacht|een uur geleden"
        r"|een half uur geleden) *2 (?:een )?overdosis *3 (?:genomen|ingenomen|gespoten|geslikt"
        r"|gebruikt)",
        r"insuline\w* *4 (?:leeggespoten|leeg gespoten|allemaal gespoten|alles gespoten)",
        # ("geprobeerd me aan te melden" or "een einde aan de ruzie te maken" is no attempt.)
        rf"(?:{_NOW}|{_RECENT}) *3 geprobeerd *3 (?:zelfmoord|op te hangen|te doden|dood te"
        r"|te springen|te verdrinken|een einde? aan (?:mijn|m'n|mn|het) (?:leven|bestaan)"
        r"|(?:mezelf|me|mij) *2 (?:te doden|op te hangen|van kant te maken|iets aan te doen"
        r"|dood te|te verdrinken|te vergiftigen|van het leven te beroven|te verhangen"
        r"|te snijden|te wurgen|te verstikken))",
        # Round 17: at a bridge, a lock or the platform, about to jump ("ben nu bij de
        # sluis, ik spring zo"); not into the water on a summer day.
        r"(?:sta|zit|ben) {ADV}(?:nu )?(?:op|aan|bij|naast) (?:de|het|een) (?:sluis|stuw|brug"
        r"|kade|pier|perron|spoor|viaduct|flat|dak|rand|reling|balkon)\w* *4 (?:ik )?(?:ga )?"
        r"(?:nu |zo |zometeen |meteen |straks )?(?:springen|spring)(?= (?:#|,|@\S+|nu|zo|echt|hoor"
        rf"|ik|want) )(?!(?: \S+)? (?:in|het water|onder|over|op|even|eruit|eraf) ){_SUMMER}",
        # Round 16: in dangerous water now ("ik zit nu in het water bij de sluis").
        r"(?:sta|zit|lig|ben|drijf) {ADV}(?:nu )?in het (?:ijskoude )?water *3 (?:bij|van|onder"
        r"|naast) (?:de|het|een) (?:sluis|stuw|brug|pier|dijk|kade|haven|wak|kanaal|rivier)"
        r"(?!(?: \S+){0,6} (?:zwem\w*|lekker|heerlijk|fijn|warm|zomer|vissen|hengel\w*|boot"
        r"|kano|sup) )",
        # Round 12, from attempt probes written in other voices: feeling strange "after all
        # those pills", a cleaning product drunk, a bag over the head, "pillen genomen. veel.",
        # everything from the medicine cabinet taken (typed without "ik heb").
        r"(?:raar|slap|duizelig|misselijk|suf|wazig|draait|draaierig|slaperig|benauwd|bonkt"
        r"|hartkloppingen|overgeven|kotsen|zo snel|ik zie dubbel|tolt|tollen|tril|trillen"
        r"|zweet|zak weg|zakt weg) *4 (?:na|van|door) (?:al die|die"
        r"|al mijn|al m'n|zoveel|zo veel|te veel|teveel|die hele|de hele) (?:pillen|medicijnen"
        r"|tabletten|slaappillen|strips?|pillekes|pilletjes)(?!(?: \S+){0,6} (?:van de (?:dokter"
        r"|huisarts|arts|apotheek)|voorgeschreven|bijwerking\w*|die ik moet) )",
        r"(?:gedronken|ingenomen|opgedronken|geslikt|leeggedronken) *6 (?:onder de gootsteen"
        r"|wc-eend|wc eend|wc-reiniger|gootsteenontstopper|schoonmaakmiddel\w*|ammoniak"
        r"|terpentine|lampenolie|accuzuur|onkruidverdelger|spiritus|thinner)",
        r"(?:wc-eend|wc eend|gootsteenontstopper|ontstopper|schoonmaakmiddel\w*|ammoniak|terpentine"
        r"|lampenolie|onkruidverdelger|spiritus|thinner) *3 (?:gedronken|opgedronken|geslikt"
        r"|leeggedronken)",
        r"(?:zak|plastic zak|plastiek zak|plastic tas|vuilniszak) *2 over (?:mijn|m'n|mn) (?:hoofd"
        r"|kop)(?!(?: \S+){0,6} (?:grap|halloween\w*|carnaval\w*|spel|verkleed\w*"
        r"|kostuum) )",
        r"(?:pillen|medicijnen|tabletten|slaappillen) (?:genomen|ingenomen|geslikt) # (?:veel|heel"
        r" veel|te veel|teveel|alles|allemaal|alle)(?= # )",
        r"(?:draait|duizelig|misselijk|slap|suf|wazig) *6 (?:heb|had) {ADV}(?:veel te veel"
        r"|veel teveel|te veel|teveel) (?:genomen|ingenomen|geslikt)",
        # Round 20: "ik heb alles al op, ik voel me al suf" (not a plate or a bag of crisps).
        r"(?:heb|had) {ADV}(?:alles|ze allemaal) {ADV}(?:op|ingenomen|geslikt|genomen) *8 (?:suf"
        r"|slaperig|wazig|draaierig|duf|zak weg|zakt weg|wegzakken|ogen vallen dicht)(?!(?: \S+)"
        r"{0,6} (?:eten|chips|snoep|taart|pizza|bord|maaltijd|diner|buffet|bier|wijn|koffie) )",
        rf"{_NOW} alles *2 (?:ingenomen|geslikt|opgegeten|genomen) *6 (?:kast|la|doos|pot"
        r"|medicijnkast|pillen|medicijnen|tabletten)",
        # Round 13: "pillen op. drank op." in fragments; the exhaust led inside, sitting in.
        r"(?:pillen|slaappillen|tabletten|medicijnen|strip|doosje) (?:op|ingenomen|genomen"
        r"|geslikt) (?:#|,|en) (?:de )?(?:drank|wijn|fles|wodka|whisky|bier|jenever) (?:op|erbij)",
        # Round 12d: a train coming and staying put; in English.
        r"(?:trein|intercity|sprinter) (?:komt|nadert) *3 (?:ik blijf staan|ik ga niet opzij"
        r"|ik stap niet opzij|ik blijf (?:hier )?liggen|ik blijf zitten)(?= (?:#|,|@\S+|op het"
        r" spoor|op de rails|en) )(?!(?: \S+){0,4} (?:achter|perron|gele lijn|afstand) )",
        r"i (?:just )?(?:took|swallowed|ate|taken) (?:all|too many|a lot of|a bunch of|\d+)"
        r" (?:of )?(?:my |the )?(?:pills|tablets|meds|sleeping pills|painkillers)(?!(?: \S+){0,4}"
        r" (?:today|prescribed|doctor|usual|morning) )",
        r"i (?:just )?(?:overdosed|od'?d|cut (?:my )?(?:wrists|wrist) (?:open|deep))",
        # Round 12: jumped already ("ik ben van het balkon gesprongen en heb pijn"), not into
        # water for fun.
        r"(?:ben|heb) {ADV}(?:van|vanaf|uit) (?:het|de|een|ons|mijn|m'n) (?:balkon|dak|brug|raam"
        r"|flat|viaduct|parkeergarage)\w* (?:af )?gesprongen(?!(?: \S+){0,6} (?:water|zwem\w*"
        r"|bommetje\w*|zee|meer|rivier|kanaal|parachute|trampoline|zwembad|plons) )",
        # On the edge of a high place, now ("ik zit op de rand van het balkon").
        r"(?:zit|sta) {ADV}op de rand van (?:het|de|een|ons|mijn) (?:balkon|dak|brug|flat|raam"
        r"|vensterbank|viaduct|perron|parkeergarage)\w*" + _LEISURE,
        # Round 11: sitting alone with the means ("ik zit met een mes in de badkamer");
        # not a job being done with it ("met een mes in de schuur hout te snijden").
        r"(?:zit|lig|sta) {ADV}(?:hier )?met (?:een|het|mijn|m'n|de|dat|die) (?:mes|mesje"
        r"|scheermes\w*|touw|strop|pistool|geweer|wapen|pillen|potje pillen|doosje pillen) *2"
        r" (?:in|op) (?:de |het |mijn |m'n |een )?(?:badkamer|bad|bed|slaapkamer|zolder|schuur"
        r"|wc|toilet|dak|brug|garage|bos|auto)"
        r"(?!(?: \S+){0,6} (?:te \S+|snijden|kampvuur|hout|groente|fruit|appel\w*|brood|pakket\w*"
        r"|doos|dozen"
        r"|klus\w*|knutsel\w*|snoei\w*|schil\w*|repareren|maken|scheren|griep|koorts|dokter) )",
        # Pills or poison taken just now, in an amount or with a purpose.
        rf"(?:heb|had|hebt|is|zijn) *3 {_AMOUNT} *3 {_SUBSTANCE} *4 {_TAKEN}",
        rf"{_NOW} *3 {_AMOUNT} *3 {_SUBSTANCE} *3 {_TAKEN}",
        rf"{_AMOUNT} {_SUBSTANCE} *2 (?:{_NOW} )?{_TAKEN}",
        # Round 13: "heel het doosje binnen gespeeld" (Flemish), walked into the river up to
        # the waist (a cord round the neck: with the hanging rules below).
        rf"(?:{_NOW}|daarjuist) *3 (?:heel het|heel de|de hele|het hele) (?:doosje|doos|potje|pot"
        rf"|strip|pakje|flesje|fles) *3 {_TAKEN}",
        r"(?:rivier|zee|kanaal|meer|water|gracht) *2 (?:in )?gelopen tot (?:mijn|m'n|aan mijn)"
        r" (?:middel|borst|nek|kin|schouders)" + _SUMMER,
        rf"{_SUBSTANCE} *3 allemaal *2 {_TAKEN}",
        rf"{_SUBSTANCE} (?:zijn|zitten) *2 (?:al )?(?:binnen|op|in (?:mijn|m'n) maag)",
        # Round 19d: "het is te laat, de pillen werken al" (not a remedy that works).
        rf"te laat *4 {_SUBSTANCE} *2 (?:werken|werkt|beginnen te werken) {{ADV}}al",
        rf"(?:heb|had) *3 {_SUBSTANCE} *4 {_TAKEN} *6 (?:om (?:dood te gaan|te sterven|niet meer"
        r" wakker te worden|er een eind aan te maken)|expres|met de bedoeling)",
        rf"(?:expres|opzettelijk) *3 (?:te veel|teveel) {_SUBSTANCE} *2 {_TAKEN}",
        r"(?:heb|had|hebt) *4 (?:een )?overdosis *2 (?:genomen|ingenomen|geslikt)",
        # Round 7: a month's medicine at once, pills with drink, a blade in one's body.
        rf"{_SUBSTANCE} *8 (?:in een keer|in 1 keer|tegelijk|ineens) *2 {_TAKEN}",
        # (Round 20: also "mn"; "al mijn" pills always, else not a glass of wine with the
        # day's medicine, nor a question whether that may.)
        rf"(?:fles|drank|wodka|wijn|whisky|alcohol|jenever) *5 (?:met|en|plus) (?:al mijn |al m'n"
        rf" |alle )?{_SUBSTANCE} *2 (?:op|genomen|ingenomen|geslikt)(?= (?:#|,|@\S+|en) )",
        rf"(?<!glas )(?<!glaasje )(?:fles|drank|wodka|wijn|whisky|alcohol|jenever) *5 (?:met|en"
        rf"|plus) (?:mijn |m'n |mn |de |die ){_SUBSTANCE} *2 (?:op|genomen|ingenomen|geslikt)"
        r"(?= (?:#|,|@\S+|en) )(?!(?: \S+){0,6} (?:mag|erg|kan dat|gevaarlijk|kwaad|normaal"
        r"|dokter|huisarts|apotheek|bijsluiter) )",
        r"(?:mes|schaar|scherf|glas) *3 in (?:mijn|m'n) (?:buik|borst|hals|nek|keel|zij)"
        r" (?:gestoken|geduwd|gezet|geramd)",
        # Poison swallowed. Not "op": "het wasmiddel is op" is used up, not drunk.
        r"(?:gif|rattengif|bleek\w*|chloor|antivries|wasmiddel|ontstopper|onkruidverdelger) *3"
        r" (?:gedronken|opgedronken|leeggedronken|ingenomen|geslikt|gegeten|opgegeten"
        r"|binnengekregen)",
        r"(?:heb|had) *3 (?:gif|rattengif|bleek\w*|chloor|antivries) *2 (?:gedronken|opgedronken"
        r"|ingenomen|geslikt)",
        # Bleeding after cutting, a cut artery.
        r"(?:gesneden|opengesneden|doorgesneden|opengehaald|gekrast|gestoken|snijwond\w*)"
        + _MISHAP
        + r" *8"
        r" (?:bloed|bloedt|bloeden|bloedde|stopt niet|blijft komen)" + _MISHAP,
        r"(?:bloed|bloedt|bloeden) *6 (?:gesneden|gekrast|opengehaald)" + _MISHAP,
        r"(?:pols|polsen|slagader) *3 (?:doorgesneden|opengesneden|open gesneden|opengehaald"
        r"|gesneden|geraakt)",
        r"(?:heb|ben) *2 (?:mezelf|me|mij) *3 (?:gestoken|neergestoken)",
        # Hanging.
        r"(?:ik )?hang {ADV}(?:al )?(?:half|bijna|aan het touw|aan de balk|in de strop)"
        r"(?= (?:#|,|@\S+|help) )",
        # (Round 12: "een strop gemaakt en hij hangt"; not a rope for a swing or a flag.)
        r"(?:strop|touw|riem|koord|snoer|kabel)(?! van ) *4 (?:om (?:mijn|m'n|mn) (?:nek|hals)"
        r"|hangt (?:al"
        r"|klaar)|vastgemaakt|vastgeknoopt|aan de balk|aan het plafond|(?:en )?(?:hij |ze )?hangt"
        r"(?= (?:#|,|@\S+) ))(?!(?: \S+){0,6} (?:schommel|was|vlag\w*|bokszak|tent|hangmat"
        r"|klim\w*|kinderen|plant\w*|boot|los) )",
        r"(?:strop|touw) *6 (?:sta|zit) *3 (?:op|onder) *2 (?:stoel|kruk|trap|ladder|eronder)",
        r"(?:heb|had) *3 (?:geprobeerd|proberen) *3 (?:op te hangen|te verhangen|te springen"
        r"|te verdrinken)",
        r"(?:heb|had) {ADV}(?:me|mezelf|mij) {ADV}(?:opgehangen|verhangen)",
        r"(?:ben|was)(?!(?: \S+){0,6} (?:duikplank|zwembad|trampoline|parachute|bungee"
        r"|springkussen|sloot|hoogteduik)) *3 (?:net|zojuist|daarnet|al) *3 gesprongen"
        r"(?!(?: \S+){0,3} (?:heerlijk|lekker|leuk|gaaf|super))",
        # On the track, on the edge, in the water, at a height with jumping.
        r"(?:sta|zit|lig|leg (?:me|mij|mezelf)|loop|ben|staan|stap) *3 (?:op|over|tussen|naast)"
        r" (?:het|de|den) (?:spoor"
        r"|rails|spoorlijn|spoorbaan)(?! van )",  # not "op het spoor van een verhaal"
        r"(?:sta|zit|lig) bij (?:het|de) (?:spoor|rails|spoorlijn) *2 (?:te wachten|wacht) op de"
        r" (?:trein|laatste trein|volgende trein)"
        # A passenger names where the train goes ("de trein naar Amsterdam").
        r"(?! (?:naar|richting|van|om|met) )",
        r"(?:sta|zit|ben|klim|klom|staan) *3 (?:op|over|aan) (?:de|het|den) (?:dakrand|reling)\w*",
        # A windowsill is a seat too ("ik zit op de vensterbank te lezen"): only up high.
        r"(?:sta|zit|ben|klim|klom|staan) *3 op (?:de|het|den) vensterbank\w* *8 (?:verdieping"
        r"|benen buiten|naar beneden|raam open|open raam|springen|spring|hoog)",
        # Round 13g: driving to the abyss; bleeding hard from the wrist (not after a fall).
        r"(?:rij|rijd|loop|ga|fiets) *3 naar (?:de|het|een) (?:afgrond|klif|ravijn)",
        r"bloed {ADV}(?:heel |zo |erg |enorm )?(?:erg |veel |hard )?uit (?:mijn|m'n|mn) (?:pols"
        r"|polsen|aders|arm)(?!(?: \S+){0,6} (?:gevallen|val|fiets|ongeluk|glas|keuken|mes"
        r" uitgeschoten|per ongeluk) )",
        # Round 13m: the bath water turning red; walking onto the motorway; choked oneself
        # and dizzy now; blue lips or breath failing after the pills; a car driven into a
        # tree on purpose.
        r"(?:bad|badkuip|douche) *6 (?:water|het) *2 (?:wordt|kleurt|is|word) {ADV}rood",
        r"(?:ben|ga) *2 op de snelweg (?:gaan )?(?:lopen|liggen|staan)|(?:loop|lig) {ADV}op de"
        r" snelweg(?!(?: \S+){0,4} (?:file|auto|bus|pech|berm) )",
        r"geprobeerd (?:mezelf|me|mij) *2 te (?:wurgen|verstikken|verhangen|ophangen|doden"
        r"|verdrinken) *8 (?:duizelig|pijn|bloed|misselijk|zwart|nek|keel|adem)",
        r"(?:lippen (?:worden|zijn) {ADV}blauw|kan {ADV}(?:bijna )?(?:niet|nauwelijks) (?:meer )?"
        r"ademen|ademen gaat {ADV}moeilijk) *4 (?:na|van|door) (?:de|die|al die|mijn) (?:pillen"
        r"|medicijnen|tabletten|slaappillen|pilletjes)",
        r"(?:auto|wagen) *4 tegen (?:een|de) (?:boom|muur|vrachtwagen|pijler|brugpijler) *2"
        r" (?:gereden|gecrasht|geknald|gereid) *3 (?:met opzet|expres|bewust|express)",
        # Round 13n: poisoned oneself; walking into the water (not at the beach); "i took
        # like 30 pills"; everything black before the eyes after the whole jar.
        r"(?:mezelf|me|mij) *2 (?:vergiftigd|vergiftig)(?!(?: \S+){0,5} (?:kip|eten|voedsel"
        r"|@lach|mosselen|restaurant|sushi) )",
        r"(?:loop|liep|ga|stap) {ADV}(?:het|de) (?:water|zee|rivier|kanaal|meer) in"
        + _SUMMER
        + r"(?!(?: \S+){0,8} (?:strand|zwem\w*|pootje\w*|baden|golven) )",
        r"(?:took|taken|swallowed) (?:like |about |around )?(?:\d+|all(?: of)?|a lot of|too many"
        r"|the whole) (?:my |the )?(?:pills|tablets|meds|sleeping pills|bottle|pack)"
        r"(?! (?:for today|this morning|tonight|as prescribed|like the doctor))",
        r"(?:alles (?:is |wordt )?zwart|zwart voor (?:mijn|m'n) ogen) *4 (?:na|van|door) (?:die|de)"
        r" hele (?:pot|potje|doos|doosje|strip|fles|zak)",
        # Round 13e: "help, ik heb het gedaan", said alone.
        r"(?<=^ )# (?:help|hulp|sos) (?:#|,)? ?ik heb het {ADV}gedaan #",
        rf"(?:sta|zit|ben|klim|klom|staan) *3 (?:op|over|aan) (?:de|het|den) rand *3 {_HIGH_PLACE}"
        + _LEISURE,
        r"(?:klim|klom|ben|sta) *3 over (?:de|het) (?:reling|hek|balustrade)",
        r"verkeerde kant van (?:de|het) (?:reling|hek|balustrade)",
        rf"(?:sta|zit|ben|staan) *3 (?:op|bovenop|boven op|aan) (?:de|het|den|een) *2 {_HIGH_PLACE}"
        r" *8 (?:spring\w*|ga (?:nu|zo|er)|kijk naar beneden|naar beneden|hoog|verdieping\w*"
        r"|dit is het|het einde|afscheid|voorgoed|niet meer|ik ga)" + _SUMMER,
        r"(?:sta|loop|zit|lig) *3 (?:in|bij|aan) (?:het|de) (?:water|kanaal|rivier|zee|meer|gracht)"
        # (Round 16: not a day out, "lekker zwemmen met de kinderen".)
        r"(?!(?: \S+){0,10} (?:lekker|heerlijk|fijn|kinderen|kleinkinderen|zomer|zon|picknick"
        r"|bommetje|vissen|hengel\w*|eendjes|hond) )"
        r" *8 (?:ga|loop|erin|er in|verder|zwemmen|kopje onder|niet meer|kan niet zwemmen"
        r"|verdrinken)",
        r"(?:sta|ben|wacht) *4 (?:spoor|perron|station|overweg) *8 (?:spring\w*|voor de trein"
        r"|als de trein komt|tot de trein komt)",
        # Gas, a car, a weapon at hand.
        r"gas\w* {ADV}(?:staat )?(?:open|opengedraaid|opengezet|aan)"
        r"(?! (?:gezet voor|om te koken))(?!(?: \S+){0,6} (?:monteur|koken|kook|fornuis|kookplaat"
        r"|pan|pannen|kachel|ketel|cv|eten|soep|thee|lek|lekkage|aansluiten|afsluiten) )",
        r"(?:motor|auto) *3 (?:aan|draait) *6 (?:garage|dicht|slang)",
        r"garage *6 (?:motor|auto) *3 (?:aan|draait|loopt)",
        # Round 18: "de auto in de garage aangezet met de deur dicht".
        r"(?:motor|auto) *4 garage *3 (?:aangezet|aangedaan|gestart|laten lopen|laten draaien"
        r"|aan laten staan|draaien|lopen) *6 (?:dicht|gesloten|slang)",
        r"(?:barbecue|bbq|houtskool) *6 (?:aangestoken|aan) *6 (?:dicht|binnen|slaapkamer|kamer)",
        r"(?:rij|rijd|rijden) *3 (?:nu|zo|hard) *4 (?:tegen|naar) (?:een|de) (?:boom|muur|pijler"
        r"|brugpijler|vrachtwagen)",
        r"(?:mes|scheermes|mesje|pistool|geweer|wapen) *4 (?:op|tegen|aan|in) (?:mijn|m'n|mn)"
        r" (?:pols|polsen|keel|arm|hals|slaap|hoofd|hand)",
        r"(?:mes|scheermes|mesje|pistool|geweer) *6 (?:ga (?:het )?(?:nu|zo)|geladen|nu doen)",
        # It is happening.
        r"(?:ben|zit) (?:al )?(?:begonnen|bezig) *3 (?:snijden|met het touw|met de pillen|met"
        r" innemen)",
        r"(?:heb|had) *3 (?:net|zojuist|vanavond|vannacht|vandaag) *3 (?:een )?"
        r"(?:poging|zelfmoordpoging) *2 (?:gedaan|ondernomen)",
        # Round 8, from the training corpus's cross-validated misses (never the held-out
        # sets): walking into the water up to one's chest, everything in the house
        # swallowed, swallowing one by one, the pills already working, a blade in the
        # bath, a belt fixed to the door, a roof "of the hospital".
        r"(?:loop|liep|gelopen|ga|sta|ben) *4 (?:het water|de zee|de rivier|het meer|het kanaal"
        r"|de gracht) in *8 tot (?:aan )?(?:mijn|m'n) (?:knie\w*|middel|heupen|borst|nek|kin"
        r"|schouders)(?!(?: \S+){0,8} (?:heerlijk|lekker|zwemmen|verkoelend|fris|golven|surfen"
        r"|pootjebaden|kinderen|hond|zon) )",
        r"tot (?:aan )?(?:mijn|m'n) (?:knie\w*|middel|borst|nek|kin) in (?:het|de) (?:water|zee"
        r"|rivier|kanaal) *3 (?:ga|loop) *2 (?:verder|door|dieper)",
        r"alles *2 (?:ingenomen|geslikt|opgegeten|genomen) wat (?:er )?(?:in huis|in de kast"
        r"|in het (?:medicijn)?kastje|in de la|in de badkamer) *2 (?:was|lag|stond|had)",
        rf"(?:ben|zit) {{ADV}}(?:net )?(?:aan het|bezig met) (?:slikken|innemen) *6"
        rf" (?:nog \S+ te gaan|{_SUBSTANCE}|allemaal)",
        r"(?:neem|slik) (?:ze|die|de pillen) {ADV}(?:een voor een|1 voor 1|een voor een in)",
        rf"(?:{_SUBSTANCE}|ze) *3 (?:al )?(?:op|ingenomen|geslikt) *6 (?:het )?(?:begint|begon"
        r"|beginnen) (?:al )?te werken",
        r"(?:zit|lig) in (?:bad|het bad|de badkuip|de douche) met (?:een|het|mijn|m'n|de)"
        r" (?:scheermes\w*|mes|mesje|mesjes)",
        r"(?:riem|touw|strop|koord|sjaal) *3 (?:zit|hangt|is) *2 vast aan (?:de|het) (?:deur"
        r"|deurklink|balk|kapstok|plafond|trapleuning|leuning)",
        r"(?:sta|zit|ben) {ADV}op (?:het|de) (?:dak|dakrand) van (?:het|de|een|onze|mijn)"
        r" (?:ziekenhuis|flat|school|parkeergarage|kantoor|station|gebouw|winkelcentrum"
        r"|appartement)(?!(?: \S+){0,8} (?:repar\w*|maken|goot|antenne|zonnepane\w*|werk\w*"
        r"|schilder\w*|dakpan\w*|uitzicht|feest|terras|lunch) )",
        r"(?:sta|zit|ben) *3 (?:op|aan) (?:de|het|een) (?:brug|dak|rand|flat|balkon|viaduct"
        r"|reling)\w* *6 (?:ik )?(?:ga )?(?:nu |zo |meteen )?(?:spring|springen)"
        r"(?= (?:#|,|@\S+|nu) )",
        r"(?:bloed|bloedt) {ADV}(?:heel |zo |erg )?(?:hard|veel) *3 (?:uit|aan) (?:mijn|m'n)"
        r" (?:pols|polsen|slagader)",
        r"(?:afscheid|gedag) *6 (?:ik )?(?:ga|ga ik) het (?:nu |vanavond |vannacht )?doen",
        r"(?:ben|is) (?:al )?begonnen *4 (?:het is )?(?:te laat|geen weg terug)",
        r"(?:te veel|teveel) (?:genomen|ingenomen|geslikt) *8 (?:niemand|wil niet dat)"
        r" *4 (?:weet|merkt|ziet|vindt)",
        r"(?:net|zojuist|al) *2 alles (?:ingenomen|geslikt|genomen|opgegeten) (?:wat|dat) ik"
        r" (?:had|heb|nog had|in huis had|kon vinden)",
        rf"{_SUBSTANCE} *4 (?:genomen|ingenomen|geslikt) *4 (?:het is gebeurd|het is gedaan"
        r"|het is te laat|nu is het klaar)(?!(?: \S+){0,3} (?:voor vandaag|voor vanavond|voor deze"
        r"|hoor|dokter) )",
        r"(?:sta|zit|lig) *3 (?:voor|op|naast|tussen|bij) (?:het|de) (?:spoor|rails) *6"
        r" (?:trein komt|komt eraan|komt de trein|de trein is er)",
        # Round 10, from the training corpus's acute misses: a last message with the
        # deed done or pills just taken, an hour left, a hose on the exhaust, standing
        # by a rope already hung.
        r"laatste bericht *6 (?:(?:net|zojuist|al) *3 (?:genomen|geslikt|ingenomen|gedaan)"
        r"|(?:heb|ben) het {ADV}gedaan)",
        r"(?:dit is|hier is|dit wordt) (?:mijn|m'n) laatste bericht(?= (?:#|,|@\S+) )"
        r"(?!(?: \S+){0,6} (?:vandaag|vanavond|welterusten|slaap lekker|tot morgen|doei|ga slapen"
        r"|ga nu slapen|ga zo slapen|ga naar bed|voor nu|hier|in deze|in dit|groep|app) )",
        r"over (?:een|\w+) (?:uur|uurtje|minuten|minuutjes|kwartier|minuut) (?:ben ik er {ADV}niet"
        r" meer|ben ik dood|is het voorbij)(?= (?:#|,|@\S+) )(?!(?: \S+){0,8} (?:werk|huis"
        r"|thuis|trein|vakantie|vergadering|winkel|kantoor|school|bus|vliegtuig|afspraak) )",
        r"slang *3 (?:aan|op|in|naar) de uitlaat",
        r"(?:strop|touw) *6 (?:opgehangen|vastgemaakt|hangt) *6 (?:sta|zit) (?:er ?bij|eronder"
        r"|er onder|ernaast|er naast|klaar)(?!(?: \S+){0,6} (?:schommel|tent|vlag\w*|was\w*|boom"
        r"|klus|boot|kamp\w*) )",
        # Round 10: bleeding that will not stop and weakness; letting oneself sink;
        # jumped and alive, hurt where one fell.
        r"bloed *3 (?:stroomt|gutst|spuit|blijft stromen|blijft lopen)(?!(?: \S+){0,3} (?:neus"
        r"|mond|tandvlees|knie) ) *8 (?:zwak|duizelig|flauw"
        r"|stopt niet|houdt niet op|wordt zwart)",
        r"(?:water|zee|rivier|kanaal|meer|gracht|sloot) *6 (?:laat|liet) (?:me|mij|mezelf) {ADV}"
        r"(?:zinken|verdrinken|wegzakken|kopje onder gaan)",
        r"(?:laat|liet) (?:me|mij|mezelf) {ADV}verdrinken",
        r"(?:ben|was)(?!(?: \S+){0,6} (?:duikplank|zwembad|trampoline|parachute|bungee"
        r"|springkussen|sloot|hoogteduik|schutting|muurtje|hek|paard|trap|bed|bank)) *4"
        r" gesprongen *6 (?:leef nog|lig (?:beneden|hier|op de grond|onder)"
        r"|kan (?:niet|me niet) (?:meer )?(?:opstaan|bewegen|lopen)|ben gewond|bloed)",
        r"te diep (?:gesneden|gekrast|in mijn (?:arm|pols|been))",
        r"te laat *6 (?:genomen|ingenomen|geslikt|gesneden)",
        r"(?:ben|lig) {ADV}aan het (?:doodgaan|dood gaan|sterven)(?! van (?:de )?(?:hitte|kou"
        r"|honger|dorst|verveling|het lachen|de zenuwen|nieuwsgierigheid|schaamte) )",
        r"(?:help|hulp) *3 (?:te veel|teveel) (?:genomen|ingenomen|geslikt|pillen)",
        # Round 9: everything swallowed "wat ik kon vinden"; a lethal dose taken.
        r"(?:heb|had) *2 alles (?:ingenomen|geslikt|doorgeslikt) (?:wat|dat) ik *2 (?:had|heb"
        r"|kon vinden|vond|in huis had)",
        r"(?:dodelijke|letale|fatale) (?:dosis|hoeveelheid|overdosis) *3 (?:genomen|ingenomen"
        r"|geslikt|gespoten|opgespoten)",
        r"(?:genomen|ingenomen|geslikt|gespoten) *3 (?:een )?(?:dodelijke|letale|fatale) dosis",
        # Climbed onto a bridge or over a railing; all one's insulin injected.
        r"(?:op|over) (?:de|het|een) (?:brug|viaduct|reling|balustrade|brugleuning)\w* *3"
        r" (?:geklommen|geklauterd)",
        r"(?:insuline|insulinepen)\w* *3 (?:allemaal|helemaal|in een keer|alles|de hele pen)"
        r" *2 (?:ingespoten|gespoten|leeggespoten|leeg gespoten|opgespoten)",
        r"(?:alle|al mijn|al m'n|de hele) (?:insuline|insulinepen)\w* *2 (?:ingespoten|gespoten"
        r"|leeggespoten|leeg gespoten|opgespoten)",
    ]
)

# Someone else's attempt happening now ("mijn vriend heeft net al zijn pillen genomen"):
# read only where the screen already found worry about another person, so the subject
# is that person; 112 comes first for them.
ACUTE_OTHER: Final = compile_specs(
    [
        OTHER_PILLS_NOW,  # an overdose too
        OTHER_ON_THE_EDGE,
        r"(?:staat|zit|ligt) *3 (?:op|bij|naast) (?:het|de) (?:spoor|rails)(?! *3 (?:te wachten"
        r"|wachten|foto))",
    ]
)

# "ik ga het nu doen" is only acute after a risk sign (see bot.core.safety.screen).
ACUTE_IN_CONTEXT: Final = compile_specs(
    [
        r"(?:ga|doe|zal) *2 het *2 (?:nu|zo|straks|vanavond|vannacht|meteen)(?: doen)?"
        r"(?= (?:#|,|@\S+|en|maar|dag|sorry|doei|vaarwel) )",
        r"(?:het is|ik ben) *2 (?:al )?(?:begonnen|gebeurd)",
        r"(?:heb|had) *3 (?:ze|het|die|de pillen) *3 (?:al )?(?:genomen|ingenomen|geslikt|gedaan)",
        # Round 18e: "iets ingenomen" beside "ik wilde dood".
        # (Not a remedy: "iets genomen tegen de hoofdpijn".)
        r"(?:heb|had) *2 (?:iets|wat|van alles|spul) *2 (?:ingenomen|geslikt|genomen|gedronken)"
        r"(?! (?:tegen|voor|om te slapen|zodat ik kan slapen) )",
        r"(?:sta|zit|ben) *2 (?:er|hier|nu) *3 (?:al|nu)(?= (?:#|,|@\S+) )",
        r"bloed\w* *3 (?:stopt niet|wil niet stoppen|blijft komen|houdt niet op)",
        r"(?:loop|ga|rij|fiets|ben onderweg|sta) *3 naar (?:de|het) (?:brug|spoor|flat|dak|viaduct"
        r"|rivier|zee|kanaal|overweg)(?!(?: \S+){0,6} (?:eendjes|vissen|wandelen|foto\w*|hond"
        r"|boodschappen|werk|school|bus|winkel) )",
        rf"(?:{_SUBSTANCE}|touw|strop) *3 in (?:mijn|m'n) (?:hand|handen)",
        # Round 13l: "de pillen werken al".
        rf"(?:{_SUBSTANCE}|het) *2 (?:werken|werkt|beginnen te werken|begint te werken)"
        r"(?= (?:#|,|@\S+|al|nu) )",
    ]
)

# Round 10: "al mijn medicijnen ingenomen" is also "I have already taken my medicines":
# said with the day's routine ("voor vandaag", "zoals elke ochtend", "zoals de dokter
# zei") it is no attempt, and no risk sign on its own.
ROUTINE_MEDICINE: Final = compile_specs(
    [
        r"(?:pillen|medicijnen|medicatie|tabletten|pilletjes) *4 (?:voor|van) (?:vandaag|vanavond"
        r"|vanochtend|vanmorgen|vannacht|vanmiddag|de dag|de nacht)",
        r"(?:ingenomen|genomen|geslikt) *6 (?:zoals (?:elke|iedere|altijd|gewoonlijk|gewoon|de"
        r" (?:dokter|huisarts|arts|apotheek)|het hoort|voorgeschreven|afgesproken)|volgens"
        r" (?:voorschrift|de (?:dokter|huisarts|arts|bijsluiter)|het schema)|netjes|keurig"
        r"|braaf|op tijd)",
        r"(?:elke|iedere) (?:ochtend|avond|dag|morgen) *6 (?:ingenomen|genomen|geslikt)",
        # Round 16: the plain report "ik heb mijn pillen genomen", no amount in it (not "al
        # mijn", "alle", a number: those are no routine and stay with the acute rules).
        r"(?<=# )(?:ik )?heb (?:net |zojuist |vandaag |vanochtend |vanavond |vanmorgen |weer )?"
        r"(?:mijn|m'n|mn) (?:pillen|medicijnen|medicatie|tabletten|pilletjes) (?:weer |al )?"
        r"(?:genomen|ingenomen)(?= # )",
        # Round 17: a diabetic's daily insulin sum (a dose "uitgerekend" alone reads as a plan
        # to the model).
        r"(?:dosis|hoeveelheid|eenheden) (?:insuline|novorapid|lantus|humalog|fiasp|toujeo)"
        r" *4 (?:uitgerekend|berekend|gespoten|aangepast|verhoogd|verlaagd|gegeven)",
        r"(?:insuline|novorapid|lantus|humalog|fiasp|toujeo) *4 (?:eenheden|koolhydraten|suiker"
        r"|bloedsuiker|glucose)",
    ]
)
# ... unless taken at once or in excess ("voor de hele week in een keer").
NOT_ROUTINE: Final = compile_specs(
    [
        r"in (?:een|1) keer|ineens|tegelijk|allemaal|te veel|teveel|overdosis|expres|opzettelijk"
        r"|hele (?:week|maand|strip|doos|pot)|(?:om|wil|wou) *3 (?:dood|sterven|niet meer)"
        # Round 19: a question whether one dies of it is no routine ("kun je doodgaan van
        # insuline als je geen suiker hebt").
        r"|doodgaan|dood gaan|sterven (?:aan|van)|het niet overleven|dodelijk\w*"
    ]
)


MEANS_QUESTION: Final = compile_specs(
    [
        r"(?:hoe hoog|hoeveel meter|hoeveel verdiepingen|welke verdieping|hoogste) *6 "
        + _HIGH_PLACE,
        rf"{_HIGH_PLACE} *6 (?:hoe hoog|hoeveel meter|hoogste|hoog genoeg)",
        r"(?:hoe hoog|hoeveel meter) *4 (?:is|zijn|ligt|staat)",
        r"(?:hoogste|hoge) (?:brug|flat|gebouw|toren|dak|viaduct)\w*",
        rf"hoeveel *4 {_SUBSTANCE}",
        rf"{_SUBSTANCE} *6 (?:hoeveel|maximaal|te veel|teveel|gevaarlijk|dosis|mg|milligram)",
        r"(?:dosis|dosering|hoeveelheid|mg|milligram) *6 (?:gevaarlijk|te veel|teveel|maximaal"
        r"|dodelijk\w*|fataal)",
        r"(?:hoe lang|hoelang) duurt *6 (?:voordat|voor|om|tot|het|je)",
        r"(?:bewusteloos|stikken|verdrinken|doodbloeden|onderkoeling|kou) *4 (?:raken|duurt|lang)",
        r"hoe koud *4 (?:water|zee|kanaal|rivier|meer)",
        r"(?:touw|strop|koord|riem|haak|balk) *6 (?:sterk|stevig|dragen|houdt|kopen|waar)",
        r"(?:waar|hoe) *4 (?:kopen|krijgen|kom ik aan|vind ik) *4 (?:touw|pillen|wapen|pistool"
        r"|gif|slaappil\w*|medicijn\w*|mes)",
        r"(?:trein|intercity|sneltrein|goederentrein)\w* *6 (?:hoe laat|hoe hard|hoe snel|snelheid"
        r"|rijdt|langs|door)",
        r"(?:hoe laat|wanneer) *4 (?:trein|intercity)\w*",
        r"(?:welk|welke|wat voor) (?:gif|middel|medicijn\w*|pillen) *6 (?:snelst|sterkst|werkt)",
    ]
)

# After a risk sign or strong distress: preparation said plainly is a plan (the lines at
# once). Alone, "ik heb een touw gekocht" or "de datum staat vast" is everyday talk.
PREPARED_IN_CONTEXT: Final = compile_specs(
    [
        # Means at hand: bought, saved up, ready.
        rf"(?:touw|strop|mes|messen|scheermes\w*|wapen|pistool|gif|{_SUBSTANCE}) *6"
        r" (?:gekocht|gehaald|opgespaard|gespaard|verzameld|klaargelegd|klaar|verstopt|bij de hand"
        r"|in huis|besteld|liggen klaar|ligt klaar|hangt klaar|apart gelegd|apart gezet|bewaard"
        r"|klaarliggen|klaar liggen|klaarstaan|klaarleggen|klaargezet"
        r"|achtergehouden|opzij gelegd|niet ingenomen)",
        rf"(?:gekocht|gehaald|opgespaard|gespaard|verzameld|besteld|klaargelegd|apart gelegd"
        rf"|bewaard|opzij gelegd) *4"
        rf" (?:touw|strop|mes|wapen|gif|{_SUBSTANCE})",
        # A day, a place, letters.
        r"(?:datum|dag|tijdstip|moment) *3 (?:staat vast|gekozen|geprikt|bepaald|uitgekozen"
        r"|gepland)",
        r"(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|morgen|overmorgen|vanavond"
        r"|vannacht|volgende week|dit weekend) *3 is het zover",
        r"(?:plek|plaats|plek\w*) *3 (?:uitgekozen|gekozen|gevonden|bekeken)",
        rf"(?:bij|naar|op) (?:de|het|een) (?:spoor|rails|{_HIGH_PLACE}) *3 (?:gaan )?"
        r"(?:kijken|gekeken|geweest|gestaan)",
        r"(?:brie[fv]\w*|briefje\w*) *6 (?:geschreven|klaar|ligt|liggen|neergelegd)",
        r"(?:weet|heb) *3 (?:waar|hoe|wanneer) ik het *2 (?:ga|wil|zal) doen",
        # Affairs settled, subscriptions stopped "because I won't need it".
        r"(?:alles|spullen|zaken|papieren) *4 (?:geregeld|verdeeld|op orde)",
        r"(?:opgezegd|afgesloten|stopgezet) *6 (?:niet meer nodig|hoeft niet meer)",
    ]
)

# Round 16: "ik ga het doen" (or a plan made) said plainly beside a sign in the same
# message ("als ik er straks niet meer ben, ik ga het doen"). Not after a sign in an
# earlier message: there it is as often the answer to the bot's "bel nu 113".
DOING_IT: Final = compile_specs(
    [
        r"(?:(?:ik|#) {ADV}(?:ga|zal)|(?:ga|zal) ik) het {ADV}(?:echt |toch )?doen(?= (?:#|,"
        r"|@\S+|en|maar|dag|sorry|doei|vaarwel|bye) )",
        # Round 16h: "en dat ik een plan heb gemaakt" (in a later message as often the plan
        # to call someone).
        r"(?:heb|had) *2 een plan *2 (?:gemaakt|bedacht|klaar|uitgewerkt)(?= (?:#|,|@\S+|en) )",
    ]
)

DISTRESS: Final = compile_specs(
    [
        r"(?:voel|vind) (?:me|mij|mezelf) *3 (?:niks|niets|geen zak|geen donder) waard",
        r"(?:ben|voel me|voel mij) *3 (?:niks|niets) waard",
        r"(?:voel|ben) *3 (?:waardeloos|nutteloos|overbodig|een mislukking|mislukt|leeg"
        r"|wanhopig|radeloos|kapot vanbinnen|kapot van binnen|een last|hopeloos|zinloos)",
        # "ik ben helemaal op" (worn out), not "boos op mijn zus" or "trots op mezelf".
        r"(?:voel|ben) *3 op(?= (?:#|,|@\S+|en|maar|vandaag|nu) )",
        r"(?:haat|walg van) (?:mezelf|mijzelf|mijn eigen|mij)",
        r"(?:alles|het leven|mijn leven) (?:is|voelt) *2 (?:zinloos|leeg|zwart|hopeloos"
        r"|niks waard)",
        r"niemand (?:geeft|zou) *4 (?:om mij|om me|me missen|mij missen)",
        r"(?:kan|trek) *3 (?:het|dit) *2 niet meer",
        r"zie *3 geen (?:zin|uitweg|toekomst)",
        r"verdien *4 (?:niet|geen|niks|pijn|straf|het niet)",
    ]
)


# Talk about the subject rather than about oneself: news, books, films, songs, games,
# school, study, training, work in care. With one of these, a rule's hit counts only
# when the model also reads the user's own risk (bot.core.safety.screen).
FRAME: Final = compile_specs(
    [
        # ("slecht nieuws" from a doctor is no news item.)
        r"(?:krant|(?<!slecht )(?<!goed )nieuws|journaal|artikel|documentaire|reportage|podcast"
        r"|programma|uitzending"
        r"|radio|tv|televisie|talkshow|column|boek|roman|film|serie|verhaal|liedje|lied|song"
        r"|songtekst|tekst van|gedicht|toneelstuk|opera|musical|game|spel|personage|hoofdpersoon"
        r"|hoofdrol\w*|detective|thriller|scriptie|werkstuk|profielwerkstuk|essay|paper"
        r"|presentatie|spreekbeurt|lezing|training|cursus|workshop|e-learning|opleiding|studie"
        r"|onderzoek|tentamen|examen|ehbo|anatomie|stage|vrijwilliger\w*|protocol|campagne"
        r"|preventie\w*|cijfers"
        r"|statistiek\w*|gastles|les|college|seminar|congres|folder|poster|voorlichting|klas"
        r"|psychiater|psycholoog|huisarts|verpleegkundige|hulpverlener|therapeut|docent|leraar"
        r"|patient|patienten|client|clienten|leerling|leerlingen|thesis|masterthesis|masterproef"
        r"|bijscholing|nascholing|mentor|thuiszorg|wijkzorg|ggz|signalen)\w*",
    ]
)

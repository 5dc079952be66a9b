"""Worry about someone else at risk (a naaste), jokes after a disclosure, and all the
pattern lists compiled once."""

from __future__ import annotations

import re
from typing import Final, Literal

from bot.core.safety.pattern_language import _compile, _compile_shared_start, _index
from bot.core.safety.patterns import (
    _CLEAR_BURDEN,
    _CLEAR_EXPLICIT,
    _CLEAR_GOODBYE,
    _CLEAR_METHOD,
    _CLEAR_NO_LONGER,
    _CLEAR_PASSIVE,
    _CLEAR_SELF_HARM,
    _IDIOM_SPECS,
)
from bot.core.safety.patterns_forms import (
    _CLEAR_EXPLICIT_FORMS,
    _CLEAR_METHOD_FORMS,
    _CLEAR_SELF_HARM_FORMS,
)
from bot.core.safety.patterns_hints import _HINT_BURDEN, _HINT_GOODBYE, _HINT_INDIRECT
from bot.core.safety.patterns_indirect import (
    _UNCLEAR_BURDEN_HINTS,
    _UNCLEAR_GOODBYE_HINTS,
    _UNCLEAR_HOPELESS_FORMS,
    _UNCLEAR_PASSIVE_FORMS,
    _UNCLEAR_PASSIVE_HINTS,
    _UNCLEAR_PLANS_HINTS,
    _UNCLEAR_SELF_HARM_HINTS,
)
from bot.core.safety.patterns_plans import _CLEAR_PLANS, _UNCLEAR_PLANS
from bot.core.safety.patterns_unclear import (
    _GRIEF_CONTEXT,
    _LIFE_NOT_PLACE,
    _REUNION,
    _SKULL_WORDS,
    _THIRD_PARTY,
    _TOPIC,
    _UNCLEAR_BURDEN,
    _UNCLEAR_GOODBYE,
    _UNCLEAR_HOPELESS,
    _UNCLEAR_HYPERBOLE,
    _UNCLEAR_METHOD,
    _UNCLEAR_PASSIVE,
    _UNCLEAR_SELF_HARM,
    _UNCLEAR_SLANG,
)

# The other person's attempt happening now: part of the worry below, and (in
# bot.core.safety.situations.ACUTE_OTHER) what makes it 112 first for them.
# (Round 12: also with the verb last, "... dat ze al haar pillen heeft ingenomen".)
OTHER_PILLS_NOW: Final = (
    r"(?:(?:al (?:zijn|haar|z'n|d'r)|alle|te veel|teveel|een hele (?:strip|doos|pot))"
    r" (?:pillen|medicijnen|tabletten|slaappillen) (?:heeft|had) (?:genomen|ingenomen|geslikt)"
    r"|(?:heeft|had) {ADV}(?:net |zojuist |vanavond )?(?:(?:al (?:zijn|haar|z'n|d'r)|alle"
    r"|te veel|teveel|een hele (?:strip|doos|pot)) (?:pillen|medicijnen|tabletten|slaappillen)"
    r" *2 |een overdosis (?!(?:suiker|cafeine|koffie|chocola\w*|snoep|zon|vitamine\w*|drop|tv"
    r"|netflix|liefde|knuffels|energie) )(?:\S+ )?|(?:te veel|teveel) van (?:zijn|haar|z'n|d'r)"
    r" (?:pillen|medicijnen|tabletten|slaappillen|medicatie) )(?:genomen|ingenomen|geslikt))"
)
OTHER_ON_THE_EDGE: Final = (
    r"(?:staat|zit) *3 op (?:de|het|een) (?:brug|dak|rand|spoor|balkon|reling) *4 (?:wil|gaat"
    r"|dreigt) *2 springen"
)

# --------------------------------------------------------------------------
# Someone else at risk: the user worries about a naaste
# --------------------------------------------------------------------------
# "mijn zoon wil dood", "ons moeder wil niet meer leven", "ik ben bang dat ze
# zichzelf iets aandoet". Death as a fact ("mijn oma is dood gegaan", "mijn
# moeder gaat dood") and death as an exaggeration ("mijn zus wil dood van
# verveling") are not a risk. Completed suicide ("heeft zelfmoord gepleegd") is
# grief and stays with the patterns above.
_OTHER_SPECS: Final = [
    # Main clause: "mijn broer wil er een eind aan maken", "hij wil niet meer leven".
    r"{SUBJ_O} {GAP_O}{WANTS} {ADV}(?:{DEATH}(?! (?:van|aan) (?:de |het )?{FIG} ){DEND}"
    r"|niet (?:meer|langer) (?:leven|verder leven|bestaan)(?! zo| op deze manier| met| in| als"
    r"| zonder| hier)"
    r"|er {ADV}niet (?:meer|langer) {ADV}zijn(?! voor| bij| om| op)"
    r"|{END_IT} (?:maken|breien)|uit het leven (?:stappen|gaan)"
    r"|{POSS_O} (?:eigen )?leven (?:beeindigen|beindigen|nemen|afsluiten)"
    r"|niet (?:meer|langer) verder(?= (?:#|,|@\S+) ))",
    # Verb last: "dat mijn zoon dood wil", "dat ze er niet meer wil zijn".
    r"{SUBJ_O} {GAP_O}{DEATH} {ADV}{WANTS}(?: gaan)?(?! (?:van|aan) (?:de |het )?{FIG} ){DEND}",
    r"{SUBJ_O} {GAP_O}(?:er {ADV})?niet (?:meer|langer) {ADV}{WANTS} (?:leven|zijn|bestaan)",
    r"{SUBJ_O} {GAP_O}{END_IT} {ADV}{WANTS} (?:maken|breien)",
    r"{SUBJ_O} {GAP_O}uit het leven {ADV}{WANTS} (?:stappen|gaan)",
    # Talking, thinking, threatening: "mijn broer heeft het over een einde eraan
    # maken", "ze denkt erover om zichzelf iets aan te doen", "hij dreigt ermee".
    r"{SUBJ_O} {GAP_O}(?:(?:heeft|had|hebben) {ADV}het {ADV}over|(?:praat|praatte|praten"
    r"|spreekt|sprak|begint|begon|schrijft|schreef) {ADV}over|(?:denkt|dacht|denken|dachten)"
    r" {ADV}(?:aan|over|erover|erover na)(?: om)?|(?:dreigt|dreigde|dreigen|dreigden)"
    r"(?: {ADV}(?:met|ermee))?(?: om)?|zegt|zei|schrijft|schreef|appt|appte|roept|riep"
    r"|(?:overweegt|overwoog)(?: om)?|(?:speelt|speelde) {ADV}met de gedachte(?: om| aan)?)"
    r" {ADV}(?:{END_IT} (?:te )?maken|niet meer (?:te )?(?:willen )?(?:te )?(?:leven|zijn)"
    r"|er niet meer (?:te )?(?:willen )?(?:te )?zijn|dood (?:te )?willen(?: gaan)?"
    r"|(?:te )?willen sterven|{SELF_O} {ADV}(?:iets |wat |pijn )?{ADV}(?:aan te doen|aandoen"
    r"|te doen)|{SELF_O} {ADV}van kant te maken|{SELF_O} te (?:doden|verhangen)"
    r"|{SELF_O} op te hangen"
    r"|uit het leven (?:te )?stappen|{POSS_O} (?:eigen )?leven te (?:beeindigen|nemen))",
    # Words for it near the person: "mijn dochter heeft zelfmoordgedachten", "hij
    # is suïcidaal", "de zelfmoordpoging van mijn zus". Not "pleegde zelfmoord".
    r"{SUBJ_O} {GAP_N}(?<!pleegde )(?<!pleegden )(?<!door )(?:zelfmoord\w*|zelfdoding\w*|suicid\w*"
    r"|suicidaal|zelfbeschadig\w*|zelfverwond\w*|automutil\w*|doodswens|levensmoe\w*)"
    r"(?! (?:gepleegd|heeft gepleegd|hebben gepleegd|pleegde|pleegden|om het leven))",
    r"(?:zelfmoord\w*|zelfdoding\w*|suicid\w*|zelfbeschadig\w*|doodswens) (?:van|bij) {OTHER}",
    # Hurting themselves, with or without a subject: "dat ze zichzelf iets
    # aandoet", "mijn dochter snijdt zichzelf", "hij gaat z'n eigen iets aandoen".
    r"{SELF_O} {ADV}(?:iets |wat )?{ADV}(?:(?:wil|wou|zal|gaat|zou|kan|gaan|zullen) {ADV})?"
    r"{HURT_O}",
    r"{SELF_O} {ADV}(?:iets|wat) aan {ADV}(?:wil|zal|gaat|zou|kan) doen",
    r"(?:doet|deed|doen) {ADV}{SELF_O} {ADV}(?:pijn|iets aan|wat aan)",
    r"(?:snijdt|sneed|krast|kraste|kerft|verwondt|verwondde|brandt|verhangt|verhing|doodt)"
    r" {ADV}(?:zichzelf|z'n eigen|zijn eigen|haar eigen|d'r eigen)(?! (?:aan|bij|met|tijdens|per"
    r"|in (?:de|zijn|z'n|haar|d'r) (?:vinger|duim|hand)\w*) )",
    r"(?:hangt|hing) {ADV}(?:zichzelf|zich) {ADV}op",
    # "mijn zoon ziet het niet meer zitten": said of someone else, often a
    # careful way to say it.
    r"{SUBJ_O} {GAP_O}(?:ziet|zag|zien) {ADV}(?:het|het leven|het allemaal|dat|dit) {ADV}"
    r"(?:niet|niet echt) meer zitten(?= (?:#|,|@\S+|en|maar) )",
    r"{SUBJ_O} (?:het|het leven|het allemaal) {ADV}niet meer (?:ziet|zag|zien) zitten",
    # Round 9: cutting told of someone else, a passive wish or burden in reported speech,
    # an attempt made, pills taken or a bridge stood on by the other person now.
    r"{SUBJ_O} {GAP_O}(?:krast|kraste|snijdt|sneed|kerft) {ADV}(?:in|op) (?:haar|zijn|z'n|d'r"
    r"|hun) (?:arm|armen|pols|polsen|benen|been|huid|dijen|buik|bovenbeen)\w*",
    r"{SUBJ_O} {GAP_O}(?:zegt|zei|zeggen|appt|appte|schrijft|schreef|vertelt|vertelde|roept"
    r"|riep) {ADV}(?:dat )?(?:hij|zij|ze|ie) *3 (?:beter dood|liever dood|het leven moe"
    r"|afscheid (?:neemt|nam|wil nemen)|er niet meer wil zijn|niet meer wil)",
    # Round 10: pills saved or a goodbye letter written by the other person; no one would
    # miss them, they will not be alive tomorrow, done with life, in reported speech.
    r"{SUBJ_O} {GAP_O}(?:heeft|had) {ADV}(?:pillen|medicijnen|slaappillen|tabletten) {ADV}"
    r"(?:gespaard|opgespaard|verzameld|verstopt)(?!(?: \S+){0,6} (?:reis|vakantie|malaria"
    r"|kinderen|kleinkinderen|apotheek|bereik|veilig) )",
    r"{SUBJ_O} {GAP_O}(?:heeft|had) {ADV}(?:een )?(?:afscheidsbrief|afscheidsbrieven) {ADV}"
    r"(?:geschreven|achtergelaten|gestuurd)(?!(?: \S+){0,6} (?:collega\w*|pensioen|werk|school"
    r"|vertrek|verhuizing|klas|team|club) )",
    r"{SUBJ_O} {GAP_O}(?:zegt|zei|appt|appte|schrijft|schreef) *3 dat niemand (?:hem|haar) {ADV}"
    r"(?:zou|zal) missen(?!(?: \S+){0,2} (?:op|bij|in|tijdens) (?:het|de|een|die|dat) )",
    r"{SUBJ_O} {GAP_O}(?:zegt|zei|appt|appte|schrijft|schreef) {ADV}dat (?:hij|ze|zij|ie) {ADV}"
    r"(?:morgen|straks|volgende week|binnenkort) {ADV}niet meer (?:leeft|bestaat|er is)",
    r"(?:zegt|zei|appt|appte|schrijft|schreef) {ADV}dat (?:hij|ze|zij|ie) *3 klaar (?:mee )?is"
    r" *3 (?:met )?(?:het|zijn|haar) leven(?! (?:als|in|op|hier|van|bij|daar) )",
    # Round 10, from the training corpus's naasten misses: what the other person said
    # or sent, reported with "dat hij/ze ..." ("mijn dochter stuurde me een bericht dat
    # ze gaat springen", "mijn man zegt dat hij het leven beu is"). Not the user's own
    # words to them ("ik zei dat hij niet moet springen").
    r"(?<!ik )(?:zegt|zei|zeggen|appt|appte|schrijft|schreef|stuurde|stuurt|post|postte"
    r"|gezegd|vertelt|vertelde|dreigt|dreigde|roept|riep|berichten|bericht|appjes|appje)"
    r" *4 dat (?:hij|ze|zij|ie)(?!(?: \S+){0,3} niet )(?!(?: \S+){0,8} (?:duikplank|zwembad"
    r"|bungee\w*|trampoline|parachute|sloot|eten|slapen|ontbijt|dokter|huisarts) ) *5"
    r" (?:gaat |wil |zal |wou )?(?:springen(?= (?:#|,|@\S+) )|zich {ADV}van kant"
    r"|zichzelf {ADV}van kant|het leven {ADV}(?:beu|zat|moe)" + _LIFE_NOT_PLACE + r"|(?:al (?:haar"
    r"|zijn|z'n|d'r) |alle |een hele (?:strip|doos|pot) )pillen (?:gaat |wil |zal )?(?:nemen"
    r"|innemen|slikken)|pillen (?:gaat |wil |zal )?(?:nemen|innemen|slikken)(?= (?:#|,|@\S+) )"
    r"|een eind aan (?:haar|zijn|z'n|d'r) leven|zichzelf (?:wil |gaat )?(?:kms|doden|ophangen"
    r"|verhangen))",
    r"{SUBJ_O} {GAP_O}(?:heeft|had) {ADV}(?:gisteren|vannacht|vorige week|vorig jaar|vandaag"
    r"|laatst|ooit) {ADV}(?:een )?(?:poging|zelfmoordpoging) (?:gedaan|ondernomen)"
    r"(?! (?:om|tot) (?!zelf))",
    r"{SUBJ_O} {GAP_O}(?:heeft|had) {ADV}(?:net |zojuist |vannacht |gisteren )?(?:pillen"
    r"|een overdosis|te veel pillen) *2 (?:genomen"
    r"|geslikt|ingenomen) *6 (?:ziekenhuis|eerste hulp|ambulance|spoed|reageert raar"
    r"|reageert niet|is suf|wordt niet wakker|valt weg)",
    r"{SUBJ_O} {GAP_O}(?:heeft|had) {ADV}het {ADV}over *2 (?:van (?:het|de|een) (?:dak|brug|flat"
    r"|balkon) {ADV}(?:af )?springen|springen|zich op te hangen)",
    r"{SUBJ_O} {GAP_O}(?:stuurde|stuurt|heeft|postte|post|plaatste) {ADV}(?:net |zojuist"
    r" |gisteren |vannacht )?(?:een |me een |mij een )?(?:afscheidsbericht|afscheidsbrief"
    r"|afscheidsvideo)",
    r"{SUBJ_O} {GAP_O}(?:zegt|zei|appt|appte|schrijft|schreef) {ADV}dat het (?:voor (?:hem|haar) )?"
    r"{ADV}niet meer hoeft(?= (?:#|@\S+|, (?:ik|en|maar|hij|ze)) )",
    # "zonder hem/haar" says who is meant, with or without the person named before it.
    r"(?<!ik )(?:zegt|zei|zeggen|appt|appte|schrijft|schreef|vertelt|vertelde) *4 beter af (?:is"
    r"|zijn|zou zijn|was|zouden zijn) zonder (?:hem|haar)",
    r"(?:stem|stemmen) *3 (?:hem|haar) *3 (?:vertellen|zeggen|bevelen|zegt|vertelt) *3 (?:te )?"
    r"(?:springen|sterven|dood|zich)",
    r"{SUBJ_O} {GAP_O}(?:post|postte|plaatst|deelt) *3 (?:dingen|berichten|foto's|stories"
    r"|filmpjes) over (?:doodgaan|dood willen|zelfmoord|zelfbeschadiging|snijden)(?!(?: \S+){0,3}"
    r" (?:games?|spel\w*|film\w*|serie\w*|boek\w*|school|les) )",
    r"{SUBJ_O} {GAP_O}(?:heeft|had) {ADV}(?:een )?(?:touw|strop) gekocht *4 (?:doet|praat|is"
    r"|gedraagt zich) {ADV}(?:raar|vreemd|anders)",
    r"{SUBJ_O} {GAP_O}(?:heeft|had) {ADV}(?:weer |opnieuw )?(?:zichzelf )?(?:gesneden|gekrast)"
    r"(?! (?:in|aan|met) (?:de|het|een|haar|zijn) (?:vinger|duim|hand|papier|keuken)\w* )",
    # Round 10: reported speech with the verb last ("ze appt dat ze er een eind aan gaat
    # maken").
    r"{SUBJ_O} {GAP_O}(?:zegt|zei|appt|appte|schrijft|schreef|dreigt|dreigde|vertelt|vertelde)"
    r" {ADV}(?:dat )?(?:hij|zij|ze|ie) {ADV}{END_IT} {ADV}(?:(?:gaat|wil|zal|gaan|wou) maken"
    r"|maakt)(?! (?:met|aan) )",
    r"{SUBJ_O} {GAP_O}(?:heeft|had) {ADV}(?:een |al een |al eens een )?(?:poging"
    r"|zelfmoordpoging) (?:gedaan|ondernomen)(?! (?:om|tot) (?!zelf))",
    r"{SUBJ_O} {GAP_O}" + OTHER_PILLS_NOW,
    r"{SUBJ_O} {GAP_O}" + OTHER_ON_THE_EDGE,
    # English.
    r"(?:my (?:\S+ )?(?:son|daughter|friend|mom|mother|dad|father|brother|sister|wife|husband"
    r"|partner|boyfriend|girlfriend|kid|child)|he|she|they) (?:wants|want|wanted|is going|is"
    r" planning|says (?:he|she) wants|talks about wanting) to (?:die|kill (?:himself|herself"
    r"|themselves)|end (?:his|her|their) life)",
    r"(?:kill|killing|kills) (?:himself|herself|themselves)|(?:he|she|they|he's|she's|they're)"
    r" (?:is |are )?suicidal",
]

# A voice that tells the person to hurt or kill themselves (command hallucinations).
_CLEAR_COMMAND_VOICE: Final = [
    # Round 4, from the training corpus: the voice "in my head", "commanderen", "ik hoor".
    r"(?:in (?:mijn|m'n|mn) (?:hoofd|kop)|(?:mijn|m'n) gedachten|ik hoor {ADV}(?:iets|iemand"
    r"|een stem|stemmen|mijn naam|een man|een vrouw|een kind|een jongen|een meisje|mensen))"
    r" *5 (?:zegt|zeggen|zei|beveelt|bevelen|commandeert|commanderen|wil"
    r"|willen|fluistert|fluisteren|roept|roepen|dwingt|dwingen|schreeuwt|schreeuwen|dat ik) *5"
    r" (?:dood|sterven|springen|spring|sterf|mezelf|pillen|trein|niet mag (?:blijven |meer )?leven"
    r"|pijn|verdwijnen"
    r"|moet gaan(?= (?:#|,|@\S+) )|van (?:het|de) \S+ stap|niet verdien te leven|doodga|dood ga"
    r"|het moet doen(?= (?:#|,|@\S+) ))",  # (not "dat ik moet gaan slapen")
    r"(?:stem|stemmen) *8 (?:commandeert|commanderen|wil|willen|eist|eisen) *4 (?:dat ik|me|mij"
    r"|om) *4 (?:spring|springen|sterf|sterven|dood|trein|pillen|mezelf|snijd|snijden|het mes pak"
    r"|het mes pakken|het touw pak)",
    r"(?:stem|stemmen|stemmetje|iets|iemand) *4 (?:zegt|zeggen|zei|zeiden|vertelt|vertellen"
    r"|beveelt|bevelen|wil|willen|fluistert|fluisteren|roept|roepen|dwingt|dwingen|schreeuwt"
    r"|schreeuwen|herhaalt|blijft zeggen) *4 (?:dat )?(?:ik|me|mij|mezelf) *4 (?:moet|zal|mag"
    r"|ga|te) *4 (?:springen|spring|sterven|dood|snijden|snijd|doden|pijn doen|iets aandoen"
    r"|ophangen|verdrinken|pillen|slikken|te gaan|verdwijnen|er een eind aan)",
    r"(?:stem|stemmen) *6 (?:opdracht|bevel|bevelen|opdrachten) *6 (?:sterven|dood|snijden|pijn"
    r"|springen|doden|iets aan te doen)",
    # Round 13i: the command after a colon ("mijn gedachten zeggen steeds: maak het af").
    r"(?:gedachten|stem|stemmen|hoofd|kop) *4 (?:zegt|zeggen|roept|roepen|fluistert|fluisteren"
    r"|schreeuwt|schreeuwen|zei|zeiden) {ADV}(?:#|,) (?:maak het af|doe het|spring|sterf|ga dood"
    r"|maak er een eind aan|snij|neem ze (?:allemaal|alle)|slik ze|neem alles|pak het mes)"
    r"(?= (?:#|,|@\S+) )",
    # Round 12: told to take the means ("ik hoor iemand die zegt dat ik een mes moet pakken").
    r"(?:ik hoor (?:iets|iemand|een stem|stemmen)|stem|stemmen|in (?:mijn|m'n) (?:hoofd|kop)) *5"
    r" (?:zegt|zeggen|zei|zeiden|beveelt|fluistert|roept|blijft zeggen) *2 dat ik *2 (?:een |het"
    r" |de |mijn )?(?:mes|mesje|scheermes\w*|touw|strop|pillen|medicijnen) *2 moet (?:pakken"
    r"|nemen|halen|gebruiken|slikken)",
    # Round 15d: the voice says "it" must happen tonight.
    r"(?:stem|stemmen|stemmetje|in (?:mijn|m'n|mn) (?:hoofd|kop)) *4 (?:zegt|zeggen|zei|zeiden"
    r"|fluistert|fluisteren|roept|roepen|schreeuwt|blijft zeggen) *2 dat het {ADV}(?:moet"
    r" gebeuren|moet|nu moet)(?= (?:#|,|@\S+) )",
    # Round 15: the verb before the head ("ze zeggen in mijn hoofd dat ik het mes moet pakken").
    r"(?:zegt|zeggen|zei|zeiden|fluistert|fluisteren|roept|roepen|schreeuwt|schreeuwen|beveelt"
    r"|bevelen) (?:\S+ ){0,2}in (?:mijn|m'n|mn) (?:hoofd|kop) *3 (?:dat )?(?:ik|me|mij|mezelf)"
    r" *4 (?:moet|zal|mag|ga|te) *4 (?:springen|spring|sterven|dood|snijden|snijd|doden"
    r"|pijn doen|iets aandoen|ophangen|verdrinken|pillen|slikken|mes|touw|er een eind aan"
    r"|verdwijnen)",
    r"(?:zegt|zeggen|zei|zeiden|fluistert|fluisteren|roept|roepen|schreeuwt|schreeuwen|beveelt"
    r"|bevelen) (?:\S+ ){0,2}in (?:mijn|m'n|mn) (?:hoofd|kop) *3 dat ik *2 (?:een |het |de"
    r" |mijn )?(?:mes|mesje|scheermes\w*|touw|strop|pillen|medicijnen) *2 moet (?:pakken|nemen"
    r"|halen|gebruiken|slikken)",
    # Round 10: heard again and again, with no voice named ("ik hoor steeds dat ik dood moet").
    r"ik hoor {ADV}(?:steeds|telkens|constant|continu|de hele dag|elke dag|vaak|weer|de hele"
    r" tijd) {ADV}dat ik {ADV}(?:dood moet|moet sterven|moet springen|moet doodgaan|mezelf moet"
    r"|dood mag|niet mag leven)",
    # Verb last: "de stemmen zeggen dat ik mezelf pijn moet doen".
    r"(?:stem|stemmen) *4 (?:zegt|zeggen|zei|zeiden|vertelt|vertellen|wil|willen|fluistert"
    r"|roept|roepen|dwingt|dwingen|schreeuwt|blijft zeggen) *3 dat (?:ik|je) *5 (?:pijn moet doen"
    r"|iets moet aandoen|moet aandoen|dood moet|moet sterven|moet springen|moet snijden"
    r"|moet doden|moet ophangen|dood moet gaan)",
    # Round 6, from the training corpus: whispering, "my head" or a god that tells.
    r"(?:fluisteren|fluistert|gefluister|mijn hoofd|m'n hoofd|god|de duivel|satan|iets in mij)"
    r" *4 (?:zegt|zeggen|zei|roept|beveelt|dat ik|:|#) *4 (?:de pillen moet nemen|moet springen"
    r"|moet sterven|naar (?:hem|haar|hen) toe moet komen(?= (?:#|,|@\S+|nu) )"
    r"|doe het (?:nou|nu|maar|dan)|mezelf moet)",
    # Round 16: a dead parent or partner heard calling one to come to them.
    r"(?:hoor|zie|droom van) *3 (?:overleden|dode|gestorven|verongelukte) \S+ *4 (?:zegt|zeggen"
    r"|roept|vraagt|fluistert|zei) *4 (?:naar (?:hem|haar|hen) toe (?:moet )?(?:komen|gaan)"
    r"|bij (?:hem|haar|hen) (?:moet )?komen|moet komen|moet volgen)",
    # Round 14: the voice says others are better off "als ik spring".
    r"(?:stem|stemmen|stemmetje) *4 (?:zegt|zeggen|zei|zeiden|fluistert|fluisteren|roept"
    r"|herhaalt) *8 als ik (?:spring|dood ben|dood ga|doodga|er niet meer ben|sterf|weg ben"
    r"|verdwijn)",
    # Round 17, from missed corpus lines: the voices named, then "ze zeggen dat ik voor de
    # trein moet"; the voice says one "moet gaan" (the sentence ends there).
    r"(?:stem|stemmen|stemmetje) *8 (?:ze|die|hij|het) {ADV}(?:zeggen|zegt|roepen|roept"
    r"|fluisteren|fluistert|schreeuwen) *2 dat ik *3 (?:voor|onder) (?:de|een) (?:trein|auto"
    r"|bus|vrachtwagen|metro|tram) (?:moet|zou moeten|moet springen|moet lopen)",
    r"(?:stem|stemmen|stemmetje) *4 (?:zegt|zeggen|zei|zeiden|fluistert|fluisteren|herhaalt)"
    r" *8 dat ik {ADV}(?:moet|moeten) (?:gaan|verdwijnen)(?= (?:#|@\S+) )",
]

# With a worry about someone else, these bring the user in: "mijn zoon wil
# dood, en ik ook", "net als ik", "we willen allebei ...".
_ME_TOO: Final = [
    r"(?:en|maar|,|#) ik {ADV}ook(?= (?:#|,|@\S+|en|maar|wel|soms|eigenlijk|niet|hoor|al"
    r"|weleens) )",
    r"net (?:als|zoals) ik|zoals ik(?= (?:#|,) )|(?:wij|we) {ADV}(?:allebei|alle twee|beiden)",
]

# Soon after a sign (and the bot's direct question), "er" is what it asked about: "ik
# denk er soms wel aan", also after "nee maar", says yes to it; the crisis line, not the
# question again. Not when a clause says what "er" is ("..., om te verhuizen").
_IT_AGAIN: Final = [
    r"(?:denk|dacht|denken) {ADV}(?:er|daar) {ADV}(?:wel |nog |soms |vaak |af en toe |weleens"
    r" |wel eens |steeds |elke dag |iedere dag )*aan(?= (?:#|@\S+|ja|maar|hoor|eigenlijk) )",
]
# Taking it back after the bot reacted: "grapje", "was maar een geintje".
_JOKE: Final = [
    r"grapje\w*|geintje\w*|grap|gein|jk|jking|jokes|joke|joking|kidding|just kidding|dolletje",
    r"niet serieus|niet gemeend|niet zo bedoeld|niet echt (?:hoor|bedoeld|gemeend)",
    r"(?:meende|meen) (?:het|ik het|dat|ik dat|ik) {ADV}niet",
    r"(?:zit|zat) {ADV}te (?:dollen|geinen|klieren|fokken|stangen|gekken|ouwehoeren|trollen)",
    r"overdrijf|overdreef|overdreven|ironisch|sarcastisch|sarcasme|trollen",
]
# Laughter said in words ("ik lig in een deuk"): read as the laughing emoji (@lach), so
# "ik lig in een deuk, ik ga dood" is the joke that "ik ga dood 😂" is.
LAUGHING: Final = _compile(
    [
        r"(?:lig|ligt|lag|lagen|liggen) {ADV}(?:in een deuk|in een scheur|in de kreukels|dubbel"
        r"|krom|plat van het lachen)(?= (?:#|,|@\S+|ik|haha|echt|man|joh) )",
        r"(?:gier|gierde|brul|brulde|proest|proestte) {ADV}(?:het uit|van het lachen)",
    ]
)
_ONLY_LAUGHTER: Final = re.compile(
    r"^(?=.*@lach)(?: (?:@lach|#|,|@emo|nee|neen|neej|hoor|joh|man|ok|oke))+ $"
)

_IDIOMS: Final = _compile(_IDIOM_SPECS)
# Whether there is anything to replace at all, found faster than by the replacement
# itself (bot.core.regex_index): most messages hold no idiom and no other person.
IDIOMS_AT_ALL: Final = _index([_IDIOM_SPECS])
# Every clear and unclear rule list, by level and reason, in the order they are tried.
# The same lists give the typo repair its vocabulary (bot.core.safety.canonical), so a
# list added here is known to it too ("kerst" was once repaired to "kerf"). The acute
# and in-context patterns (bot.core.safety.situations) are not in that vocabulary.
CLEAR_SPECS: Final[tuple[tuple[str, list[str]], ...]] = (
    ("method", _CLEAR_METHOD),
    ("method", _CLEAR_METHOD_FORMS),
    ("explicit", _CLEAR_EXPLICIT),
    ("explicit", _CLEAR_EXPLICIT_FORMS),
    ("explicit", _CLEAR_NO_LONGER),
    ("self_harm", _CLEAR_SELF_HARM),
    ("self_harm", _CLEAR_SELF_HARM_FORMS),
    ("command_voice", _CLEAR_COMMAND_VOICE),
    ("passive_wish", _CLEAR_PASSIVE),
    ("burden", _CLEAR_BURDEN),
    ("goodbye", _CLEAR_GOODBYE),
    ("plans", _CLEAR_PLANS),
)
UNCLEAR_SPECS: Final[tuple[tuple[str, list[str]], ...]] = (
    ("self_harm", _UNCLEAR_SELF_HARM),
    ("passive_wish", _UNCLEAR_PASSIVE),
    ("passive_wish", _UNCLEAR_PASSIVE_FORMS),
    ("passive_wish", _UNCLEAR_PASSIVE_HINTS),
    ("method", _UNCLEAR_METHOD),
    ("burden", _UNCLEAR_BURDEN),
    ("goodbye", _UNCLEAR_GOODBYE),
    ("hopeless", _UNCLEAR_HOPELESS),
    ("hopeless", _UNCLEAR_HOPELESS_FORMS),
    ("slang", _UNCLEAR_SLANG),
    ("plans", _UNCLEAR_PLANS),
    ("plans", _UNCLEAR_PLANS_HINTS),
    ("goodbye", _HINT_GOODBYE),
    ("goodbye", _UNCLEAR_GOODBYE_HINTS),
    ("burden", _HINT_BURDEN),
    ("burden", _UNCLEAR_BURDEN_HINTS),
    ("hopeless", _HINT_INDIRECT),
    ("self_harm", _UNCLEAR_SELF_HARM_HINTS),
)
# The user's own risk: clear reasons first, then unclear, each pattern tried only when
# its words occur (bot.core.regex_index). RULE_LEVELS[i] is the level and reason of group i.
RULE_LEVELS: Final[tuple[tuple[Literal["clear", "unclear"], str], ...]] = tuple(
    [("clear", reason) for reason, _ in CLEAR_SPECS]
    + [("unclear", reason) for reason, _ in UNCLEAR_SPECS]
)
RULES: Final = _index([specs for _, specs in (*CLEAR_SPECS, *UNCLEAR_SPECS)])
_HYPERBOLE: Final = _compile(_UNCLEAR_HYPERBOLE)
_TOPIC_RE: Final = _compile(_TOPIC)
_SKULL_CONTEXT: Final = _compile(_SKULL_WORDS)
_REUNION_RE: Final = _compile(_REUNION)
_GRIEF_RE: Final = _compile(_GRIEF_CONTEXT)
_THIRD_PARTY_RE: Final = _compile(_THIRD_PARTY)
_OTHER_RE: Final = _compile_shared_start(_OTHER_SPECS, "{SUBJ_O} ")
OTHER_AT_ALL: Final = _index([_OTHER_SPECS])
_ME_TOO_RE: Final = _compile(_ME_TOO)
_JOKE_RE: Final = _compile(_JOKE)
_IT_AGAIN_RE: Final = _compile(_IT_AGAIN)

"""The person's own risk, unclear signs: worth one gentle, direct question (the check
question), as readable phrase patterns. Clear signs and idioms are in
:mod:`bot.core.safety.patterns`.

Every pattern has a comment with what it is for; examples live in the tests and the
corpus, never chosen by the held-out sets."""

from __future__ import annotations

from typing import Final

from bot.core.safety.patterns import _NOT_WORK_FAREWELL

# --------------------------------------------------------------------------
# Unclear risk: worth one gentle, direct question
# --------------------------------------------------------------------------
_UNCLEAR_SELF_HARM: Final = [
    # Past tense, no context: could be an accident, could be cutting.
    r"(?:heb|had) {ADV}{SELF_STRONG} {ADV}(?:gesneden|gebrand|verwond|beschadigd|pijn gedaan)"
    r"(?! (?:aan|in|bij|met|tijdens|door|op) )",
    r"(?:heb|had) {ADV}(?:me|mij) {ADV}(?:gesneden|verwond|beschadigd)(?= (?:#|,|@\S+|en|maar) )",
    r"{IW} {ADV}bloeden(?= (?:#|,|@\S+|en|maar) )",
    # Round 6: scars kept out of sight; old scars or new ones, worth one question.
    r"(?:littekens|sneetjes|krassen|snijwonden) op (?:mijn|m'n) (?:armen|arm|benen|been"
    r"|bovenbenen|bovenbeen|polsen|pols|buik|dijen|dij)(?!(?: \S+){0,5} (?:operatie|ongeluk|val"
    r"|keizersnede|brand|hond|kat|fiets\w*|vroeger|kind|kleine) )",
    r"lange mouwen *4 (?:zodat|omdat|anders) *3 (?:niemand|ze|mensen|iemand) *3 (?:armen|polsen"
    r"|littekens|wonden|ziet|zien)",
    # Round 8: hurt with a blade or a pair of scissors, no accident said; head or fist
    # against the wall when it gets too much.
    r"(?:heb|had) {ADV}{SELF_STRONG} {ADV}(?:verwond|gesneden|gekrast|kapot gemaakt|beschadigd)"
    r" met (?:een|het|mijn|m'n|de) (?:schaar|mes|mesje|scheermes\w*|glas|scherf|naald|passer)"
    r"(?!(?: \S+){0,5} (?:per ongeluk|bij het|tijdens|toen ik|koken|knip\w*|afwassen|uitschoot"
    r"|schoot uit) )",
    r"(?:bonk|bonkte|beuk|beukte|sla|sloeg|ram|ramde) {ADV}(?:met )?(?:mijn|m'n) (?:hoofd|kop"
    r"|vuist|vuisten) *3 (?:tegen|op) (?:de|een) (?:muur|deur|kast|vloer|grond)"
    r"(?!(?: \S+){0,4} (?:van woede"
    r"|uit woede|van boosheid|zo boos|zo kwaad) )",
]

# "Life" as a way of living somewhere ("het leven in de stad", "als student"): no wish.
_LIFE_NOT_PLACE: Final = r"(?! (?:in|op|hier|als|met|zonder|van|tussen|bij|daar) )"

_UNCLEAR_PASSIVE: Final = [
    r"als ik *3 {ADV}(?:zou )?(?:mogen|mag|mocht) (?:inslapen|sterven|heengaan|doodgaan)",
    # Round 13e: a pause "from life", gone from this life, cancer hoped to go fast,
    # euthanasia asked for oneself.
    r"(?:pauze|time-?out|timeout|rust) van (?:het|dit|mijn) leven",
    r"(?<!geen )(?:zin|drang|behoefte|neiging) (?:om )?(?:te sterven|dood te gaan|te verdwijnen"
    r"|er niet meer te zijn|niet meer te leven)",
    r"(?:weg te gaan|te vertrekken|te stappen|te verdwijnen) uit (?:dit|het|mijn) (?:leven"
    r"|bestaan)",
    r"(?:hoop|wens|bid) *4 (?:kanker|ziekte|einde|dood|het sterven) *3 (?:snel|gauw|vlug)"
    r" (?:gaat|komt|is|doorzet)",
    r"(?:ik|me|mij) *4 (?:ingeschreven|aangemeld|aangevraagd|aanvragen|vraag|aanvraag) *3"
    r" (?:voor |om )?euthanasie",
    r"(?:liggen|slapen|inslapen) *2 en {ADV}(?:nooit|niet) {ADV}meer (?:opstaan|op te staan"
    r"|wakker worden|wakker te worden)",
    # Round 13: the will to live gone, "er (voorgoed) uit stappen", a car hoped for.
    r"(?:levenswil|levenslust|levensmoed|wil om te leven|zin om te leven|zin in het leven)"
    r" *3 (?:weg|verdwenen|op|kwijt|nul|nihil|verloren|gedoofd|foetsie|helemaal weg)"
    r"(?= (?:#|,|@\S+) )|geen (?:levenswil|levenslust|levensmoed) meer",
    r"(?:wil|ga|wou|zou|kan) *3 (?:er *3 uit |eruit |er *3 uit)(?:stappen|stap)"
    r"(?= (?:#|,|@\S+|voorgoed) )",
    r"(?:hoop|hoopte|wens|wou|bid) *6 (?:auto|vrachtwagen|bus|trein|tram|truck|iemand) *4"
    r" (?:tegen (?:me|mij) (?:aanrijdt|aan rijdt|aan knalt|op knalt)|(?:me|mij) (?:aanrijdt"
    r"|overrijdt|doodrijdt|schept|aanrijden|overrijden))",
    # Round 12: the pain or everything made to stop "for good"; a full stop put after it
    # all, in a short message (a longer one is more often about a job or a relationship).
    r"(?:pijn|het|alles|dit|de ellende) *3 (?:laten )?(?:stoppen|ophouden|stopt|ophoudt|weg)"
    r" *2 (?:voor altijd|voorgoed|voor eeuwig)(?= (?:#|,|@\S+) )(?!(?: \S+){0,8} (?:fysio\w*"
    r"|dokter|huisarts|operatie|behandeling|pijnstiller\w*|therapie|rug|knie|hoofdpijn|migraine"
    r"|tand|kies|roken|drinken) )",
    r"(?<=^ )# (?:\S+ ){0,3}(?:ik|wil|zou|wou) (?:\S+ ){0,2}er een punt achter(?: te)?"
    r" \S+(?: \S+){0,2} #(?= $)",  # (the verb as \S+: "zetten" would join the typo vocabulary)
    r"(?:dat|dit|het) leven is {ADV}niks voor (?:mij|me) *3 ik (?:stop|kap|hou op) {ADV}(?:ermee"
    r"|er mee)(?= (?:#|,|@\S+) )",
    r"(?:wou|wilde|wens) {ADV}dat ik {ADV}(?:nooit )?(?:geboren was|was geboren|bestond"
    r"|had bestaan|er nooit was geweest|niet bestond|er niet was)",
    r"(?:was|ware) ik {ADV}(?:maar )?nooit geboren|had ik {ADV}maar nooit bestaan",
    r"liever dood",
    r"(?:hoop|wens) ~ dat ik {ADV}(?:gauw|snel|binnenkort) (?:mag gaan|ga|bij (?:haar|hem|hen)"
    r" ben|mag sterven|mag doodgaan|er ook niet meer ben)",
    r"(?:mag|mogen) van mij {ADV}(?:afgelopen|voorbij|over) (?:zijn|wezen)",
    r"van mij (?:mag|mogen) (?:het|alles) {ADV}(?:afgelopen|voorbij|over) (?:zijn|wezen)",
    r"{IW} {ADV}(?:de )?eeuwige rust|verlang {ADV}naar (?:de )?(?:eeuwige rust|de dood|het einde"
    r"|de hemel)",
    r"{IW} {ADV}(?:voor altijd|eeuwig|voorgoed) (?:gaan )?slapen",
    r"{IW} {ADV}(?:gaan )?slapen (?:voor altijd|voor eeuwig|voorgoed)(?! (?:in|op|bij|naast) )",
    r"{IW} {ADV}(?:euthanasie|levensbeeindiging|dood gemaakt worden|een spuitje)",
    # English.
    r"wish (?:i|i'd) (?:was|were|had) never (?:been )?born|want to sleep forever",
    # Round 4, from the training corpus (never the held-out sets): death as welcome, a
    # wish to join someone who died, a life "completed".
    r"als ik *4 (?:doodga|dood ga|doodging|sterf|stierf|overlijd|niet (?:meer )?wakker (?:word"
    r"|werd)|een ongeluk (?:krijg|kreeg)|een hartaanval (?:krijg|kreeg)|ziek werd"
    r"|dood neerval|dood neerviel) *6 (?:prima"
    r"|goed|niet erg|geen probleem|niet rouwig|best|fijn)",
    r"(?:niet erg|prima|geen probleem) *3 (?:om )?(?:dood te gaan|te sterven|dood te zijn)",
    r"(?:sterven|dood zijn|de dood|doodgaan|dood gaan) {ADV}(?:lijkt|lijken|klinkt|voelt)"
    r" (?:me|mij) {ADV}(?:een opluchting|een verlossing|rustig|fijn|heerlijk|prima|goed|rust)",
    # (Round 12: also "de hele tijd", and dying itself without how often; never the death
    # of someone: "ik denk steeds aan de dood van mijn vader" is grief.)
    r"(?:ik|#) (?:denk|dacht|pieker) (?:{ADV}(?:vaak|veel|steeds|elke dag|de hele dag|de hele tijd"
    r"|heel de tijd|continu|constant|dag en nacht|alleen (?:nog )?maar) {ADV}(?:aan|over) (?:de"
    r" dood|doodgaan|dood gaan|sterven|mijn dood|mijn eigen dood|zelfmoord|er niet meer zijn)"
    r"|{ADV}aan (?:doodgaan|dood gaan|sterven|zelfmoord|mijn eigen dood|er niet meer zijn))"
    r"(?! (?:van|door) )",
    r"(?:heb|krijg|zit met) {ADV}(?:donkere|zwarte|sombere) gedachte\w*",
    r"gedachte\w* (?:aan|over) (?:de dood|doodgaan|sterven|mijn dood)",
    r"wat mij betreft (?:mag|kan) (?:het|alles) (?:stoppen|ophouden|voorbij zijn|afgelopen zijn)",
    r"(?:heb|had) (?:het )?{ADV}gehad met (?:het|mijn|m'n) leven",
    r"(?:wil|ga|zou graag|wil graag) *4 (?:naar|bij) (?:mijn|m'n|mn) \w+ *4 (?:in de hemel"
    r"|daarboven|hierboven|in het graf)",
    r"(?:wil|ga|zou graag) *3 (?:naar|bij) (?:mijn|m'n|mn) \w+ (?:toe|zijn) *3 (?:hij|ze|zij)"
    r" (?:is|leeft) (?:er )?(?:niet meer|dood|overleden)",
    r"(?<!loop )(?<!liep )(?<!fiets )(?<!rij )(?<!reed )(?<!ren )(?<!rende )(?:mijn|m'n|mn)"
    r" \w+ achterna(?! (?:lopen|fietsen|rijden|gaan naar|om|aan))",
    r"(?:benijd|jaloers op) (?:mensen|iedereen|degenen) die (?:dood|overleden|gestorven) (?:zijn"
    r"|is)",
    r"(?:mijn )?leven (?:is )?voltooid|voltooid leven",
    r"(?:de heer|god|jezus|onze lieve heer) *3 (?:kwam|komt|zou komen|mag komen) halen",
    # Round 13k: death spoken to ("o dood, kom mij maar halen"); a wish "om op korte termijn
    # te overlijden"; "het mag wel ophouden nu"; "tired of living".
    r"(?:dood|heer|god|hemel) *2 (?:kom|haal) (?:me|mij) {ADV}(?:halen|op|maar)",
    r"(?:mijn|ik) *3 (?:wens|verlangen|voornemen) *3 (?:om )?(?:op korte termijn |spoedig |snel )?"
    r"te (?:overlijden|sterven|doodgaan|dood te gaan|heengaan)",
    r"het mag {ADV}(?:ophouden|stoppen|afgelopen zijn|voorbij zijn|over zijn|gedaan zijn)(?: nu)?"
    r"(?= (?:#|,|@\S+) )",
    r"tired of (?:living|life|being alive)|don't want to (?:live|be alive|exist)",
    r"rope (?:moment|time)|(?:ga|going to) (?:me )?rope",
    r"(?:wacht|wachten) {ADV}(?:alleen )?(?:nog )?op (?:het einde|de dood|mijn einde|mijn dood)",
    r"(?:eeuwige slaap|eeuwige rust)(?! (?:van|voor) (?:de|het|onze|mijn|zijn|haar|je) )"
    # (Round 18: not the words on a grave or a mourning card.)
    r"(?!(?: \S+){0,8} (?:graf|grafsteen|kerkhof|begraafplaats|rouwkaart|uitvaart|begrafenis"
    r"|overlijdensbericht|opa|oma) )",
    r"(?:maakt|kan) {ADV}(?:me|mij) {ADV}(?:niet|niks|niets) (?:meer )?(?:uit|schelen) of ik"
    r" {ADV}(?:een ongeluk krijg|doodga|dood ga|leef|dood ben|wakker word|er ben|nog leef|overleef"
    r"|nog wakker word)",
    r"zie {ADV}(?:mezelf|me|mij) {ADV}(?:niet|nooit) oud worden",
    r"(?:ben|was) het {ADV}(?:zat|beu|moe) om te leven",
    r"(?:ben|was|voel me) {ADV}(?:zo )?(?:moe|beu) van het leven" + _LIFE_NOT_PLACE,
    # Round 8 (the training corpus's misses): indifference to living, "nooit geboren".
    r"maakt (?:me|mij) {ADV}(?:niet|niks|niets) uit of ik (?:blijf leven|leef|doodga|dood ga"
    r"|sterf|er morgen nog ben|wakker word)",
    # (Round 9 widened it: "..., dan vind ik het niet erg" puts more words between.)
    r"mocht ik *3 (?:een ongeluk krijgen|doodgaan|dood gaan|sterven|overlijden|niet meer wakker"
    r" worden) *6 (?:vind ik (?:het|dat) niet erg|jammer dan|prima|dan is dat maar zo"
    r"|geen probleem|niet erg|des te beter|geen ramp)",
    r"(?:ik )?(?:nooit|niet) geboren (?:was|ben|te zijn|had moeten worden|ben geweest)",
    r"(?:verdwijn|ben) (?:ik )?liever(?: er niet| weg| van de aardbodem)?(?= (?:#|,|@\S+) )",
    # Round 9, new phrasings written for the weak groups (never the held-out sets): death
    # as no loss in the other word order, a car that should have hit me, "wat maakt het uit".
    r"(?:hoop|wens|bid) {ADV}op een (?:ongeluk|dodelijk ongeluk|hartaanval|dodelijke ziekte)"
    r"(?= (?:#|,|@\S+|dan|zodat) )",
    # Round 11, from my probes: intrusive thoughts at a height, a train, the wheel.
    r"(?:denk|dacht) (?:ik )?{ADV}(?:aan|over) (?:springen|te springen|eraf springen"
    r"|ervoor springen|ervoor stappen|voor de trein)(?!(?: \S+){0,6} (?:trampoline|water"
    r"|zwembad|parachute|bungee|sloot|plons|duik\w*|zee|meer) )",
    r"(?:het )?stuur {ADV}(?:omgooien|om te gooien|omgooi|omtrekken|om te trekken|omrukken)",
    r"(?:trein|spoor|vrachtwagen|bus|tram|rand|afgrond|diepte) *6 (?:denk|dacht) (?:ik )?"
    r"(?:, |# )?(?:een stap|1 stap|nu sturen|nu springen|nu stappen|ervoor|eronder|springen)"
    r"(?= (?:#|,|@\S+) )",
    # Round 11, from the training corpus: longing for death, no reason left, peace with the
    # end, a doctor who should find something, giving up at the end of a clause.
    r"dood *6 kijk (?:ik )?(?:er )?{ADV}naar uit",
    r"gedachte\w* *3 (?:om|aan) (?:er )?(?:niet meer (?:te )?zijn|dood te gaan|te sterven"
    r"|te verdwijnen|niet meer wakker te worden)",
    r"(?:het|alles) mag {ADV}ophouden(?: allemaal)?(?= (?:#|,|@\S+) )",
    r"(?:ik )?hoop dat ik {ADV}niet oud (?:word|zal worden)(?= (?:#|,|@\S+) )",
    r"geen reden meer (?:om|voor) (?:hier te blijven|op te staan|te leven|door te gaan|te blijven"
    r"|om te leven|het leven)",
    r"vrede (?:mee|mee als) *2 als het (?:morgen |straks |vandaag |nu )?(?:afgelopen|voorbij|over)"
    r" (?:is|zou zijn)",
    r"(?:hoop|wens) *2 dat (?:de dokter|de arts|ze|de huisarts) *3 iets (?:ernstigs|ergs|dodelijks"
    r"|slechts) (?:vindt|vinden|ontdekt|ontdekken)",
    r"{IW} {ADV}naar de (?:hemel|overkant|andere kant)(?! (?:van|op|met|kijken|staren) )",
    r"(?:zie|zien) ik (?:\S+ ){0,2}(?:papa|mama|pap|mam|opa|oma|mijn man|mijn vrouw|hem|haar)"
    r" {ADV}eindelijk (?:terug|weer)",
    r"(?:ga|wil) *2 bij (?:mijn|m'n) (?:man|vrouw|moeder|vader|zoon|dochter|partner) zijn"
    r"(?: ,| #)? (?:boven|daarboven|in de hemel)",
    # Round 11: the vehicle one is in should crash ("ik hoop dat het vliegtuig neerstort").
    r"(?:ik )?(?:hoop|wens|bid) {ADV}(?:stiekem )?dat (?:het|de|mijn|m'n|ons|onze) (?:vliegtuig"
    r"|toestel|bus|trein|auto|boot|schip) *2 (?:neerstort|crasht|verongelukt|zinkt"
    r"|verongelukken|neerstorten)(?!(?: \S+){0,6} (?:niet|nooit|bang|angst) )",
    r"als ik *3 onder (?:een|de) (?:bus|trein|auto|tram|vrachtwagen) (?:kwam|kom|zou komen"
    r"|terechtkwam|terechtkom|zou lopen|liep)(?= (?:#|,|@\S+|dan|zou|is) )",
    r"(?:niet erg|prima|geen probleem|niet rouwig|geen ramp|best|fijn|vrede mee|vrede) *4 als ik"
    r" *3 (?:doodga"
    r"|doodging|dood zou gaan|dood ga|sterf|stierf|zou sterven|er niet meer (?:zou zijn|was|ben)"
    r"|niet meer wakker (?:word|werd|zou worden)|een ongeluk (?:kreeg|krijg|zou krijgen))"
    # Not death in old age, later, as part of life.
    r"(?!(?: \S+){0,3} (?:oud|later|ooit|hoogbejaard|op hoge leeftijd) )",
    r"had (?:die|de|een|dat) (?:auto|trein|bus|vrachtwagen|tram|truck|ziekte|kanker|virus|bom)"
    r" (?:me|mij) {ADV}(?:maar|nou maar|toch maar|toch) {ADV}(?:geraakt|aangereden|overreden"
    r"|geschept|meegenomen|te pakken gehad|gedood)",
    r"(?:hoop|wens|zou willen) *3 (?:een|die|de) (?:auto|trein|bus|vrachtwagen|tram) (?:me|mij)"
    r" {ADV}(?:een keer |eens |ooit )?(?:aanrijdt|overrijdt|raakt|schept|aanrijden|overrijden"
    r"|raken|scheppen)",
    r"geen behoefte {ADV}(?:meer )?(?:aan|om) *2 (?:oud te worden|te leven|verder te leven|ouder te"
    r" worden|nog te leven)",
    r"(?:heb|heeft) {ADV}(?:wel |lang |al )?genoeg geleefd",
    # (Not "is gekomen": as a known word "gekomen" would take the typo "genoemn" from "genomen".)
    # Also verb-final ("ik voel dat mijn tijd erop zit"); not a job or a term ending.
    r"(?:mijn|m'n) tijd (?:zit erop|is om|erop zit|om is)(?!(?: \S+){0,6} (?:bij|op|in) (?:dit"
    r"|het|de|deze|mijn) )(?!(?: \S+){0,6} (?:pensioen|werk|baan|contract|stage|school) )",
    r"(?:straks|binnenkort|morgen|vanavond|vannacht|eindelijk) is (?:alle|al mijn|mijn) (?:pijn"
    r"|ellende|verdriet|lijden) {ADV}voorbij",
    r"(?:morgen|overmorgen|volgende week) om deze tijd (?:is het|ben ik) {ADV}(?:voorbij|er niet"
    r" meer|dood)",
    r"haat (?:mijn|m'n) leven *4 (?:wil|ga) *2 (?:eruit|weg|dood|er niet meer)",
    r"wat maakt het {ADV}uit of ik (?:er )?(?:nog )?(?:ben|leef|besta|dood ben|doodga|dood ga"
    r"|er ben|er nog ben)",
]

_UNCLEAR_BURDEN: Final = [
    # Round 12: freeing the people around one "of me".
    r"(?:verlossen|verlos|bevrijden|bevrijd|ontlasten|ontlast) *2 van (?:mij|me|mezelf)"
    r"(?= (?:#|,|@\S+) )",
    # Round 10: making way ("het is tijd dat ik plaatsmaak"), not in a club or a job.
    r"(?:tijd|beter) *3 (?:dat ik|om) *2 (?:plaatsmaak|plaats maak|plaats te maken"
    r"|plaatsmaken)(?!(?: \S+){0,4} (?:voor|in|bij|op) )",
    r"(?:ik|#) (?:ben|voel (?:me|mij)) {ADV}(?:iedereen |jullie |mijn familie |mijn kinderen )?"
    r"(?:alleen maar |maar )?"
    r"(?:een )?(?:last|tot last|blok aan het been)(?= (?:#|,|@\S+|en|maar|ik|hoor|voor (?:iedereen"
    r"|jullie|anderen|de mensen|(?:mijn|m'n|de|onze) (?:familie|kinderen|kids|gezin|omgeving"
    r"|naasten|vrienden|dochter|zoon|man|vrouw|partner|ouders|moeder|vader))) )",
    # Round 9c: a burden to the care around one, or to everyone; superfluous; in the way.
    r"(?:ben|voel (?:me|mij)) {ADV}(?:alleen maar |maar |alleen nog maar |nog maar )?(?:een )?"
    r"(?:last|tot last) voor (?:de thuiszorg|de maatschappij|de verpleging|het personeel"
    r"|mijn omgeving|de wereld|de samenleving)",
    r"(?:ben|voel (?:me|mij)) {ADV}(?:een )?overbodig(?: mens)?(?= (?:#|,|@\S+|en|maar) )",
    r"niemand heeft (?:me|mij) {ADV}(?:nog|meer) nodig",
    r"sta {ADV}(?:alleen maar|maar|alleen|altijd) (?:iedereen )?in de weg(?= (?:#|,|@\S+) )",
    r"niemand (?:zou|zal|gaat|zou het|zal het) {ADV}(?:me|mij) {ADV}missen{NOT_AT_ACTIVITY}",
    r"niemand mist {ADV}(?:me|mij)|mist niemand {ADV}(?:me|mij)",
    r"niemand (?:zou|zal) {ADV}(?:het )?(?:merken|missen|erg vinden|jammer vinden|opmerken) *3 als"
    r" ik {ADV}(?:er )?(?:niet meer|dood|weg|er niet) (?:ben|was|zou zijn|ga|ging|zou gaan)",
    r"niemand (?:zou|zal) (?:me|mij|het) (?:missen|merken)(?= (?:#|,|@\S+|en|maar|hoor) )",
    # "ze zullen me niet missen als ik weg ben": the same, said of the people around.
    r"(?:ze|zij|jullie|hij|mijn \w+) (?:zullen|zal|gaan|gaat|zouden|zou) {ADV}(?:me|mij) {ADV}"
    r"niet missen(?: *3 als ik {ADV}(?:er )?(?:niet meer|dood|weg) (?:ben|was|zou zijn)"
    r"|(?= (?:#|,|@\S+|hoor|toch) ))"
    r"(?!(?: \S+){0,5} (?:vakantie|reis|verhuis\w*|logeren|ziekenhuis|weekend|werk|kamp) )",
    # "binnenkort hoeft niemand zich meer zorgen om mij te maken": a goodbye in disguise.
    r"(?:binnenkort|straks|snel|gauw|na vandaag|vanaf morgen) {ADV}(?:hoeft|hoeven) (?:niemand"
    r"|jullie|je|ze|zij) {ADV}(?:zich |je )?{ADV}(?:meer )?(?:zorgen|druk) *2 (?:om|over)"
    r" (?:me|mij)",
    # English.
    r"(?:nobody|no one|noone) (?:would|will) (?:miss|notice) me|i'm (?:just )?a burden"
    r"|i am (?:just )?a burden",
    # Round 4, from the training corpus.
    r"blok aan (?:het|hun|haar|zijn|jullie|ons|mijn|ieders|iedereens|elkaars) been"
    r"{NOT_AT_ACTIVITY}",
    r"(?:wie|niemand) *3 (?:zou|zal) *2 (?:om mij|om me) (?:huilen|rouwen|treuren)",
    r"(?:op|bij) (?:mijn|m'n) (?:begrafenis|uitvaart|crematie) *3 (?:komt|zal|komen) *2"
    r" (?:toch )?(?:niemand|geen mens|niemand komen)",
    # Round 8: the world turns on without me.
    r"(?:de wereld|alles|het leven) (?:draait|gaat) (?:ook )?(?:wel )?(?:gewoon )?door zonder"
    r" (?:mij|me)(?!(?: \S+){0,3} (?:vakantie|weg|weekend|reis|kantoor|werk) )",
]

_UNCLEAR_METHOD: Final = [
    # Round 10: looking up how it could be painless.
    r"(?:uitzoeken|uit te zoeken|opzoeken|op te zoeken|aan het zoeken|googelen|googlen) *3 hoe"
    r" (?:het|dat|je|ik) {ADV}pijnlo\w*(?!(?: \S+){0,5} (?:tandarts|dokter|operatie|bevalling"
    r"|behandeling|prik|tattoo|piercing|hond|kat|dier|ontharen|harsen) )",
    # Round 7: making it look like an accident, without saying what.
    r"(?:laten lijken|doen lijken|eruit laten zien) (?:op|als) een ongeluk",
    # "hoeveel slaappillen heb ik nodig?": sleeping pills are a common method;
    # with no purpose stated it is worth asking.
    r"hoeveel (?:slaappil\w*|slaapmiddel\w*|slaaptablet\w*|oxazepam|temazepam|diazepam|lorazepam"
    r"|benzo\w*|morfine|insuline|antidepressiva|pillen) *3 (?:nodig|nemen|innemen|slikken)"
    r"(?= (?:#|,|@\S+) )",
    r"(?:touw|strop) {ADV}(?:klaarliggen|klaar liggen|klaargelegd|klaar hangen|klaarhangen)",
    # "ik weet al waar ik het ga doen": a place chosen for "it", said on its own.
    r"(?:weet|heb) {ADV}(?:al )?(?:precies )?(?:waar|hoe|wanneer) ik het (?:ga|wil|zal|kan) doen"
    r"(?= (?:#|,|@\S+) )",
    # Round 4b, from the training corpus.
    r"(?:trein|treinen) *5 (?:het hardst|niet stopt|stopt niet|doorrijdt|doordendert)",
    r"als (?:je|ik|iemand) van (?:\w+ )?(?:hoog|meter|verdieping\w*) (?:valt|springt|af springt)",
    r"@knife @blood",
    # Round 9: getting a gun; whether a gas kills; Flemish "er ne punt achter zetten".
    r"hoe (?:kom|kan) (?:ik|je) *2 aan (?:een )?(?:pistool|vuurwapen|revolver|geweer)"
    r"(?!(?: \S+){0,4} (?:vergunning|jacht|sport|schietvereniging|film|toneel) )",
    r"(?:is|zijn) (?:koolmonoxide|uitlaatgas\w*|helium) {ADV}dodelijk",
    # ("zetten" left unwritten: as a known word the typo repair would read "ztten" as it.)
    r"(?<!met hem )(?<!met haar )(?<!met die )(?<!met dat )"
    r"{IW} {ADV}er {ADV}(?:\S+ )?punt achter \S+(?= (?:#|,|@\S+) )",
]

# "als mijn moeder op vakantie is": the others away, for "doing it" then.
_OTHERS_AWAY: Final = (
    r"(?:\S+ ){1,3}(?:weg|op vakantie|niet thuis|bij hun vader|naar hun vader|bij hun moeder"
    r"|naar hun moeder|de deur uit|naar school|op kamp|naar haar moeder|naar zijn moeder"
    r"|bij haar moeder|bij zijn moeder|naar het werk|naar haar werk|naar zijn werk) (?:is|zijn)"
)
_UNCLEAR_GOODBYE: Final = [
    r"tot nooit(?: meer)?",
    # Round 12: "het is mooi geweest zo" as the whole message.
    r"(?<=^ )# (?:\S+ ){0,2}het (?:is|was) (?:mooi|genoeg|goed) geweest(?: zo)?(?: \S+)? #(?= $)",
    # Round 12, from new probes of my own: thanks "before I go", "if I no longer answer
    # tomorrow, you know why", a goodbye to the world (not "going to sleep").
    r"(?:bedanken|bedankt zeggen|gedag zeggen|dag zeggen|afscheid nemen|zeggen dat ik van \S+"
    r" hou) *3 (?:voordat|voor|eer) ik (?:ga|vertrek|weg ben|wegga|er niet meer ben)"
    r"(?= (?:#|,|@\S+) )",
    r"als ik {ADV}niet meer (?:reageer|antwoord|terugschrijf|terug schrijf|online kom|app) *4"
    r" (?:weet je (?:waarom|genoeg|het)|dan weet je (?:het|waarom|genoeg)|schrik (?:dan )?niet"
    r"|is het gebeurd|ben ik weg)",
    r"(?:doei|dag|vaarwel|adieu|bye|bye bye|tot ziens|salut|ciao) (?:wereld|world|leven)"
    r"(?= (?:#|,|@\S+) )(?!(?: \S+){0,6} (?:slaap\w*|bed|welterusten|tot morgen|nacht) )",
    r"zeg *2 (?:dag|gedag|vaarwel|adieu) tegen (?:iedereen|allemaal|ze allemaal) (?:van mij|namens"
    r" mij)(?= (?:#|,|@\S+) )(?!(?: \S+){0,6} (?:feest|verjaardag|bruiloft|kon niet|kan niet"
    r"|volgende keer|tot snel) )",
    # Round 10: "morgen om deze tijd is alles voorbij".
    r"(?:morgen|vannacht|vanavond|straks|overmorgen) om deze tijd *3 (?:is alles|is het|ben ik)"
    r" {ADV}(?:voorbij|afgelopen|er niet meer|weg)(?= (?:#|,|@\S+|en|maar) )"
    r"(?!(?: \S+){0,8} (?:verhuizing|examen|vakantie|operatie|bevalling|klus|verbouwing|reis"
    r"|feest|bruiloft|tentamen|toets|sollicitatie|gesprek|vlucht|vliegtuig|wedstrijd) )",
    r"(?:(?:morgen|straks|vanavond|vannacht|binnenkort|na vandaag|na vanavond) ben ik er {ADV}niet"
    r" meer|ik ben er (?:morgen|straks|vanavond|vannacht|binnenkort) {ADV}niet meer)"
    r"(?!(?: \S+){0,5} (?:vakantie|reis|verhuis\w*|logeren|ziekenhuis|bezoek|weekend|werk) )",
    # Round 14: "ik ben er dan toch niet meer", "tegen die tijd ben ik er niet meer".
    r"(?:(?:ik ben er|ben ik er) {ADV}(?:dan )?toch {ADV}niet meer|(?:tegen die tijd|over een"
    r" (?:week|maand|paar dagen|paar weken)|na (?:de|deze) (?:zomer|kerst|feestdagen|week"
    r"|maand)) ben ik er {ADV}niet meer)"
    r"(?!(?: \S+){0,6} (?:vakantie|reis|verhuis\w*|logeren|ziekenhuis|bezoek|weekend|werk|woon"
    r"|wonen|emigr\w*|stage|studie|baan|school|kamp|cursus|op pad|weg voor) )",
    r"vaarwel(?= (?:#|,|@\S+) )",
    r"bedankt voor alles *3 (?:vaarwel|dag allemaal|het ga jullie goed|het beste|adieu)",
    r"(?:geef|gaf|heb) {ADV}(?:al )?(?:mijn|m'n) (?:spullen|bezittingen|dieren|kat|hond) {ADV}"
    r"(?:weg|weggegeven){DECLUTTER}",
    r"alles (?:is )?geregeld *3 (?:kan ik|ik kan) *2 (?:gaan|rustig gaan|weg)",
    # Giving away one's animals, or everything one owns, and putting affairs in order
    # "for when I'm gone": warning signs that deserve the direct question. (One's old
    # things to a charity shop, or a will at the notary alone, are not.)
    r"(?:mijn|m'n|mn) (?:kat|katten|poes|hond|honden|huisdier\w*|dieren|vogels?|konijn\w*) "
    r"{ADV}(?:al )?(?:weggegeven|weg gegeven|weggedaan|herplaatst|naar een nieuw (?:thuis|baasje))",
    r"(?:al|alle) (?:mijn|m'n|mn) (?:spullen|bezittingen) {ADV}(?:al )?(?:weggegeven|weg gegeven"
    r"|verdeeld|weggedaan)(?!(?: \S+){0,3} (?:kringloop|verhuis\w*|opruim\w*))",
    r"(?:alles|mijn zaken|mijn papieren|mijn spullen) {ADV}(?:al )?"
    r"(?:op orde|geregeld|geordend) *3 (?:voor als|als|wanneer) ik er niet meer (?:ben|zal zijn)",
    # Round 4, from the training corpus.
    r"(?:een|mijn|m'n) afscheidsbericht\w*" + _NOT_WORK_FAREWELL,
    r"(?:je|jullie|u) (?:hoort|horen) {ADV}(?:niks|niets|nooit) meer van (?:me|mij)",
    r"(?:dit|het) is {ADV}(?:misschien |wel |waarschijnlijk )*(?:ons|mijn) laatste (?:gesprek"
    r"|bericht|berichtje)" + _NOT_WORK_FAREWELL,
    r"(?:laatste|allerlaatste) keer (?:gebeld|gesproken|gezien) (?:met|met mijn|met m'n)",
    # Round 4b: "doing it" when the others are away.
    r"(?:ga|doe) ik het *3 als " + _OTHERS_AWAY,
    "als " + _OTHERS_AWAY + r" *2 (?:doe|ga) ik het",
    "als " + _OTHERS_AWAY + r" *2 (?:dan )?gebeurt het(?= (?:#|,|@\S+) )",
    r"(?:ik )?ga het doen als " + _OTHERS_AWAY,
    # Round 9: a farewell to all, everything given away, "then you are rid of me for good".
    r"(?:zou|komt|komen|zal) (?:er )?(?:wel )?(?:iemand|niemand|er iemand|mensen) *3 (?:naar|op)"
    r" (?:mijn|m'n) (?:eigen )?(?:begrafenis|uitvaart|crematie)",
    r"(?:na (?:de|haar|zijn) (?:begrafenis|uitvaart|crematie)|als (?:mijn|m'n) \S+"
    r" (?:dood|overleden|er niet meer|begraven) (?:is|zijn)) *6 (?:stop ik ermee|ga ik ook"
    r"|doe ik het|ben ik (?:ook )?weg|wil ik ook (?:niet meer|dood|weg))(?= (?:#|,|@\S+) )",
    r"(?:als|wanneer) het *6 niet (?:beter|anders) (?:is|wordt|gaat) *2 (?:stop ik|ga ik|maak ik er"
    r" een eind aan|ben ik weg)(?= (?:#|,|@\S+|ermee) )",
    r"het ga (?:jullie|iedereen|u allen) {ADV}goed(?! (?:op|met|in|bij|tijdens|deze|dit|die) )",
    r"(?:heb|gaf|geef) *2 alles {ADV}(?:al )?(?:weggegeven|weg gegeven|weg)(?: \S+)?"
    r" (?:aan|voor) (?:vrienden|mijn vrienden|familie|mijn familie|de buren|mijn kinderen"
    r"|mensen|iedereen)(?!(?: \S+){0,5} (?:kringloop|verhuis\w*|opruim\w*|emigr\w*) )",
    r"(?:morgen|vanaf morgen|straks|binnenkort|voorgoed|eindelijk|voor altijd) *3"
    r" (?:zijn|ben|bent) (?:jullie|je|iedereen|u|ze) {ADV}(?:voorgoed |eindelijk |voor altijd )?"
    r"(?:van mij|van me) af",
    # Round 11, from the training corpus: "vergeet me maar", nobody needs to look for me.
    # (Not "vergeet mij" alone: that is the command to delete one's data.)
    r"vergeet (?:me|mij) (?:maar|maar snel|snel|maar gewoon|allemaal maar)(?= (?:#|@\S+) )"
    r"(?!(?: \S+){0,6} (?:vanavond|morgen|feest|etentje|afspraak|ik kom) )",
    r"(?:niemand|jullie|je|u) (?:hoeft|hoeven) (?:me|mij) {ADV}(?:meer |niet meer |nooit meer )?te"
    r" zoeken",
    r"voor (?:wie|degene die|diegene die|de persoon die) (?:me|mij) (?:vindt|vinden|zal vinden"
    r"|gaat vinden)",
    # Round 11, from my probes: leaving everyone "het is beter zo", "het is tijd" after
    # thanks, nobody will find me there.
    r"(?:ga|zal) (?:jullie|iedereen|jou|je|u|ze) {ADV}verlaten(?!(?: \S+){0,6} (?:baan|werk"
    r"|verhuis\w*|stad|land|vakantie|reis|emigr\w*|studie|school|vereniging|club) )"
    r"(?= (?:#|,) (?:het is beter zo|dat is beter|voorgoed|voor altijd|sorry))",
    r"(?:bedankt|dank je|dankjewel|dank) *6 (?:#|,) het is tijd(?= (?:#|@\S+) )",
    r"niemand (?:vindt|zal|kan) (?:me|mij) (?:daar|er|ooit|nooit) ?(?:vinden)?(?= (?:#|,|@\S+) )"
    r"(?!(?: \S+){0,6} (?:lezen|rust|rustig|picknick\w*|wandel\w*|zonnen|verstoppertje) )",
    # Round 11, from my probes: "zeg tegen mijn moeder dat het niet haar schuld was".
    r"(?:zeg|zeggen|vertel|vertellen) (?:\S+ )?(?:tegen |aan )?(?:mijn |m'n |mn |de )?\S+ *3 dat"
    r" het niet"
    r" (?:haar|zijn|jullie|hun|jouw|je|uw) schuld (?:is|was|zal zijn)(?= (?:#|,|@\S+) )",
    r"(?:kat|katten|poes|hond|honden|huisdier\w*|konijn\w*|vogels?) *4 (?:naar|bij|weg|onderdak"
    r"|ondergebracht|opgevangen|geregeld) *9 (?:daarna|dan|en dan) (?:hoef ik niet meer"
    r"|kan ik gaan|mag ik gaan|ben ik klaar|is het klaar)(?= (?:#|,|@\S+) )",
    r"(?:na|vanaf|over|straks|binnenkort|morgen) *4 (?:hoef|hoeft|hoeven) *3 geen zorgen meer"
    r"(?! (?:te maken )?(?:over|om) (?:de|het|je|jouw|die|dat) )",
]

_UNCLEAR_HOPELESS: Final = [
    # Round 11, from the training corpus: giving up, "ik kan zo niet verder".
    # (Giving up as the whole message, or on everything: not on a puzzle just named.)
    r"# (?:ik )?(?:geef|gaf) het {ADV}op(?: (?:#|,) (?:echt|hoor|alles|met alles))?(?= #)",
    r"# (?:ik )?heb het {ADV}opgegeven(?= #)",
    # Round 14: at one's wits' end, as a clause of its own ("ik weet het niet meer denk ik");
    # not what one forgot ("ik weet het niet meer precies", "..., ik weet het niet meer").
    r"# (?:ik )?weet (?:het|t) {ADV}niet meer(?: denk ik)?(?= #)",
    r"(?:geef|gaf) het {ADV}op *2 (?:met alles|met het leven|met mijn leven|met leven)",
    # (Not with laughter after it: "ik kan het niet meer aan 😂" is a joke, see _HYPERBOLE.)
    r"(?:ik kan|kan ik) {ADV}(?:zo|dit|het) {ADV}niet (?:meer |langer )?(?:verder|doorgaan|aan)"
    r"(?= (?:#|,|@\S+) )(?!(?: \S+){0,4} @lach )",
    r"kan {ADV}niet (?:meer )?(?:verder|doorgaan) zo(?= (?:#|,|@\S+) )(?!(?: \S+){0,4} @lach )",
    # Round 10: feeling dead already, tired of "that life" (Flemish "kotsbeu").
    r"(?:voelt|voel me|voel ik me) *2 (?:alsof|of|als) ik {ADV}(?:al )?dood (?:ben|was)",
    r"(?:ben|was) *2 (?:dat|dit|het|mijn|m'n) leven {ADV}(?:kotsbeu|spuugzat|zat|beu|moe)"
    + _LIFE_NOT_PLACE,
    # "zien" too: Flemish "ik zien het ni meer zitten".
    # (Not "met die verbouwing": fed up with a thing; "met mijn leven" still counts.)
    r"(?:zie|zien) {ADV}(?:het|dat|dit|alles|het leven|het allemaal) {ADV}(?:niet|niet echt) meer"
    r" zitten?(?! met (?:die|de|het|dat|deze|dit|mijn|m'n|ons|onze) (?!leven|bestaan))",
    r"(?:ik|#) {ADV}kan {ADV}(?:het |dit |dat |er )?{ADV}niet meer (?:verder|aan|tegen|op)"
    r"(?= (?:#|,|@(?:sad|skull|emo)|en|maar|ik|echt|hoor|zo|meer) )",
    r"kan {ADV}(?:het|dit|dat) {ADV}niet meer {ADV}aan",
    r"hoeft (?:het )?(?:voor|van) mij {ADV}(?:allemaal )?niet meer",
    r"(?:voor|van) mij hoeft (?:het|dit|dat|alles|het allemaal|het leven) {ADV}niet meer",
    r"(?:het|alles) (?:leven )?hoeft {ADV}allemaal {ADV}niet meer",
    r"het leven hoeft {ADV}(?:voor mij )?niet meer",
    r"wat (?:heeft|heb) (?:het|dit|dat|alles|het leven|mijn leven|het allemaal|ik) {ADV}"
    r"(?:nog )?(?:voor )?(?:zin|nut)(?= (?:#|,|@\S+|nog|allemaal|eigenlijk|meer|om te leven"
    r"|om door te gaan|om op te staan|in het leven|zonder (?:haar|hem|jou|hen|mijn|m'n)) )",
    r"waar (?:doe|leef) ik het {ADV}(?:allemaal )?nog voor",
    r"heeft (?:het leven|mijn leven|alles|het allemaal|het nog) {ADV}(?:nog )?(?:wel )?zin",
    r"(?:het leven|mijn leven|alles|niks|niets) heeft {ADV}(?:geen|nog) zin",
    r"heeft {ADV}(?:allemaal )?geen zin meer(?= (?:#|,|@\S+) )",
    r"(?:alles|het leven|mijn leven|m'n leven|het allemaal|mijn bestaan) (?:is|voelt|lijkt) {ADV}"
    r"(?:zo )?(?:hopeloos|uitzichtloos|zinloos|zwart|leeg|een hel|niks waard|niets waard"
    r"|waardeloos|voorbij|over|nutteloos|betekenisloos)",
    r"ik voel me {ADV}(?:zo )?(?:hopeloos|uitzichtloos|zinloos|levensmoe|overbodig)",
    r"uitzichtloos\w*|levensmoe\w*|doodsverlangen|doodswens",
    r"{IW} {ADV}(?:verdwijnen?|weg van alles|weg uit deze wereld|van de aardbodem verdwijnen"
    r"|oplossen in het niets|voorgoed weg|er voorgoed uit|ontsnappen aan alles"
    r"|weg (?:, )?voorgoed)"
    # Round 11: hiding for a while is no wish to be gone ("even verdwijnen onder een dekentje").
    r"(?! (?:onder|in|achter|met) (?:de|een|het|mijn|m'n) (?:\S+ )?(?:deken\w*|dekbed\w*|bank"
    r"|bad|boek\w*|serie|film|tuin|zon|bed|kussen\w*|thee|muziek|koptelefoon)\w* )"
    r"(?!(?: \S+){0,6} (?:dagje|weekje|weekendje|vakantie|reis|op reis|uitje|zee|strand"
    r"|wandeling|fietstocht|boswandeling) )",
    r"voorgoed (?:verdwijnen|weg zijn|slapen)",
    r"(?:hou|houd) {ADV}(?:het|dit|dat) {ADV}niet (?:meer|langer) vol(?! met (?:die|de|het|dat"
    r"|deze|mijn) (?:\S+ )?(?:buren|herrie|lawaai|kou|hitte|regen|drukte|verbouwing|baby|hond"
    r"|kat) )",
    r"trek {ADV}(?:het|dat|dit) {ADV}niet meer",
    r"klaar(?: mee)? *2 met alles(?! (?:voor|van|wat|op|in))",
    r"ben {ADV}alles {ADV}(?:zat|beu|moe)",
    r"ben het (?:leven|allemaal|bestaan) {ADV}(?:zat|beu|moe)",
    # "ik ben het gwn zo beu allemaal": the same with "allemaal" last, at the sentence end.
    r"ben het {ADV}(?:zat|beu|moe|kotsbeu|spuugzat) allemaal(?= (?:#|@\S+) )",
    r"genoeg van (?:alles|het leven)(?= (?:#|,|@\S+|en|maar) )",
    r"{IW} {ADV}(?:slapen|gaan slapen) {ADV}(?:en|,) {ADV}(?:nooit|niet) meer",
    r"{IW} {ADV}niet meer{KEND}",
    r"{IW} {ADV}hier {ADV}niet meer {ADV}zijn",
    r"(?:waarom|waarvoor) (?:leef|besta) ik {ADV}(?:nog|eigenlijk|nog eigenlijk|uberhaupt)",
    # Round 9: dead inside, Flemish "'t is gedaan met mij", one's own end in sight.
    r"(?:ben|voel (?:me|mij)) {ADV}(?:al )?dood (?:vanbinnen|van binnen|inwendig)",
    r"(?:het|t) is {ADV}gedaan met (?:mij|me|mijn leven|m'n leven)(?!(?: \S+){0,4} (?:na|van) )",
    r"mijn (?:eind|einde) (?:komt|is) {ADV}(?:dichtbij|in zicht|nabij|dichterbij)",
    r"(?:als ik|wil|zou (?:willen|kunnen)|neiging (?:om|te)|zin om|drang om) *4 (?:doorrijd"
    r"|doorrijden|rij|rijden|inrijden|knal|knallen|inrij) *3 tegen (?:een|die|de) (?:boom|muur"
    r"|vrachtwagen|pilaar|brugpijler|tegenligger|betonblok)",
    r"(?:neiging|zin|drang) *3 (?:het )?stuur (?:om te gooien|om te rukken|omgooien|omrukken)",
    r"(?:medicijnen|pillen|medicatie|insuline|tabletten) *3 niet meer (?:genomen|ingenomen|gespoten"
    r"|nemen|slik|neem) *6 (?:maakt (?:toch )?(?:niet|niks) (?:meer )?uit|hoeft (?:toch )?niet"
    r" meer|heeft (?:toch )?geen zin|waarom zou ik)",
    r"waarom (?:ben ik|ben ik er) {ADV}nog(?= (?:#|,|@\S+|hier|op aarde|op deze wereld) )",
    r"waarom (?:ben ik|werd ik) {ADV}(?:ooit )?geboren",
    r"waarom (?:zou|moet) ik {ADV}(?:nog )?(?:leven|doorgaan|verder gaan|verdergaan)",
    r"wat (?:moet|doe) ik {ADV}nog (?:op deze wereld|op aarde|hier)",
    r"wat (?:moet|doe) ik (?:hier|op aarde|op deze wereld) {ADV}nog(?= (?:#|,|@\S+) )",
    r"(?:tussenuit|weg|vertrekken|gaan) (?:, )?voorgoed",
    r"geen zin meer in (?:het leven|leven|alles|mijn leven|m'n leven|niks|niets)",
    r"nergens {ADV}(?:meer )?zin in(?= (?:#|,|@\S+|en|maar) )",
    r"(?:zie|zien|is|heb) {ADV}geen (?:uitweg|toekomst|licht|uitkomst)(?: meer)?"
    r"(?! (?:in|met|voor|bij) (?:die|deze|dat|dit|de|het|onze|ons|mijn|m'n) (?!leven|bestaan))",
    r"ga {ADV}dood van (?:de |het )?(?:eenzaamheid|verdriet|ellende|binnen|alleen zijn|heimwee"
    r"|gemis|angst)",
    r"{IW} {ADV}(?:ermee|met alles) stoppen|stoppen met alles",
    r"(?:was|ware) (?:het|alles) {ADV}(?:maar|nou maar|toch maar) voorbij",
    r"(?:stopt|ophoudt|ophoud|stoppen|ophouden|weg is|voorbij is|over is) *2 voorgoed",
    r"{IW} {ADV}dat (?:het|alles) {ADV}(?:stopt|ophoudt|voorbij is|over is)(?! met )",
    r"{IW} {ADV}niet (?:meer|langer) zo (?:leven|doorgaan)",
    r"{IW} {ADV}(?:niet )?meer verder(?= (?:#|,|@\S+) )",
    # English.
    r"(?:can't|cant|cannot|can not) (?:do this|go on|take (?:it|this)|keep going) (?:anymore"
    r"|any more)|(?:what's|whats|what is) the point|no point (?:in )?(?:living|anymore|going on)",
    r"(?:i|#) (?:want|wanna) (?:to )?disappear|(?:i'm|im|i am) done with (?:life|everything)",
    r"(?:i|#) (?:don't|do not|dont) want to be here (?:anymore|any more)|(?:feel|feeling) {ADV}"
    r"hopeless|feel like dying",
    # Round 8: no worth, no hope, not holding on much longer.
    r"(?:het leven|mijn leven) (?:is|heeft) (?:voor mij )?(?:niks|niets|geen) (?:meer )?(?:waard"
    r"|zin|waarde)(?! zonder (?:koffie|chocola\w*|wifi|internet|muziek|mijn telefoon|taart) )",
    r"(?:heb|had) het gehad met alles",
    # (Round 15: "geen hoop meer voor morgen", "... dat het ooit beter wordt".)
    r"geen hoop meer (?:voor (?:mij|me|mezelf|morgen|de toekomst|later|het leven)|over"
    r"|dat (?:het|ik|alles) (?:\S+ ){0,3}(?:beter|goed)(?: \S+)?)?(?= (?:#|,|@\S+|en) )",
    r"(?:hou|houd) het *2 niet lang meer vol(?! (?:op|in|met|bij|zonder|tijdens|op deze) )",
    r"(?:weet|weet ik) niet (?:hoe lang|hoelang) ik (?:dit|het) (?:nog )?(?:volhou|volhoud|vol hou"
    r"|vol houd|kan volhouden|trek)",
    # Round 14, formal: "ik acht mijn leven niet langer de moeite waard".
    r"(?:acht|vind|beschouw) (?:mijn|het|dit) (?:leven|bestaan) {ADV}(?:niet langer|niet meer)"
    r" (?:de moeite )?waard",
]

# Exaggerations that are only a warning sign when nobody is laughing:
# "ik kan niet meer" is despair, "ik kan niet meer 😂" is a good joke.
_UNCLEAR_HYPERBOLE: Final = [
    r"(?:ik|#) {ADV}kan {ADV}(?:het |dit |dat )?{ADV}niet meer{KEND}"
    r"(?!(?: \S+){0,8} (?:vol|gegeten|eten|buik|toetje|dessert|bord|taart|hap) )",  # a meal
    r"kan ik {ADV}(?:het )?niet meer{KEND}",
    r"(?:ik|#) {ADV}ga {ADV}dood{KEND}",
]

# The topic words alone: a news item, a thesis, a training, or someone's one-word cry.
# Screened as "topic"; bot.core.safety.screen lets the model and the message's length decide.
_TOPIC: Final = [
    r"zelfmoord\w*|zelfdoding\w*|zelfdood|suicid\w*|suicidaal",
    r"zelfbeschadig\w*|zelfverwond\w*|automutil\w*|self ?harm\w*|selfharm\w*",
]

# Chat slang for suicide. Directed at oneself it is worth a question.
_UNCLEAR_SLANG: Final = [
    r"unalive\w*|sewerslide|sewer slide",
    r"(?<!\d )kms(?! (?:naar|lopen|fietsen|rijden|gereden|gelopen|gefietst|per|verder|ver) )",
    r"(?:ik|mezelf|me) *2 kys|kys (?:mezelf|myself)",
    # Round 13: told "kys" by others, and agreeing.
    r"(?:kys|kill yourself|ga dood|ga jezelf ophangen) *2 (?:zegt|zeggen|zei|zeiden|roept"
    r"|roepen|typen|sturen) *6 (?:gelijk|misschien|doe ik|moet ik|ga ik)",
    r"self ?delete|zelf deleten|{SELF} {ADV}(?:deleten|uitzetten)",
    # Round 4, from the training corpus: games and devices for a life.
    r"game over (?:voor|for) (?:mij|me)",
    r"(?:mijn|m'n) leven (?:deleten|verwijderen|uitzetten|afsluiten|wissen)",
    r"(?:alt f4|ctrl alt delete|ctrl alt del) *3 (?:op )?(?:mijn|m'n)? ?leven",
    r"(?:done|klaar) met (?:het |mijn |m'n |dit )?leven",
    r"respawn\w* *4 (?:ander|nieuw) leven",
    r"(?:uitloggen|uit te loggen|offline gaan|offline) *2 (?:voorgoed|voor altijd|uit het leven"
    r"|van het leven|definitief)",
    r"(?:voorgoed|permanent|definitief) (?:offline|uitloggen|uit te loggen)",
    r"(?:kan|wil) iemand (?:mij|me) (?:uitzetten|uitschakelen|deleten)",
    # Round 11, from the training corpus: a grave or the means as emoji, alone or with a
    # few words ("⚰️⚰️", "ik 🪢", "💀🔫"); not a skull alone (laughter), not a costume.
    # (Round 20: "ik ben er klaar mee 🔫".)
    r"# (?:(?:@\S+|ik|wil|ga|ben|me|mezelf|er|in|erin|hier|hierin|bijna|klaar|please|pls|weg|mee"
    r"|ermee|zat|dood|alles|nu|vanavond|vannacht) )*"
    r"(?:@grave|@pill|@knife|@gun|@rope|@blood) (?:(?:@\S+|ik|wil|ga|ben|me|mezelf|er|in|erin"
    r"|hier|hierin|bijna|klaar|please|pls|weg|soon|binnenkort|straks|snel) )*#",
    r"(?:hou|houd|stop|kap) {ADV}(?:ermee|er mee) (?:op )?(?:#|,)? ?met alles(?= (?:#|,|@\S+) )",
    r"klaar mee *2 met (?:het |mijn |m'n )?leven(?= (?:#|,|@\S+) )",
    # Sleep that does not end, a plug pulled on oneself, tired "for ever".
    r"(?:ga|wil|zou|doe|gaan) *3 (?:hele )?(?:lange|eeuwige) slaap(?: doen| houden| in| ingaan)?"
    r"(?= (?:#|,|@\S+) )",
    r"(?:de|die|een) eeuwige slaap(?! van (?:de|het) )",
    r"wekker {ADV}(?:niet meer|nooit meer) (?:horen|hoeven|te horen)",
    r"stekker {ADV}eruit (?:trekken|te trekken|trek)(?! (?:bij|uit) )",
    r"(?:moe|leeg|op|klaar|uitgeput)(?: ,| #)?(?: \S+)? voor altijd(?: moe| leeg| op)?"
    r"(?= (?:#|,|@\S+) )",
]

# "💀 alles is hopeloos": the skull as despair rather than as laughter.
_SKULL_WORDS: Final = [
    r"hopeloos|uitzichtloos|zinloos|waardeloos|nutteloos|leeg|klaar|niemand|opgeven|geef het op"
    r"|zat|beu|eenzaam|alleen|niks meer|niets meer|mijn leven|het leven|wil niet meer"
    r"|kan niet meer|hoeft niet meer|pijn|haat mezelf|kapot van binnen",
]

# Someone recently bereaved who wants to be with the person who died.
_REUNION: Final = [
    # Round 9: "ik ga naar mama in de hemel", kin without "mijn".
    r"(?:ga|wil|kom|ben) *3 (?:naar|bij) (?:mama|papa|mam|pap|oma|opa|moeder|vader|moeke|vake)"
    r" *2 (?:in de hemel|daarboven|aan de overkant|in het hiernamaals)",
    r"(?:{IW}|ik hoop|ik verlang) {ADV}(?:weer )?(?:bij|naar) (?:haar|hem|hen|(?:mijn|m'n|mn)"
    r" (?:overleden )?\S+) (?:toe|zijn|in de hemel|daarboven|boven|aan de overkant)",
    r"(?:haar|hem|hen|ze) {ADV}achterna {ADV}(?:wil|wou|ga|gaan|zou willen)|{IW} {ADV}(?:haar"
    r"|hem|hen) {ADV}(?:(?:zo )?(?:snel|gauw|vlug) mogelijk )?achterna",
]
_GRIEF_CONTEXT: Final = [
    r"overleden|gestorven|ontvallen|begraven|gecremeerd|hemel|weduwe|weduwnaar|er niet meer is"
    r"|(?:is|was|zijn) (?:al )?dood|dood (?:is|was|zijn|ging|gegaan)|overlijden|sterfdag"
    r"|niet meer leeft|mis (?:haar|hem)|begrafenis|uitvaart|crematie",
]

# "Vraag voor een vriend": turns "method" into "third_party_method".
_THIRD_PARTY: Final = [
    r"(?:vraag|vragen|gevraagd|vraagje) *2 voor (?:een|m'n|mijn|mn) (?:vriend|vriendin|kennis"
    r"|maat|collega|buurman|buurvrouw|klasgenoot|neef|nicht)",
    r"voor een (?:vriend|vriendin) gevraagd|(?:asking|ask) for a friend|for a friend",
    r"(?:een|mijn|m'n|mn) (?:vriend|vriendin|kennis|maat|collega) *3 (?:wil|wou|vroeg|vraagt)"
    r" (?:weten|me|mij)",
    r"voor iemand anders|niet voor (?:mij|mezelf)|voor (?:school|een werkstuk|een spreekbeurt"
    r"|onderzoek|een boek|een verhaal|mijn studie)",
]

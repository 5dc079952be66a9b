"""Goodbyes, burden and hints said in passing, as readable phrase patterns: all unclear
signs, worth one gentle, direct question ("Denk je aan zelfmoord?").

People seldom announce a goodbye: they thank everyone "for everything", say they will
not be a bother any more, that they will not see Christmas, that they stood by the water
for a long time. Each alone can be innocent, which is why these only ask.

Rounds 6 and 8, written from the training corpus's misses and the issue's groups, never from the
held-out sets; examples live in the tests and the corpus.
"""

from __future__ import annotations

from typing import Final

# Moments people count towards; "haal ik niet" of them is a goodbye in disguise.
_MOMENT: Final = (
    r"(?:mijn verjaardag|de kerst|kerst|kerstmis|het voorjaar|de lente|de zomer|deze winter"
    r"|oud en nieuw|nieuwjaar|volgend jaar|volgende week|volgende maand|zijn verjaardag"
    r"|haar verjaardag|de bruiloft|het nieuwe jaar|morgen|de week|het weekend|deze week"
    r"|het einde van de (?:week|maand)|het eind van de (?:week|maand))"
)

_HINT_GOODBYE: Final = [
    # Round 13, from a second set of my probes: love passed on by someone else ("wil je
    # mijn zus laten weten dat ik van haar hou"), a message written "om gedag te zeggen",
    # "laatste avond" said alone, an ultimatum "dan doe ik het", a plan told to nobody.
    r"(?:wil|kun|kan|zou) (?:je|jij|u) *4 (?:laten weten|zeggen|vertellen) dat ik {ADV}van"
    r" (?:haar|hem|ze|hen|hun|jullie|iedereen) (?:hou|houd)",
    r"(?:schrijf|stuur|app|bericht) *4 om {ADV}(?:gedag|dag|vaarwel|afscheid) te (?:zeggen"
    r"|nemen)(?= (?:#|,|@\S+) )",
    r"(?<=^ )# (?:mijn |m'n |de )?(?:laatste|allerlaatste) (?:avond|nacht|dag)(?: hier)?"
    r"(?: (?:,|#) (?:eindelijk rust|dan rust|dan is het klaar))?(?: @\S+)* #(?= $)",
    # Round 13l: a message of nothing but endings ("klaar. genoeg. ik stop.", "op. leeg.
    # klaar."): two or more, and no other words ("klaar. eindelijk weekend." stays quiet).
    r"(?<=^ )# (?:(?:klaar|genoeg|op|leeg|stop|weg|alles|nu|over|voorbij|niet meer|nooit meer"
    r"|ik stop|ik stop ermee|ik ben weg|ik ben klaar|ik ben op|het is op|het is genoeg"
    r"|het is klaar|het is over|het is voorbij|klaar ermee|ik kan niet meer|ik wil niet meer)"
    r"(?: @\S+)* (?:#|,) ){2,}#?(?= $)",
    r"(?:klaar mee|klaar ermee|er klaar mee) *3 ik ga (?:eruit|er uit|weg)(?= (?:#|,|@\S+) )",
    r"als *6 (?:niet beter (?:is|wordt|gaat)|niet verandert|zo blijft|weer zo is)"
    r" *3 (?:dan )?(?:doe ik het|stop ik ermee|is het klaar|ben ik weg|ga ik)(?= (?:#|,|@\S+) )",
    r"(?:niemand|niks|niets) *6 (?:over )?(?:wat ik van plan ben"
    r"|mijn plan|wat ik ga doen)(?= (?:#|,|@\S+) )",
    # Round 12: "ik denk niet dat ik de zomer haal"; "ik ben weg, zorg goed voor ..."; "you
    # need not look after me any more, from tonight".
    rf"(?:denk|geloof|verwacht|idee|gevoel) {{ADV}}(?:niet )?dat ik {_MOMENT} {{ADV}}(?:nog |niet"
    r" |niet meer )?(?:haal|meemaak"
    r"|mee zal maken)",
    r"ik ben {ADV}weg *2 (?:zorg|pas) {ADV}(?:goed )?(?:voor|op) (?:mijn|m'n|de|onze)"
    r"(?!(?: \S+){0,6} (?:vakantie|reis|weekend|planten|tijdens|terug|werk) )",
    r"(?:hoeven|hoeft) {ADV}niet meer (?:naar (?:me|mij) )?om te kijken *4 (?:vanaf|na)"
    r" (?:vanavond|vannacht|morgen|vandaag|nu)",
    rf"{_MOMENT} *2 (?:haal ik|ga ik) {{ADV}}(?:niet|niet meer|toch niet)"
    r"(?: (?:meer|halen|meemaken))?(?= (?:#|,|@\S+|en|maar|denk|hoor) )",
    rf"of ik {{ADV}}{_MOMENT} {{ADV}}(?:nog )?(?:haal|meemaak|mee zal maken)",
    # Round 11: "na de kerst ben ik er niet meer" (not a trip or a new job).
    rf"(?:na|over|met|tegen) (?:{_MOMENT}|een (?:week|maand|paar dagen|paar weken)) ben ik er"
    rf" {{ADV}}niet meer(?!(?: \S+){{0,6}} (?:vakantie"
    r"|reis|verhuis\w*|logeren|ziekenhuis|bezoek|werk|baan|school|kantoor|buitenland|woon\w*"
    r"|wonen|emigr\w*|studeren) )",
    r"of ik er (?:volgende week|morgen|volgend jaar|straks|over een week|dan) (?:\S+ )?nog"
    r" (?:ben|zal zijn)(?!(?: \S+){0,6} (?:werk\w*|thuis|vrij|dienst|kantoor|vakantie|weg) )",
    r"dit is {ADV}(?:mijn|de|misschien de|waarschijnlijk de) (?:laatste|allerlaatste)"
    r" (?:groet|keer dat ik(?! (?:ga |ben |kom )?(?:naar|bij|met|in|op)"
    r" (?:de|die|dat|het|deze|dit|een) )(?! (?:die|deze|dat|dit|de|een|daar) )|berichtje"
    r"|bericht|appje)"
    r"(?!(?: \S+){0,4} (?:vandaag|vanavond"
    r"|deze week|weekend|slaap|welterusten|tot morgen) )",
    r"(?:iedereen|jullie|hen|ze) (?:een )?(?:laatste|allerlaatste) (?:berichtje|bericht|appje"
    r"|groet|kaartje) (?:gestuurd|gegeven|geschreven)",
    r"onthoud (?:me|mij) (?:zoals|als) ik {ADV}(?:vroeger |ooit |eerst )?(?:was|ben)",
    r"(?:afscheid|van (?:haar|hem|jullie|je|ze) (?:hou|houd)|gedag|dag gezegd) *6 voor het geval"
    r" (?:dat|er iets)",
    r"(?<!ik )(?:zeg|zeggen|vertel|vertellen) *5 dat ik (?:altijd )?van (?:haar|hem|ze|hen|jullie)"
    r" (?:hou"
    r"|houd|heb gehouden)(?= (?:#|,|@\S+|en|maar) )(?!(?: \S+){0,3} (?:voelde goed|was fijn"
    r"|fijn|blij|opgelucht) )",
    r"(?:het was|was het) {ADV}(?:fijn|mooi|goed|leuk|een eer) (?:om )?(?:je|jou|jullie|u) (?:te"
    r" kennen|gekend te hebben|te hebben gekend)(?!(?: \S+){0,6} (?:succes|baan|werk|collega\w*"
    r"|pensioen|verhuis\w*|school|vakantie|plezier|groetjes) )",
    r"(?:bedankt|dank je|dankjewel|dank) (?:voor alles|voor al)(?! (?:vandaag|vanavond|deze))"
    r" *4 (?:het was mooi|het was goed|het was fijn)(?= (?:#|,|@\S+|zo) )",
    r"(?:sorry|het spijt me) (?:voor alles|van alles) *2 (?:dag|doei|vaarwel|adieu|bye)"
    r"(?!(?: \S+){0,3} (?:tot morgen|tot straks|tot later|tot zo|tot snel) )",
    r"(?:dag|vaarwel|adieu) (?:lieve )?(?:mensen|allemaal|iedereen) *2 (?:het was|was het) {ADV}"
    r"(?:goed|mooi|fijn) (?:zo|geweest)",
    r"(?:ga|vertrek) {ADV}(?:voorgoed|voor altijd|voor eeuwig) (?:weg|heen)"
    r"(?! (?:uit|naar|bij|van|met) )",
    r"(?:ga|zal) {ADV}niet (?:meer )?terugkomen(?= (?:#|,|@\S+|en|maar|hoor) )",
    r"ik denk niet dat ik (?:nog )?(?:terugkom|terug kom|terug zal komen)(?!(?: \S+){0,3} (?:bij"
    r"|naar|in|op) )",
    r"pas (?:goed )?op (?:jezelf|elkaar|de kinderen|mama|papa) *2 ik (?:ga|ben) (?:nu|weg|dan)"
    r"(?= (?:#|,|@\S+|doei|dag) )",
    r"(?:beslissing|besluit) (?:genomen|gemaakt|is genomen) *5 (?:rustig|kalm|rust|opgelucht"
    r"|vrede)",
    r"(?:eindelijk )?weet ik wat ik (?:moet|ga) doen *5 (?:rustig|kalm|rust|opgelucht|vrede)",
    r"(?:nog (?:een|1) keer|nog eenmaal|nog een laatste keer) *6 (?:daarna|dan) (?:is het|mag het"
    r"|vind ik het|ben ik) {ADV}(?:goed|klaar|op|over|af|klaar mee)(?= (?:#|,|@\S+) )",
    # A pet placed elsewhere for good (round 12: told at more length, "zij zorgt nu voor
    # hem, voorgoed"), not for a reason that says why.
    r"(?:kat|katten|poes|hond|honden|huisdier\w*|konijn\w*|vogels?|hondje|katje) *8 (?:gebracht"
    r"|gegeven|weggebracht|weggegeven|ondergebracht|afgestaan|gaat naar|gaan naar|woont nu bij)"
    r" *9 (?:voor altijd|voorgoed|voor als ik er niet meer ben|(?:niet|nie) meer nodig|vanaf nu"
    r"|voortaan)(?!(?: \S+){0,8} (?:verzorgingshuis|tehuis|allergi\w*"
    r"|verhui[sz]\w*|verhuizing|mag geen|verpleeghuis|zorgcentrum|werk|asiel|geen tijd|te oud) )",
    # (Round 15: not someone else's things, "opa's spullen", nor one's old clothes.)
    r"(?<!'s )(?<!oude )(?:spullen|bezittingen|sieraden|kleren|boeken|platen|mijn geld)"
    r"(?! van (?!mij |me )) *4 (?:aan het wegdoen|aan het weggeven|aan het verdelen|verdeeld"
    r"|weggedaan|weggegeven|weg gegeven){DECLUTTER}",
    r"(?:opgeruimd|netjes gemaakt|alles geregeld) *4 zodat (?:niemand|ze|jullie|mijn \w+) *4"
    r" (?:later|straks|na mij|er later|daarna)",
    r"(?:ik )?(?:hoef|koop|heb) {ADV}geen nieuwe (?:agenda|kalender|winterjas|afspraak"
    r"|abonnement) *6 (?:meer|(?:toch )?niet (?:meer )?nodig)",
    r"geen plannen (?:meer )?voor na (?:deze|de|het|vandaag|morgen|volgende)",
    # Round 8, from the training corpus's cross-validated misses and new goodbyes written
    # for it (never the held-out sets): taking leave, thanks that close a life.
    r"(?:neem|nemen) {ADV}afscheid(?= (?:#|,|@\S+|van (?:iedereen|jullie|jou|je|het leven"
    r"|alles|de wereld)) )",
    r"(?:ik|#) {ADV}(?:wil|wilde|wou|kom|ga) {ADV}afscheid (?:te )?nemen(?= (?:#|,|@\S+) )",
    r"neem ik {ADV}afscheid(?= (?:#|,|@\S+|van (?:iedereen|jullie|jou|je|het leven|alles)) )",
    r"(?:tijd|moment) om afscheid te nemen(?= (?:#|,|@\S+|van (?:iedereen|jullie|jou|je"
    r"|het leven|alles)) )",
    r"(?:iedereen|jullie allemaal|jullie) (?:bedanken|bedankt) (?:voor alles )?(?:,|#) (?:het"
    r" was|was het) {ADV}(?:mooi|fijn|goed)(?!(?: \S+){0,6} (?:vandaag|vanavond|feest"
    r"|verjaardag|avond|dag) )",
    r"(?:bedankt|dank je|dankjewel|dank) (?:voor alles|voor al) *4 (?:het ga (?:je|jullie|u)"
    r" goed|je was (?:altijd )?(?:lief|goed|er))",
    r"(?:zeg|vertel) (?:tegen )?(?:iedereen|mijn \w+|ze|hen|haar|hem) dat het (?:me|mij) spijt"
    r"(?!(?: \S+){0,4} (?:te laat|van gisteren|van de ruzie|dat ik niet kom|van het feest) )",
    r"laat (?:jullie|je|iedereen|jou|u) *2 met rust *3 (?:voorgoed|voor altijd|voor eeuwig)",
    r"(?:dit is|is dit) {ADV}(?:de|mijn) (?:laatste|allerlaatste) keer dat (?:je|jullie|u|jij)"
    r" (?:iets )?(?:van (?:me|mij)|mij|me) (?:hoort|horen|ziet|zien|leest)",
    r"(?:praten|gesprek|spreken|gesproken) *6 (?:de|voor de) laatste keer(?= (?:#|,|@\S+) )",
    r"(?:je bent|jij bent|u bent) de laatste (?:met wie|die|aan wie|tegen wie) ik"
    r"(?!(?: \S+){0,4} (?:vandaag|vanavond|deze week|vannacht|slapen|tot morgen) )",
    r"hoeft (?:me|mij) *3 niet meer te (?:bellen|appen|zoeken|schrijven|bezoeken|komen halen)"
    r"(?!(?: \S+){0,6} (?:want|omdat|al|nieuwe|andere|geregeld|beter) )",
    r"(?:mijn|m'n) zaken *3 (?:aan het afronden|afgerond|op orde gebracht|op orde gezet"
    r"|afgehandeld)(?!(?: \S+){0,6} (?:belasting\w*|\w*aangifte|administratie|verhuizing|pensioen"
    r"|vakantie|bedrijf|zaak|winkel) )",
    r"brieven *6 (?:en )?dan is het (?:goed|klaar|af|gedaan)",
    # Round 20: "dit is mijn laatste weekend, dat weet ik zeker": the clause ends there (not
    # "mijn laatste week op kantoor", "... voor de vakantie").
    r"dit (?:was|wordt|is) {ADV}(?:mijn|m'n) laatste (?:weekend|week|nacht|dag|maand|zondag)"
    r"(?= (?:#|,|@\S+) )(?!(?: \S+){0,8} (?:werk\w*|baan|vakantie|stage|school|contract|verhuiz\w*"
    r"|nieuwe|verlof|pensioen|kantoor|ziekenhuis|proeftijd|opleiding|dienst) )",
    r"dit (?:was|wordt|is) {ADV}(?:mijn|onze) laatste (?:kerst|kerstmis|verjaardag|zomer"
    r"|oud en nieuw|jaar|lente)(?!(?: \S+){0,4} (?:hier|in dit huis|in deze|op school|thuis"
    r"|als vrijgezel|bij|in nederland|in belgie) )",
    r"(?:merken|zien|missen|beseffen|snappen) *4 pas als ik (?:er )?(?:niet meer (?:ben|leef"
    r"|besta)|dood ben|weg ben)",
    r"tot (?:in )?(?:een )?(?:ander|volgend|volgende) leven",
    r"geef het op *4 (?:het was|was het) {ADV}(?:mooi|goed|fijn)(?= (?:#|,|@\S+) )",
    # Round 9c: leave taken of the family "al", "wees niet verdrietig om
    # mij", setting others free, the calm of a decision made.
    r"al afscheid genomen van (?:mijn|m'n) (?:kinderen|kleinkinderen|familie|ouders|vrienden"
    r"|dochter|zoon|zus|broer|moeder|vader|man|vrouw)(?= (?:#|,|@\S+) )",
    # (Round 12: up to nine words on, "ik ben klaar" too; not for a wedding or a move.)
    r"(?:op orde|geregeld|testament)(?!(?: \S+){0,6} (?:verhui[sz]\w*|verhuizing|vakantie|feest"
    r"|reis|bruiloft|examen|vlucht|afspraak|etentje|operatie|opname|pensioen) ) *9 (?:ik ben er"
    r" klaar voor|ik kan gaan|ik ben klaar om te gaan|ik ben {ADV}klaar(?= (?:#|,|@\S+) ))",
    r"(?:wees|zijn) {ADV}niet (?:verdrietig|boos) (?:om|over) (?:mij|me)",
    r"hoeft niemand (?:zich )?{ADV}(?:meer )?(?:druk|zorgen) (?:te )?maken (?:om|over) (?:mij|me)",
    r"ik laat (?:jullie|je|iedereen) {ADV}vrij(?= (?:#|,|@\S+) )",
    r"(?:rustig|opgelucht|kalm|rust) *6 nu ik (?:het )?(?:besloten|beslist) heb(?= (?:#|,|@\S+) )",
    # Round 14: a letter's lines said in chat: "het is niemands schuld", going "met een
    # gerust hart" (not "met een gerust hart gaan slapen").
    r"(?:wil|moeten|moet|zeg) *3 (?:weet|weten|tegen \S+) *3 (?:dat )?het niemands schuld (?:is"
    r"|was)(?= (?:#|,|@\S+) )",
    r"met een gerust hart (?:gaan|sterven|vertrekken|weggaan|heengaan)(?= (?:#|,|@\S+) )",
]

_HINT_BURDEN: Final = [
    r"(?:zal|ga|wil) {ADV}(?:jullie|je|jou|niemand|iedereen|ze|u) {ADV}(?:niet meer|nooit meer)"
    r" lastig ?(?:vallen|te vallen)(?= (?:#|,|@\S+|en|maar|hoor|ik) )",
    # Round 11: "ik ga niemand meer lastig vallen".
    r"(?:zal|ga|wil) {ADV}niemand {ADV}meer lastig ?(?:vallen|te vallen)(?= (?:#|,|@\S+|en|maar) )",
    r"(?:ben|voel me) {ADV}(?:alleen maar |maar )?(?:een )?(?:kostenpost|sta in de weg"
    r"|sta-in-de-weg|blok aan het been){NOT_AT_ACTIVITY}",
    r"ik zit {ADV}(?:iedereen|jullie|mijn \w+|ze|hen|de rest) {ADV}(?:alleen maar |maar )?in de"
    r" weg(?= (?:#|,|@\S+|en|maar|met) )",
    r"meer aan (?:mijn|m'n) (?:verzekering|levensverzekering|geld|erfenis|huis|pensioen|spullen)"
    r" dan aan (?:mij|me)",
    r"als ik er niet (?:was|meer was|meer ben|ben) *4 (?:hadden|hebben|zouden|had|heeft) *3"
    r" (?:geen zorgen|rust|het makkelijker|het beter|minder zorgen|het fijner)",
    r"zonder (?:mij|me) (?:hebben|zijn|hadden|zouden|heeft|is|zou) (?:ze|zij|jullie|iedereen|hij"
    r"|mijn \w+|de kinderen|het gezin) *2 (?:rust|beter|gelukkiger"
    r"|makkelijker|blijer|vrij|rustiger|stiller|fijner|lichter)",
    r"zonder (?:mij|me) (?:is|zou|wordt|was) het {ADV}(?:voor (?:hen|hun|iedereen|jullie|ze|hem"
    r"|haar|mijn \S+) )?(?:rustiger|beter|makkelijker|fijner|lichter|stiller)(?= (?:#|,|@\S+"
    r"|zijn|voor) )",
    r"(?:hij|zij|ze|jullie|iedereen) (?:is|zijn|zou|zouden|was|waren) {ADV}(?:beter|gelukkiger"
    r"|blijer) (?:af )?zonder (?:mij|me)(?= (?:#|,|@\S+|en|maar) )",
    r"beter af zonder (?:een )?\w+ (?:zoals ik|als ik)",
    # Round 15: "beter af met een moeder die er niet is", "met iemand anders als moeder";
    # "de wereld heeft niks aan mij"; "wat is het nut van nog een dag".
    r"beter af met een \S+ die er (?:niet|nooit|niet meer) (?:is|zou zijn)",
    r"(?:is|zijn|zou|zouden|was|waren) {ADV}beter af met (?:iemand anders|een andere)"
    r" (?:als |dan )?(?:moeder|vader|mama|papa|ouder|partner|vrouw|man)",
    r"(?:de wereld|iedereen|niemand|mijn familie|mijn kinderen) (?:heeft|hebben) {ADV}(?:niks|niets"
    r"|geen bal|helemaal niks) aan (?:mij|me)(?= (?:#|,|@\S+) )",
    r"wat is {ADV}het nut {ADV}(?:nog )?(?:van|om) (?:nog een dag|nog een jaar|het leven|dit leven"
    r"|mijn leven|(?:nog )?(?:door te gaan|op te staan|verder te gaan|te leven|er te zijn))"
    r"(?= (?:#|,|@\S+) )",
    # Round 13: "mijn kinderen hebben het beter zonder zo'n moeder".
    r"(?:beter|beter af|gelukkiger|blijer) zonder (?:zo'n|zo een|zulke|zulk een|zo'n slechte"
    r"|een slechte|hun|hun eigen) (?:moeder|vader|mama|papa|ma|pa|oma|opa|vrouw|man|zus|broer"
    r"|dochter|zoon"
    r"|vriend|vriendin|partner|mens)(?= (?:#|,|@\S+|als ik|zoals ik|en) )",
    r"niemand *3 (?:nog|meer) iets (?:van|over) (?:me|mij)(?: merkt| horen| hoort)?",
    # Round 8: a burden to those one loves.
    r"genoeg last (?:van (?:mij|me)|aan (?:mij|me)) gehad",
    r"(?:niemand|iemand|jullie|iedereen) {ADV}(?:meer|langer) tot last (?:zijn|wezen|zal zijn)",
    r"(?:maak|maakte) (?:iedereen|jullie|mijn \w+|ze|hen|iedereen om me heen) {ADV}(?:alleen"
    r" maar |maar )?(?:ongelukkig|verdrietig|kapot|het leven zuur)",
    r"(?:ik )?kost *3 (?:alleen maar|maar|enkel) (?:geld|moeite|zorgen|tijd|energie)"
    r"(?= (?:#|,|@\S+|en) )",
    r"(?:hebben|heeft|zijn|is) *4 (?:meer aan (?:me|mij)|beter af|gelukkiger|blijer) als ik (?:er"
    r" )?(?:niet meer ben|weg ben|dood ben|er niet meer ben)",
    r"(?:hoeven|hoeft) (?:je|jullie|u) (?:je |jullie |zich )?(?:geen zorgen meer|niet langer"
    r" zorgen) te maken (?:over|om) (?:me|mij)(?!(?: \S+){0,6} (?:beter|goed|red|gaat) )",
    # Not "sorry dat ik er (nu pas) ben": late, not a burden.
    r"(?:sorry|het spijt me) dat ik (?:er nog ben|nog besta|besta|nog leef|leef|geboren ben)"
    r"(?= (?:#|,|@\S+) )",
    r"(?:kan|zou) {ADV}beter (?:verdwijnen|weggaan|weg zijn|er niet zijn|er niet meer zijn"
    r"|dood zijn)"
    r"(?!(?: \S+){0,4} (?:naar|uit de|van het feest|voor het eten|op vakantie) )",
    r"(?:redden|red|kunnen|kan) (?:zich|het) {ADV}(?:prima |best |goed |heus )?(?:wel )?zonder"
    r" (?:mij|me)(?!(?: \S+){0,5} (?:vakantie|weekend|week|dagje|avond|cursus|reis) )",
    # Round 9, new phrasings for burden (never the held-out sets).
    r"niemand heeft {ADV}(?:iets|wat|nog iets|nog wat) aan (?:mij|me)(?= (?:#|,|@\S+|en|maar) )",
    r"(?:geholpen|bedankt|dank je|dank u|dankjewel|dank voor alles) *6 (?:maar )?(?:het is|voor mij"
    r" is het) {ADV}te laat(?!(?: \S+){0,3} (?:om|voor|vandaag|vanavond) )",
    # (Round 12: "als ik verdween" too.)
    r"(?:niemand (?:zal|zou) *2 (?:merken|zien|missen|opvallen)|niemand (?:merkt|ziet)"
    r"|(?:merkt|ziet) niemand) (?:het )?(?:dat|als) ik (?:weg ben|er niet"
    r" meer ben|er niet ben|dood ben|verdween|verdwijn|er niet meer was|weg was|dood was"
    r"|doodging|stierf|wegga)(?!(?: \S+){0,4} (?:vakantie|weekend|reis) )",
    # Round 14: a child better off with another parent (one's own place given away).
    r"(?:is|zijn|zou|zouden|was|waren) *3 beter af (?:met|bij) (?:een )?(?:andere|nieuwe"
    r"|betere) (?:moeder|vader|mama|papa|mams|paps|ouder|ouders)",
    r"iemand (?:anders )?(?:die|dat) er (?:straks|later|dan) (?:nog|wel) (?:is|zal zijn)",
]

_HINT_INDIRECT: Final = [
    # Round 15: nothing left to live for.
    r"(?:heb|had|is|was|zie|zag) {ADV}(?:niks|niets|niemand|geen reden|geen enkele reden)"
    r" (?:meer )?(?:om|waarvoor) (?:\S+ ){0,2}(?:voor )?(?:te )?(?:leven|door te gaan"
    r"|op te staan)",
    # Round 15d: taking leave of everyone as one's step (not at work or a move).
    r"afscheid (?:nemen|te nemen) van (?:iedereen|jullie allemaal|de wereld|het leven|alles)"
    r"(?!(?: \S+){0,6} (?:werk|pensioen|feest|verhui[sz]\w*|vakantie|school|reis|kantoor) )",
    # Round 15: no light at the end of the tunnel, or that light gone.
    r"(?:geen|nergens|niet meer|nooit meer|nooit) (?:\S+ ){0,3}licht (?:meer )?aan het"
    r" (?:einde|eind) van de tunnel|licht aan het (?:einde|eind) van de tunnel (?:\S+ ){0,2}"
    r"(?:kwijt|weg|uit|uitgegaan|gedoofd)(?= (?:#|,|@\S+) )",
    # Round 13, from a third set of my probes (an old woman's formal letter, fragments,
    # a long message with the sign in the middle): a long life "welletjes", the right to
    # die looked into (NVVE, "zelf bepalen wanneer het ophoudt"), "net zo goed dood",
    # "makkelijker als ik er niet meer ben", not belonging on this earth, still here
    # only for someone else, "klaar ermee. alles." and "hoeft niet meer." alone.
    r"(?:lang|mooi|vol) leven (?:gehad|achter de rug) *8 (?:welletjes|genoeg geweest|mag het"
    r"|klaar|op|hoeft het niet meer|is het genoeg|is het mooi geweest)",
    r"(?:welletjes|genoeg geweest) zo(?= (?:#|,|@\S+) )",
    r"nvve|laatste ?wil ?pil\w*|middel x|cooperatie laatste wil|stichting de einder",
    r"zelf (?:bepalen|beslissen|kiezen) wanneer *2 (?:het ophoudt|het genoeg is|ik ga|ik sterf"
    r"|mijn leven (?:eindigt|ophoudt|stopt)|het stopt|het klaar is)",
    r"(?:kan|kon) {ADV}net zo goed (?:dood|er niet|weg|begraven)",
    r"(?:makkelijker|beter|rustiger|fijner|lichter|schelen) *4 als ik er {ADV}(?:niet meer|niet)"
    r" (?:ben"
    r"|zou zijn|was|meer ben)",
    r"(?:hoor|hoort|thuis) {ADV}niet (?:meer )?(?:op|in) (?:deze|de) wereld|(?:op|in) (?:deze"
    r"|de) wereld (?:niet|niet meer) (?:thuis|hoor)|ik {ADV}niet (?:meer )?(?:op|in) (?:deze|de)"
    r" wereld (?:hoor|thuishoor|pas)(?= (?:#|,|@\S+) )",
    r"(?:ik er nog ben|ik nog leef|ik hier nog ben|ik nog besta) *3 (?:is |komt )?(?:puur|alleen"
    r"|enkel|enkel maar|alleen maar) (?:om|omdat|voor|vanwege|door)",
    r"(?<=^ )# (?:ik ben )?klaar (?:ermee|er mee|mee) # (?:met )?alles #",
    r"(?<=^ )# (?:het )?(?:hoeft|moet) (?:allemaal )?(?:niet|nie) meer #(?: #)?(?= $)",
    # Round 13d: forgiveness asked alone, sleep "voor lang", peace with what one will
    # do, one's things given "want ik zal ze niet meer nodig hebben", death that
    # "klinkt goed".
    r"(?<=^ )# (?:vergeef|vergeeft) (?:me|mij)(?: alsjeblieft| alstublieft| aub| @\S+)*"
    r" #(?: #)?(?= $)",
    r"ik ga slapen (?:#|,) voor (?:lang|heel lang|altijd|eeuwig|goed)(?= (?:#|,|@\S+) )",
    r"vrede *6 (?:ik )?weet {ADV}wat ik (?:ga|moet|wil) doen",
    r"(?:bedankt|dank) voor alles (?:,|#) ik ga (?:nu|dan)(?= (?:#|@\S+) )",
    r"(?:dit|deze week|vandaag|morgen|zaterdag|zondag) (?:is|wordt) {ADV}(?:mijn|m'n)"
    r" (?:allerlaatste|laatste) (?:week|dag|nacht|avond|kerst|verjaardag)(?= (?:#|,|@\S+) )",
    r"dat (?:dit|deze week|vandaag|morgen) {ADV}(?:mijn|m'n) (?:allerlaatste|laatste) (?:week|dag"
    r"|nacht|avond|kerst|verjaardag) (?:is|wordt|zal zijn)(?= (?:#|,|@\S+) )",
    r"(?:snap|begrijp) (?:ik )?(?:nu |wel |best |soms |heel goed |ineens )?waarom mensen *3"
    r" (?:zelfmoord|zelfdoding|er een eind\w* aan|uit het leven|suicide)",
    # Round 13f: "klaar mee, met alles" said twice over; life "dat ga ik beeindigen" after a
    # comma; one way out, at the end of a message; nobody to stop one; not on this earth
    # any more; a candle gone out, alone; at the end of one's life; home to the Father.
    r"klaar (?:mee|met|ermee) (?:,|#) ?met alles(?= (?:#|,|@\S+) )",
    r"(?:leven|bestaan) *8 (?:dat|dit|het) (?:ga|wil|zal) ik {ADV}(?:binnenkort |snel |vannacht "
    r"|morgen |straks )?(?:beeindigen|beindigen|afsluiten|eindigen|stopzetten)",
    r"(?:zie|is|heb) {ADV}(?:nog )?(?:maar )?(?:een|1) (?:uitweg|oplossing)(?: @\S+)*"
    r" #(?: #)?(?= $)",
    r"niemand (?:die |meer die )?(?:me|mij) {ADV}(?:tegenhoudt|tegen houdt|kan tegenhouden"
    r"|gaat tegenhouden|zal tegenhouden|tegen gaat houden)(?= (?:#|,|@\S+) )",
    r"(?:wil|hoef|hoeft) {ADV}(?:niet|nie) meer (?:op|in) (?:deze|de) (?:aardbol|aarde|wereld"
    r"|planeet|aardbodem) (?:rondlopen|rond lopen|zijn|leven|wandelen|bestaan)",
    r"(?<=^ )# (?:het|mijn) (?:kaarsje|lichtje|licht|vuurtje) (?:is|gaat) {ADV}(?:bijna )?uit"
    r"(?: @\S+)* #(?: #)?(?= $)",
    r"(?:ben|zit|sta) *4 (?:aan|op) het (?:einde|eind) van (?:mijn|m'n) (?:leven|bestaan)"
    r"(?! (?:als|met|bij|in) )",
    r"(?:ga|wil|mag|kom) *3 naar (?:de vader|de heer|god|jezus|de hemel|boven|het licht)"
    r"(?= (?:#|,|@\S+) )",
    # Round 13g, plans and goodbyes in passing: a last walk past the places one loves,
    # photos and accounts deleted, "pas goed op mama als ik er niet meer ben", a day
    # chosen (said alone), "tijd dat ik er een punt achter zet", lying in one's coffin.
    r"(?:een|mijn|m'n) (?:laatste|allerlaatste) (?:wandeling|rondje|ronde|rit|fietstocht)"
    r" *4 (?:langs|naar|bij) (?:alle|al mijn|al m'n|mijn|m'n) *3 (?:plekken|plekjes|mensen)",
    r"al (?:mijn|m'n) (?:foto's|fotos|accounts|account|berichten|socials|profielen) *2"
    r" (?:verwijderd|gewist|opgezegd|opgeheven|gedeletet|gedelete)",
    r"(?:pas|let|zorg|zorgen|zorgt|denk|letten|passen) *4 als ik er {ADV}(?:niet|nie) meer (?:ben"
    r"|zal zijn|ben hoor)",
    r"(?:heb|is) (?:een|de) (?:dag|datum) (?:uitgekozen|gekozen|bepaald|geprikt|vastgesteld)"
    r"(?= (?:#|@\S+) )",
    r"tijd (?:dat|om) (?:ik )?er {ADV}een punt achter (?:zet|te zetten)(?= (?:#|@\S+) )",
    r"ik *4 in (?:mijn|m'n|een) (?:kist|doodskist|graf) (?:lig|lag|zou liggen|liggen)",
    r"(?:wachtwoorden|pincodes|inloggegevens) *8 voor als (?:er iets gebeurt|ik er niet meer ben"
    r"|er iets met mij gebeurt)",
    # Round 13j: a goodbye "zonder dat ze het weet", messages sent "voor het laatst", "het
    # lag niet aan haar", sorry to wake up again, waiting for the end, making room, an
    # illness wished for "zodat het vanzelf afgelopen was".
    r"(?:gedag|dag|afscheid|vaarwel) *6 zonder dat (?:ze|hij|zij|iemand|jullie) (?:het )?(?:weet"
    r"|wist|doorheeft|doorhad|merkt|merkte)",
    r"(?:iedereen|allemaal|jullie|mijn \S+) *6 (?:gestuurd|gebeld|gezien|gesproken|geknuffeld"
    r"|bezocht|gedag gezegd|geappt) *2 voor het laatst(?= (?:#|,|@\S+) )",
    r"(?:vertel|zeg) *4 dat het niet aan (?:haar|hem|hen|jou|jullie|hun) (?:lag|ligt)",
    r"(?:baal|jammer|teleurgesteld|balen|zonde|rot) *4 dat ik {ADV}(?:weer|toch|nog) wakker"
    r" (?:ben|word|werd)",
    r"wacht(?:en)? *3 (?:tot|op) (?:het einde|het eind|de dood) (?:komt|er is)?(?= (?:#|,|@\S+) )",
    r"verdien\w* iemand (?:beters|beter) dan (?:mij|ik)|(?:maak|maken) ik plaats(?= (?:#|,|@\S+)"
    r" )|ik maak plaats(?= (?:#|,|@\S+) )",
    r"(?:plezier doen|een gunst doen|een dienst bewijzen) *3 (?:verdwijnen|weggaan|er niet meer"
    r" zijn|te verdwijnen)",
    r"(?:ziekte|kanker|ongeluk|hartaanval) *6 (?:zodat|dan) *3 (?:vanzelf|het afgelopen|ik dood"
    r"|het voorbij)",
    r"(?:laat|loslaten) *3 (?:alles|iedereen|het leven) *2 los *6 (?:morgen|vannacht|straks"
    r"|vanavond|binnenkort) ben ik (?:er )?(?:weg|niet meer)",
    # (Round 20: not with the everyday thing one goes to do now, "ik ga nu koken".)
    r"(?:bedankt|dankjewel|dank je wel|dank je|dank u) voor alles(?!(?: \S+){0,4} (?:koken|eten"
    r"|douchen|boodschappen|wandelen|werken|afwassen|fietsen|sporten|zwemmen|tv|voetbal\w*) )"
    r" *8 # (?:dag|doei|vaarwel|adieu|daag)(?: @\S+)* #(?= $)",
    r"(?:mag|moogt|mogen|mag je|kun|kan|krijg|krijgt) *5 hebben *6 (?:zal|ga|ga ik) *3 {ADV}"
    r"(?:niet|nie) meer nodig hebben",
    r"(?:overgemaakt|overgezet|gegeven|weggegeven|geschonken) *8 (?:geen|niet|nie) (?:geld|spullen"
    r"|\S+) meer nodig(?= (?:#|,|@\S+) )",
    r"(?:sorry|het spijt me) voor alles (?:#|,) (?:ik ga|ik ben weg|vaarwel)(?: nu)?"
    r"(?= (?:#|,|@\S+) )(?!(?: \S+){0,3} (?:tot|welterusten|slaap|slapen) )",
    r"(?:dood gaan|doodgaan|sterven|dood zijn|de dood) (?:klinkt|lijkt) {ADV}(?:me |mij )?{ADV}"
    r"(?:goed|fijn|heerlijk|aantrekkelijk|als een verlossing|rustig|prima|chill|relaxed|lekker"
    r"|mooi|een opluchting|beter)",
    # Round 13i: "ik wil m'n leven niet meer" (not "dit leven", which is often a way of life).
    r"ik wil {ADV}(?:mijn|m'n) leven {ADV}(?:niet|nie) meer(?= (?:#|,|@\S+) )",
    # Round 12, from a second set of new probes: "better dead", pain "so that I no longer
    # want", tired of life after a comma, away for good (not a move), a means as "a good
    # option", one's own funeral dreamt of.
    r"(?:dat|of) ik {ADV}beter dood (?:kan zijn|kon zijn|zou zijn|ben|was)",
    r"(?:pijn|verdriet|moe|kapot|eenzaam|leeg|somber|zwaar|verdrietig) *5 dat ik {ADV}niet meer"
    r" wil(?= (?:#|,|@\S+) )",
    r"(?:zat|beu|moe|klaar mee|spuugzat|kotsbeu|niet zitten|niet meer zitten|genoeg van|geen zin"
    r" meer in) (?:,|#) (?:van |in )?(?:heel )?(?:het|dit|dat|mijn|m'n) leven(?= (?:#|@\S+) )",
    # Round 13o: "kapot, ik wil er uit"; the other side; no more respawning; the battery empty
    # for good; oneself switched off for good; "een permanente oplossing".
    r"(?:kapot|op|moe|kan niet meer|klaar) *4 (?:ik )?wil (?:er uit|eruit)(?= (?:#|,|@\S+) )",
    r"(?:ga|wil) *2 naar de andere kant(?= (?:#|@\S+) )",
    r"(?:wil|ga) *2 (?:niet|nooit) meer respawn\w*",
    r"(?:batterij|accu) *3 leeg *2 (?:voorgoed|voor altijd|definitief)",
    r"zet (?:mezelf|me|mij) {ADV}uit *2 (?:definitief|voorgoed|voor altijd)",
    r"permanente oplossing *2 (?:voor|van) een tijdelijk probleem",
    # Round 13q, five more voices (a divorced father, a student, a young mother, a newcomer
    # to the country, a Flemish woman of 87): what one still gets up for, "beter een andere
    # moeder", nobody noticing one's death, a kiss "misschien de laatste", "het wordt
    # vannacht", death looked forward to, slipping away "niemand hoeft het te weten".
    r"(?:waarvoor|waarom|voor wie) ik {ADV}(?:nog )?(?:opsta|op sta|doorga|door ga|leef|besta"
    r"|ademhaal)(?= (?:#|,|@\S+) )",
    r"(?:beter|liever) een andere (?:moeder|vader|mama|papa|vrouw|man|dochter|zoon) *2 (?:had"
    r"|hadden|gehad|hebben)",
    r"als ik (?:dood ga|doodga|sterf|er niet meer ben|verdwijn) *2 (?:merkt|ziet|mist) niemand"
    r" (?:het|dat|me|mij)",
    r"(?:kus|knuffel|zoen) *6 (?:misschien |waarschijnlijk )?(?:de|voor de) laatste(?: keer)?"
    r"(?= (?:#|,|@\S+) )",
    r"het wordt (?:vannacht|vanavond|morgen|zaterdag|zondag|dit weekend)(?= (?:#|,|@\S+) )"
    r"(?!(?: \S+){0,4} (?:koud|warm|regen|mooi|druk|laat|feest|gezellig) )",
    r"(?:dood|sterven|einde) *6 (?:kijk ik ernaar uit|ik kijk ernaar uit|verlang ik ernaar"
    r"|ik verlang ernaar|kijk ik naar uit)",
    r"(?:tussenuit|tussen uit|weg) *4 niemand (?:hoeft|mag) het te (?:weten|merken)",
    # Round 13r: "gezegd dat het goed gaat, maar ...", the one thing that holds one back,
    # afraid of oneself, "de tijd is gekomen" alone, one's last diary page, a plan that
    # stands "ik twijfel niet meer", the quickest way searched for, the train on one's mind.
    r"(?:gezegd|verteld) dat het (?:goed|prima|wel) gaat *3 maar",
    r"(?:het enige|enige) (?:wat|dat) (?:me|mij) {ADV}(?:nog )?(?:tegenhoudt|tegen houdt|hier houdt"
    r"|in leven houdt)(?! om )",
    r"bang (?:voor|van) (?:mezelf|mijzelf|mijn eigen|wat ik (?:ga doen|mezelf aandoe|zal doen))",
    r"vertrouw {ADV}(?:mezelf|mijzelf|me|mij) {ADV}(?:niet|nie) (?:meer )?(?:alleen|vannacht"
    r"|vanavond|in huis|thuis)",
    r"(?<=^ )# (?:de|mijn) tijd is gekomen(?: @\S+)* #(?: #)?(?= $)",
    r"(?:mijn|m'n) (?:allerlaatste|laatste) (?:dagboekpagina|dagboek|woorden|bladzijde)",
    r"(?:plan|besluit|beslissing) *3 (?:staat|vast|genomen) *4 (?:twijfel|niet meer terug)",
    r"(?:gezocht|opgezocht|gegoogeld|gegoogled) *4 (?:snelste|makkelijkste|pijnloze|pijnloosste"
    r"|zekerste) manier(?= (?:#|,|@\S+) )",
    r"ik denk {ADV}(?:aan|over) (?:de trein|het spoor|de brug|springen)(?= (?:#|,|@\S+) )",
    # Round 13s, said in passing: a journey with no return, becoming a little star, to
    # grandma in heaven, the music for one's funeral, "wie wat krijgt", tired "van leven",
    # switched off, nobody will see me again, gone before anyone wakes, "kan niet anders
    # dan gaan".
    r"(?:reis|tocht) zonder (?:terugkeer|terugreis|retour)|enkeltje (?:hemel|dood|hiernamaals)",
    r"(?:word|worden) ik {ADV}(?:een )?sterretje|ik *3 (?:een )?sterretje (?:worden|word)",
    r"ik {ADV}(?:ga|wil|kom) *2 naar (?:\S+ ){1,2}in de hemel",
    r"(?:muziek|liedje\w*|kist|bloemen) voor (?:mijn|m'n) (?:eigen )?(?:uitvaart|begrafenis"
    r"|crematie) *3 (?:uitgekozen|gekozen|geregeld|klaar|uitgezocht)",
    r"wie wat krijgt(?= (?:#|,|@\S+) )(?!(?: \S+){0,5} (?:sinterklaas|kerst\w*|verjaardag"
    r"|cadeau\w*) )",
    r"(?:kat|hond|sleutel\w*|huisdier\w*) *8 (?:dus |en )?alles is geregeld(?= (?:#|,|@\S+) )",
    r"moe van (?:het )?(?:leven|bestaan)(?= (?:#|,|@\S+|niet|van) )",
    r"(?:wil|wou) *2 (?:uitgeschakeld|uitgezet|gedeletet|gewist) worden",
    r"niemand (?:gaat|zal) (?:mij|me) {ADV}(?:nog|ooit nog|nooit meer) zien",
    r"(?:hoeft|hoeven) niemand *3 (?:meer )?rekening (?:met|te houden met) (?:me|mij)",
    r"(?:ben|zal) *2 weg (?:zijn )?voordat (?:iemand|iedereen|jullie|ze) wakker (?:wordt|worden)"
    r"(?!(?: \S+){0,4} (?:dienst|werk|trein|vlucht|vliegtuig|vroeg) )",
    r"(?:als|wanneer|tegen de tijd dat|voordat) *5 ben ik er {ADV}(?:niet|nie) meer"
    r"(?= (?:#|@\S+) )",
    r"(?:kan|kon) {ADV}niet anders dan (?:gaan|stoppen|weggaan|er een eind)",
    # Round 13t, old and alone, the bot's own people: death "mag komen", "had al lang dood
    # moeten zijn", the last of one's friends "wil ook gaan", died together with one's man,
    # "mijn tijd is op, dat voel ik", not waking "een zegen", no use in another day,
    # "waarom zou ik" keep eating, the inheritance "maar beter snel".
    r"(?:de dood|het einde|magere hein) (?:mag|kan) {ADV}(?:komen|kome)(?= (?:#|,|@\S+) )",
    r"(?:had|hoorde) *3 (?:al lang |allang |al )?dood (?:moeten zijn|te zijn)|had er {ADV}(?:al"
    r" lang |allang )?niet meer moeten zijn",
    r"(?:laatste|enige) *6 (?:wil|mag|ga) (?:ook|nu ook) (?:gaan|weg|sterven|dood)",
    r"(?:zou willen|wou|wilde|had gewild) dat ik *4 (?:was|ben) (?:gestorven|doodgegaan"
    r"|omgekomen|overleden)",
    r"mijn tijd is (?:op|gekomen) *2 (?:dat voel ik|voel ik|dat weet ik|weet ik)",
    r"nodig *4 (?:het )?hoeft (?:allemaal )?(?:niet|nie) meer(?= (?:#|@\S+) )",
    r"(?:niet|nooit) (?:meer )?wakker (?:word|zou worden|werd) *4 (?:zegen|prima|goed|fijn"
    r"|verlossing|niet erg|geen ramp|opluchting)",
    r"zie *3 (?:het )?nut (?:niet|nie) (?:meer )?(?:van|in) *3 (?:dag|leven|doorgaan|verder"
    r"|morgen)",
    r"(?:blijf|blijven|door) (?:eten|drinken|leven|vechten|gaan|doorgaan) *3 (?:maar )?waarom zou"
    r" ik(?= (?:#|,|@\S+) )",
    r"erfenis *8 (?:snel|eerder|maar beter) (?:krijgen|hebben)",
    r"{IW} {ADV}weg(?: van hier| hier vandaan)? *2 (?:voorgoed|voor altijd)(?!(?: \S+){0,4}"
    r" (?:naar|uit) )",
    r"(?:de trein|het spoor|de brug|pillen|het water|springen|een overdosis|ophangen) (?:lijkt"
    r"|leek) (?:me|mij) {ADV}(?:een |de )?(?:goede|beste|enige|prima) (?:optie|oplossing|uitweg"
    r"|keuze)(?= (?:#|,|@\S+) )",
    r"(?:fantaseer|droom|dagdroom) *3 over (?:mijn|m'n) (?:eigen )?(?:begrafenis|dood|uitvaart"
    r"|crematie)",
    # Round 12b, probes in other voices (youth, formal, religious): "ik wil uitchecken",
    # God may come and fetch me, life falls too heavy, no longer worth it, asleep and never
    # waking, "mijn leven hoeft niet meer", away from the world for good.
    r"{IW} {ADV}(?:uitchecken|uitloggen|afsluiten|offline)(?= (?:#|,|@\S+) )",
    r"(?:god|de heer|heer|lieve heer|jezus|allah|hij daarboven|de engelen|lieve god) *3 (?:mag"
    r"|mogen|moet|kan|mag het) {ADV}(?:me|mij) *2 (?:komen )?(?:halen|meenemen|wegnemen"
    r"|weghalen)",  # (not "ophalen": as a typo target it took "ophagen" from "ophangen")
    r"(?:god|de heer|heer|lieve heer|jezus|allah|lieve god) *3 haal {ADV}(?:me|mij) *2 (?:weg"
    r"|op|hier weg)",
    r"(?:het|dit|mijn) leven (?:valt|is|wordt|werd) (?:me|mij) {ADV}(?:veel )?te zwaar",
    r"(?:het|leven|het leven) is (?:voor mij |voor me )?{ADV}(?:niet langer|niet meer) (?:de"
    r" moeite )?waard(?= (?:#|,|@\S+) )",
    r"(?:slapen|in slaap vallen|inslapen|gaan slapen) *3 (?:en )?(?:nooit|niet) meer (?:ontwaken"
    r"|wakker worden|wakker te worden|op te staan|opstaan)",
    r"(?:mijn|m'n|het) leven hoeft {ADV}niet meer",
    r"weg (?:van|uit) (?:de|deze) wereld *3 (?:voorgoed|voor altijd)",
    # Round 12c: at the bridge or the track at night, told as a confession; looking down
    # from an open window high up; one's own funeral pictured as relief.
    r"(?:heb|had) {ADV}(?:vannacht|gisteravond|gisternacht|urenlang|lang|weer|vaak) (?:op|bij"
    r"|aan) (?:de|het) (?:brug|spoor|dak|rand|flat|viaduct|kade|rails) (?:gestaan|gezeten)"
    r"(?!(?: \S+){0,6} (?:vuurwerk|foto\w*|vissen|wachten|op \S+ te wachten|trein naar|bus) )",
    r"(?:loop|ga|fiets|rij) {ADV}(?:elke|iedere) (?:avond|nacht|dag) *2 naar (?:het spoor|de brug"
    r"|het water|de rails|het dak|de flat) *4 (?:sta|zit) (?:daar|er) *3 (?:te kijken|te staren"
    r"|naar beneden)",
    r"(?:raam|balkondeur) {ADV}open *4 (?:\w+de|\d+e) verdieping *5 (?:denk|kijk naar beneden"
    r"|na te denken)",
    r"(?:mijn|m'n) (?:eigen )?(?:begrafenis|uitvaart|dood)(?! van ) *8 (?:opluchting|opgelucht"
    r"|vredig|als rust)",
    # At the wheel: "wat als ik gewoon niet stuur" (round 11 had "tegen een boom").
    r"(?:wat als|als ik nou|stel dat) ik {ADV}(?:niet (?:meer )?stuur|niet rem|het stuur omgooi"
    r"|het stuur omgooien|de berm in|gewoon doorrijd|niet stop) *3 (?:#|,|@\S+|\?)",
    # Round 12: crossing without looking "it does not matter to me any more"; being noticed
    # only once gone.
    r"(?:steek|stak|loop|liep|fiets|fietste|rij|reed) *3 (?:over|door rood) *3 zonder (?:te"
    r" )?(?:kijken|uit te kijken) *4 (?:maakt (?:me|mij) {ADV}niet(?: meer)? uit|kan (?:me|mij)"
    r" {ADV}niet(?: meer)? schelen|boeit (?:me|mij) {ADV}niet(?: meer)?)",
    r"pas (?:merken|zien|beseffen|missen|weten) *5 als ik (?:er )?{ADV}(?:niet meer ben|weg ben"
    r"|dood ben|er niet meer ben)(?= (?:#|,|@\S+) )",
    # Looking at the means, standing at the water: said as an observation.
    r"(?:staar|staarde|gestaard) *4 naar (?:de|mijn|al die|die) {SUBST}",
    r"(?:kijk|keek|gekeken) {ADV}(?:steeds|vaak|lang|telkens|uren|de hele (?:tijd|avond|nacht|dag))"
    r" {ADV}naar (?:de|mijn|al die|die) {SUBST}",
    r"(?:lang|een tijd|uren|een hele tijd) *3 (?:bij|aan|langs|op) (?:het|de) (?:water|kanaal"
    r"|rivier|spoor|rand|brug|rails)\w* (?:gestaan|gezeten|staan|zitten)(?!(?: \S+){0,6}"
    r" (?:heerlijk|gezellig|mooi|picknick|vissen|zon|eenden|genieten|hond) )",
    r"(?:uitgezocht|opgezocht|gegoogeld|nagekeken|uitgerekend) hoe hoog (?:onze|mijn|de|die|het)"
    r" (?:flat|brug|toren|gebouw|dak|balkon)",
    r"(?:balkon|dak|brug|rand|spoor|perron|raam) *6 denk ik *2 wat als",
    r"(?:doodgaat|dood gaat|overleeft|overleef|dood bent|sterft) *3 (?:van|bij) (?:een|zo'n) (?:val"
    r"|sprong)",
    r"of (?:het|doodgaan|sterven|dood gaan) *2 pijn doet *3 (?:doodgaan|sterven|dood gaan)",
    # Fear of what one might do, and a past attempt coming back.
    r"bang *5 (?:mezelf|met mezelf|me) *3 (?:aandoe|aan zou kunnen doen|zou kunnen aandoen"
    r"|aan zal doen|doe)",
    r"iets doms *3 (?:met mezelf|mezelf|met me)",
    r"(?:heb|had) (?:ik )?{ADV}(?:een|ooit een|al eens een) poging (?:gedaan|ondernomen) *6"
    r" (?:gedachten|komen terug|komt terug|weer|opnieuw|net als toen)",
    r"(?:voor|na|sinds) (?:de|mijn|die) (?:poging|zelfmoordpoging)(?= (?:#|,|@\S+|en|maar|komen"
    r"|komt|zijn|is|heb) )",
    # Round 14: a beam or a hook looked at, again and again ("soms kijk ik naar de balk in de
    # schuur"); dying said not to matter much any more.
    r"(?:soms|vaak|steeds|telkens|weer|dan) (?:kijk|staar|keek|staarde) ik {ADV}(?:omhoog )?naar"
    r" (?:de|die|een|het) (?:balk|dakbalk|zolderbalk|haak|plafondhaak)(?!(?: \S+){0,9} (?:verrot"
    r"|rot|kapot|repar\w*|timmer\w*|verf\w*|schilder\w*|lamp|vogel\w*|nest|spin\w*) )",
    r"(?:doodgaan|dood gaan|sterven|de dood|dood zijn|dood) *2 (?:maakt|zou) *2 (?:me |mij )?"
    r"(?:niet|weinig|niks|niets) *3 (?:uit|uitmaken|schelen|meer uit)(?= (?:#|,|@\S+) )",
    r"(?:doodgaan|dood gaan|sterven|dood zijn) {ADV}(?:niet|weinig|niks|niets) *3 (?:uitmaakt"
    r"|uit maakt|zou uitmaken|kan schelen)(?= (?:#|,|@\S+) )",
    # Round 14: not minding being hit, not wanting to reach next year, counting the
    # mourners, wanting to disappear (English in chat).
    r"(?:niet erg|niet zo erg|geen probleem|prima|best) *4 als *4 (?:me|mij) *3 (?:had |zou )?"
    r"(?:geraakt|aangereden|overreden|geschept|doodgereden|raakt|aanrijdt|overrijdt)",
    r"(?:wil|hoef) *3 (?:niet eens|eigenlijk niet|niet) *2 (?:volgend jaar|de zomer|de kerst"
    r"|kerst|mijn verjaardag|mijn pensioen|oud en nieuw) (?:halen|meemaken|mee te maken)",
    r"hoeveel (?:mensen|man) *4 (?:naar )?(?:mijn|m'n) (?:begrafenis|uitvaart|crematie)",
    r"(?:wanna|want to|wish i could|just want to) (?:disappear|vanish|not exist|not be here"
    r"|sleep forever|stop existing)",
    # Round 14: hoping for an accident ("lowkey hoop ik dat ik een ongeluk krijg"); not
    # "ik hoop dat ik geen ongeluk krijg met die gladheid".
    r"(?:hoop|wens|wou|bid) ~3 (?:ik|mij|me) ~3 (?:een )?(?:ongeluk|ongeval|auto-ongeluk)"
    r" (?:krijg|overkomt|heb|zou krijgen|zou hebben)",
    r"(?:hoop|wens|wou|bid) ~3 (?:een )?(?:ongeluk|ongeval) ~3 (?:met mij|met me|mij overkomt"
    r"|me overkomt|overkomt)",
    r"(?:gegeven|weggegeven|weggedaan|verkocht) *6 (?:die|dat|ze|hem|het) (?:lees|gebruik|draag"
    r"|speel|rij|zie|nodig heb) ik {ADV}nooit meer",
    # Round 14: stopping one's medicines "het maakt toch niet uit"; asking a dead partner
    # whether one may come; slipping away "voorgoed".
    r"(?:neem|slik|gebruik|spuit) *3 (?:medicijnen|medicatie|pillen|insuline|tabletten) *4 niet"
    r" meer *6 (?:maakt|boeit|kan) *3 (?:niet|niks|niets) *2 (?:uit|schelen)",
    r"overleden (?:vrouw|man|moeder|vader|zoon|dochter|kind|partner|vriend|vriendin) *8 (?:of"
    r" ik|wanneer ik) *3 mag komen",
    r"(?:er )?tussenuit (?:knijp|knijpen|piep|piepen|glip|glippen) *3 voorgoed",
]

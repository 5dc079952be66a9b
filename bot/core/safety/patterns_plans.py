"""Plans and preparation told in everyday words, as readable phrase patterns.

People who have decided rarely say "zelfmoord": they say that the rope is ready, that the
cat has a new home "for when I am gone", that the date is set. Each word alone is everyday
Dutch; the sign is the combination of means with getting them ready, or of arrangements
with a reason that points at one's own death. Combinations that still have an everyday
reading ("de pillen liggen klaar" for tomorrow morning) are unclear: one direct question.

Round 6, written from the training corpus's misses and the issue's groups, never from the
held-out sets; examples live in the tests and the corpus.
"""

from __future__ import annotations

from typing import Final

# Means that are a sign once they are made ready: rope, weapons, blades and the
# substances of the SUBST macro.
_MEANS: Final = (
    r"(?:touw|touwen|strop|stroppen|scheermes\w*|mes|mesje|mesjes|geweer|pistool|revolver|kogels"
    r"|wapen|houtskool|helium|middel|middelen|spullen die ik nodig heb|{SUBST})"
)
# Getting them ready: bought, saved, hidden, set out.
_READIED: Final = (
    r"(?:gekocht|gehaald|besteld|verzameld|verstopt|apart gelegd|apart gezet|opzij gelegd"
    r"|klaargelegd|klaar gelegd|klaargezet|klaar gezet|bewaard|gespaard|opgespaard|in huis gehaald"
    r"|binnen|op zak|in mijn tas|in m'n tas|in mijn jas\w*|in m'n jas\w*|in mijn zak|bij me"
    r"|gevonden"
    r"|geregeld|geknoopt|opgehangen|bewaar ik|spaar ik|verstop ik"
    r"|gehangen|vastgemaakt|liggen|klaarliggen|klaar liggen|klaarstaan|meegenomen|weggenomen"
    r"|achtergehouden|ingepikt|gestolen)"
)
# What the readied means are for: later, tonight, "enough for me", "not for shaving".
_FOR_IT: Final = (
    r"(?:voor later|voor straks|voor als (?:het|ik) (?:niet meer|zover|klaar|weg)|voor vanavond"
    r"|voor vannacht|voor het moment|genoeg voor mij|genoeg voor mezelf"
    r"|genoeg om|meer dan genoeg|niet om te|zodat het niet opvalt|zodat niemand|zonder dat"
    r"|zonder recept|voor mezelf|voor mij alleen|voor de laatste keer|als het niet meer gaat"
    r"|voor een slechte dag|voor de dag dat"
    r"|als het moet|als het zover is|ik wacht|nu alleen ik nog|het juiste moment"
    r"|voor het moment dat ik (?:ga|er niet meer ben|weg ben)(?= (?:#|,|@\S+) )"
    r"|om (?:mijn |de )?(?:kamer|slaapkamer|badkamer|auto) *3 (?:af te sluiten|dicht te"
    r" (?:maken|plakken|doen)))"
    # Not when the rest of the message gives the everyday reason.
    r"(?!(?: \S+){0,6} (?:vakantie|weken|dagen|maand|tent|kamp|reis|weekend|operatie|afspraak"
    r"|tuin|keuken|boom|recept|dokter|huisarts|apotheek|kamperen|klus|verbouwing) )"
)
# Pets, and a pet given away for good; a will or a farewell letter.
_PETS: Final = r"(?:huisdieren|kat|katten|hond|honden|poes)"
_PET_GIVEN_AWAY: Final = rf"{_PETS} *4 (?:weggegeven|weg gedaan|weggedaan|herplaatst|afgestaan)"
_WILL: Final = r"(?:testament|afscheidsbrie[fv]\w*)"
# One's own death, said the way arrangements are explained.
_GONE: Final = (
    r"(?:(?:als|wanneer|zodra|nadat) ik (?:er )?{ADV}(?:niet meer (?:ben|leef|besta|thuiskom)"
    r"|weg ben|dood ben|er niet meer ben|overleden ben|ben overleden|gestorven ben"
    r"|niet meer terugkom|niet terugkom)"
    r"|na (?:mijn|m'n) (?:dood|overlijden|vertrek|heengaan|laatste dag)"
    r"|(?:voor|aan) de (?:mensen|familie|achterblijvers|nabestaanden) die (?:achterblijven"
    r"|overblijven)|voor (?:de )?nabestaanden|voor daarna)"
)

_CLEAR_PLANS: Final = [
    # Means readied, with what for: "ik heb een nieuw scheermes gekocht, niet om te
    # scheren", "ik heb de medicijnen apart gelegd, genoeg voor mij".
    rf"{_MEANS} *6 {_READIED} *5 {_FOR_IT}",
    rf"{_READIED} *3 {_MEANS} *5 {_FOR_IT}",
    # A rope or hook fixed where one could hang: "een haak in het plafond gedraaid",
    # "een touw in de schuur gehangen", "een stoel onder de balk gezet".
    r"(?:haak|touw|strop|ring) *4 (?:in|aan|onder|over) (?:het|de|een) (?:plafond|balk|zolder"
    r"|schuur|trapgat|vliering|dakbalk)\w* *3 (?:gedraaid|gehangen|vastgemaakt|geschroefd"
    r"|bevestigd|geknoopt|gezet|klaar)",
    r"(?:stoel|kruk|trap|ladder) *3 (?:onder|bij) (?:de|een|het) (?:balk|haak|touw|strop)",
    r"(?:touw|strop) (?:en|,) (?:een )?(?:ladder|kruk|stoel) *2 (?:gekocht|gehaald|klaar)",
    # Taking leave because one will not be back: "omdat ik er straks niet meer ben".
    r"(?:omdat|want) ik (?:er )?(?:straks|binnenkort|morgen|na vannacht|na vandaag|dan) (?:er )?"
    r"(?:niet meer (?:ben|zal zijn)|weg ben)",
    r"(?:omdat|want) ik er {ADV}(?:niet meer (?:ben|zal zijn))(?= (?:#|,|@\S+|en|maar) )",
    r"(?:kaartje|ticket|treinkaartje) *3 (?:enkele reis|zonder terugreis) *6 (?:laatste|niet"
    r" (?:meer )?terug|brug|spoor|zee|kust)",
    r"laatste (?:trein|bus|boot|veerboot) *3 (?:,|#)? ?enkele reis",
    r"(?:laatste trein|de trein|het spoor|de brug|de kust|de zee|het water|het strand) *6 (?:en"
    r" )?ik kom (?:niet|nooit) (?:meer )?terug",
    # The date or the method chosen, said of oneself: "ik heb een methode gekozen", "de
    # datum staat in mijn agenda: de dag dat ik stop".
    r"(?:ik|#) {ADV}(?:heb|had) {ADV}(?:een|de|mijn|m'n) {ADV}(?:methode|manier) {ADV}(?:gekozen"
    r"|bepaald|uitgekozen|gevonden|uitgezocht)(?= (?:#|,|@\S+|en|maar) )",
    r"(?:de )?(?:dag|datum|avond|nacht) (?:dat|waarop) ik (?:stop|er(?:mee)? uit stap|ga|vertrek"
    r"|er niet meer ben|het doe|een eind)",
    r"(?:mijn|m'n|het) plan (?:is|staat) {ADV}(?:klaar|rond|vast|gemaakt|af)(?= (?:#|,|@\S+|en"
    r"|maar|ik) )(?!(?: \S+){0,4} (?:voor|om|met) )",
    r"(?:over|met) (?:mijn|m'n) (?:plan|plannen) (?:gepraat|gesproken|verteld) *3 (?:maar|,)"
    r" *3 (?:het|ik) *2 (?:is klaar|staat|besloten|ben klaar)",
    r"(?:uitgerekend|uitgezocht|opgezocht|berekend|nagezocht|uitgeplozen) (?:hoeveel|hoe veel)"
    r" (?:ik|je) (?:nodig heb|nodig hebt|moet nemen|moet innemen)(?! voor (?:de |het |een |mijn"
    r" |m'n |onze )?(?:vakantie|reis|huur|verbouwing|boodschappen|verhuizing|studie|auto"
    r"|bruiloft|feest|maand|week|pensioen))",
    r"(?:gestopt|stop|ben gestopt) met (?:eten|drinken|mijn medicijnen|mijn pillen) *4 (?:(?:zodat"
    r"|dan) *2 (?:het|ik) {ADV}(?:sneller|eerder|vanzelf) (?:gaat|ga|dood|sterf|overlijd)|dan gaat"
    r" het {ADV}(?:sneller|eerder|vanzelf))",
    # Round 13s: one's own insulin or medicines left off "dan gaat het vanzelf".
    r"(?:neem|slik|spuit|gebruik) (?:mijn |m'n )?(?:insuline|medicijnen|pillen|medicatie"
    r"|tabletten) {ADV}(?:niet|nie) meer *4 (?:dan gaat het vanzelf|laat maar gebeuren|dan is het"
    r" {ADV}klaar|zodat het|dan ben ik)",
    # The railway: a timetable checked, where it is unfenced, the fastest train.
    r"(?:dienstregeling|hoe laat *3 trein) *8 (?:het hardst|het snelst|niet stopt"
    r"|doorrijdt)",
    r"(?:brug|flat|toren|gebouw)\w* (?:opgezocht|uitgezocht|gevonden) die het (?:hoogst|hoogste)",
    r"(?:opgezocht|uitgezocht|gevonden|bekeken) *4 (?:welke|de) (?:brug|flat|toren)\w* *3"
    r" (?:het )?(?:hoogst|hoogste)",
    # Stopping with life: "ik stop ermee met leven", "het was mooi geweest, ik stop ermee".
    r"(?<!niet )(?:stop|stoppen|kap|kappen|ophouden) {ADV}(?:ermee |er mee )?met (?:leven|ademen"
    r"|bestaan|alles)(?= (?:#|,|@\S+|en|maar|doei|dag) )",
    r"(?:het was mooi geweest|het is mooi geweest|het is genoeg geweest)(?! (?:met|bij|in|op"
    r"|voor) ) *4 (?:ik stop|ik ga"
    r"|doei|dag|vaarwel|adieu|ik ben weg|tot nooit)",
    r"(?:ik heb|heb) (?:alles|het) *2 (?:klaargezet|klaargelegd|klaar gezet) *3 (?:in de badkamer"
    r"|op zolder|in de schuur|in de garage|in de auto|voor vanavond|voor vannacht)",
    # The key left "voor als ze me moeten vinden"; "nu alleen ik nog" once all is arranged.
    r"voor als (?:ze|iemand|jullie|hij|zij|de politie) (?:me|mij) (?:moet|moeten|zal|zullen"
    r"|komt|komen) {ADV}(?:vinden|halen)",
    r"voor als (?:ze|iemand|jullie|hij|zij|de politie) (?:me|mij) (?:vinden|vindt|komen halen)",
    r"na (?:vanavond|vannacht|vandaag|morgen) (?:hoeft|hoeven) (?:niemand|jullie|iedereen) *3"
    r" (?:meer )?zorgen",
    r"(?:geregeld|klaar|gedaan) *8 (?:nu |dan )?alleen (?:ik|mezelf) (?:nog|nog maar)",
    r"(?:na vannacht|na vanavond|na vandaag) (?:ben ik er {ADV}niet meer|zijn jullie van (?:me|mij)"
    r" af|ben ik (?:van jullie|van alles) af)",
    # Waited for: "ik wacht (alleen nog) op het juiste moment" once decided.
    r"(?:besloten|beslist|klaar|geregeld|binnen) *6 (?:ik )?(?:wacht|wachten) {ADV}(?:alleen )?"
    r"(?:nog )?(?:op|tot) (?:het juiste moment|het goede moment|de juiste dag|het moment"
    r"|iedereen slaapt|iedereen weg is)",
    # Round 15: a place picked to jump from (not into the water).
    r"(?:plek|plaats|brug|flat|gebouw|dak|toren|hoogte|viaduct)\w* *3 (?:uitgezocht|gekozen"
    r"|gevonden|bekeken|opgezocht) *2 om (?:er |vanaf |van )?(?:af )?te springen"
    r"(?!(?: \S+){0,4} (?:in|water|zwembad|parachute|bungee) )",
]

_UNCLEAR_PLANS: Final = [
    # Round 13j, preparation told in passing: nobody will have to sort things out, the
    # letter "ze vinden hem wel", enough pills at home, a ladder by the beam, extra sleeping
    # pills fetched, pets rehomed, waiting near the platform's edge, crossing on purpose.
    r"(?:niemand|jullie|ze|zij) (?:hoeft|hoeven) (?:straks|later|dan|na mij) *4 (?:uit te zoeken"
    r"|te regelen|op te ruimen|te doen)",
    r"(?:hoeft|hoeven) (?:niemand|jullie|ze|zij) (?:straks|later|na mij) *4 (?:uit te zoeken"
    r"|te regelen|op te ruimen)",
    r"(?:brief|briefje|afscheidsbrief) *9 (?:ze|jullie|iemand|hij|zij) (?:vinden|vindt) (?:hem|het"
    r"|die) {ADV}(?:wel)?(?= (?:#|,|@\S+) )",
    r"genoeg (?:pillen|medicijnen|slaappillen|tabletten|medicatie) (?:in huis|liggen|hier|thuis"
    r"|verzameld|bij elkaar)(?! voor (?:de|mijn|een|het) (?:reis|vakantie|week|maand|weekend) )"
    # (Round 18: not a cold's remedies, "genoeg pillen in huis voor de griep".)
    r"(?! (?:voor|tegen) (?:de |een )?(?:griep|verkoudheid|hoofdpijn|pijn|koorts|kou|winter"
    r"|migraine|allergie|hooikoorts|keelpijn) )",
    r"(?:ladder|krukje|stoel|trapje) *6 (?:bij|onder) de balk",
    r"(?:extra|meer|nog meer) (?:slaappillen|pillen|medicijnen|tabletten|slaapmiddel\w*) *4"
    r" (?:gehaald|gekocht|besteld|gevraagd|opgehaald)(?!(?: \S+){0,5} (?:vakantie|reis"
    r"|buitenland|weekend) )",
    rf"{_PETS} *4 (?:een )?(?:nieuw|ander) (?:thuis|huis"
    r"|baasje)(?!(?: \S+){0,10} (?:verhui[sz]\w*|allergi\w*|verpleeghuis|verzorgingshuis"
    r"|tehuis|werk|te oud|houden|flat|appartement|huisbaas|mag niet|mocht niet) )",
    # Round 16: a place where nobody will find one; means bought "en weet wel waarvoor";
    # things written down so that someone "knows what to do" later.
    r"(?:plek|plaats|plekje) *3 (?:gevonden|uitgekozen|gezocht) *2 waar niemand (?:me|mij)"
    r" (?:zal |kan |zou )?(?:vinden|vindt|ziet|zal zien)",
    r"(?:touw|strop|mes|mesje|pillen|slaappillen|tabletten|gif|wapen|pistool) *4 (?:gekocht"
    r"|gehaald|besteld|gespaard) *4 (?:weet|weet je|je weet) {ADV}(?:waarvoor|waarom)",
    r"(?:opgeschreven|geregeld|klaargelegd|uitgelegd) *6 (?:weet|weten) (?:straks|later|dan)"
    r" (?:wat|hoe) (?:ze|hij|zij|jullie) *2 (?:moet|moeten)",
    # Round 16: a will changed and a pet given away, told together (either order).
    rf"{_WILL} *8 {_PET_GIVEN_AWAY}",
    rf"{_PET_GIVEN_AWAY} *8 {_WILL}",
    # Round 13u, means and preparations in passing: knowing where to get a gun, charcoal
    # and the gaps taped shut, another pharmacy for more sleeping pills, the train's time
    # at the crossing, windows that open far enough, one's own death notice or funeral
    # poem written (a farewell film: with the farewell video below).
    r"(?:weet|ken) *3 waar ik (?:een |de |aan )?(?:pistool|wapen|geweer|touw|pillen|gif"
    r"|slaappillen) (?:kan|kon) (?:krijgen|kopen|halen|vinden|komen)",
    r"houtskool *8 (?:kieren|ramen|deur|ventilatie\w*|naden) *3 (?:dichtgeplakt|afgeplakt|dicht"
    r"|afgedicht)",
    r"(?:andere|tweede|nog een) (?:apotheek|dokter|huisarts) *3 (?:voor )?(?:meer|extra|nog meer)"
    r" (?:slaappillen|pillen|medicijnen|tabletten|slaapmiddel\w*)",
    r"(?:weet|opgezocht|uitgezocht) *3 hoe laat de trein *3 (?:overweg|spoor|brug)",
    r"(?:ramen|raam) *6 (?:ver genoeg|wijd genoeg) open",
    r"(?:mijn |m'n |al )(?:eigen )?(?:overlijdensadvertentie|rouwkaart|rouwbericht|in memoriam)"
    r" *4 (?:geschreven|klaar|ontworpen|opgesteld|gemaakt)",
    r"op (?:mijn|m'n) (?:eigen )?(?:begrafenis|uitvaart|crematie) *3 (?:voorlezen|voorgelezen"
    r"|draaien|spelen|zingen|gezongen)",
    # Round 13u: pills saved up one by one; not needed "na zaterdag"; the means and a place,
    # "nu nog de moed"; a flat "waar je op het dak kan".
    r"spaar *2 (?:mijn |m'n |de )?(?:pillen|medicijnen|tabletten|slaappillen|oxazepam|oxa"
    r"|temazepam|diazepam|lorazepam|pijnstillers) *2 op(?= (?:#|,|@\S+) )",
    r"na (?:zaterdag|zondag|morgen|vannacht|vanavond|vandaag|deze week|dit weekend) (?:heb ik"
    r"|hebben ze|hoef ik) *3 (?:niet|nie|niks|niets) meer nodig",
    r"(?:touw|pillen|plek|plan|mes|strop|middel) *6 nu (?:nog|alleen nog) (?:de moed|het lef"
    r"|durven|de durf)",
    r"(?:flat|gebouw|parkeergarage|toren) *6 (?:waar|waarvan) (?:je|ik|men) *2 op het dak kan",
    # Round 13q: one's things handed out "de rest mag weg"; savings emptied and given away.
    r"(?:spullen|bezittingen|kleren|sieraden) (?:mogen|gaan|mag|gaat) naar *4 de rest (?:mag|kan)"
    r" (?:weg|weggegooid)",
    r"(?:rekening|spaarrekening|spaargeld|spaarpot) *2 (?:leeggehaald|opgenomen|opgeheven) *6"
    r" (?:gegeven|overgemaakt|geschonken)",
    # Round 13k: pills counted by the dozen, letters "voor iedereen een", strong enough
    # pills at home, the days counted down "en dan is het klaar", water that pulls.
    r"ik heb (?:\d{2,}|twintig|dertig|veertig|vijftig|zestig|honderd) (?:pillen|tabletten"
    r"|slaappillen|pijnstillers|medicijnen) *2 (?:geteld|gespaard|verzameld|bij elkaar"
    r"|opzij gelegd)",
    r"brieven (?:geschreven|klaar) *4 (?:voor iedereen|iedereen een)(?!(?: \S+){0,7} (?:kerst"
    r"\w*|verjaardag\w*|bedank\w*|feest\w*|uitnodiging\w*|werk|school|collega\w*|klas"
    r"|kantoor|club|vereniging) )",
    r"(?:pillen|pijnstillers|medicijnen|slaappillen|morfine|tabletten) *9 sterk genoeg"
    r"(?! (?:voor|tegen) (?:mijn|de|m'n) )",
    r"(?:tel|tellen) de dagen af *4 (?:dan is het klaar|dan ben ik weg|dan stop ik|tot het einde"
    r"|dan is het voorbij)",
    r"(?:water|diepte|spoor|rails|afgrond|rivier|kanaal) (?:trekt|roept) {ADV}(?:aan )?(?:me"
    r"|mij)(?= (?:#|,|@\S+) )",
    r"(?:morgen|vannacht|straks|binnenkort|vanavond) *2 klaar (?:is )?met (?:mij|me)(?= (?:#|,"
    r"|@\S+) )",
    r"(?:dicht|dichter|vlak) (?:langs|bij|aan) de rand van het perron|expres *3 (?:oversteek"
    r"|over steek|over zonder|zonder te kijken|door rood)",
    # Round 13d: the height of a high place measured, a note for the police "zodat ze weten
    # wie ik ben", "als iedereen slaapt ga ik naar de brug".
    r"(?:hoogte van|hoe hoog) (?:de|het|die|dat) (?:parkeergarage|brug|flat|toren|viaduct|dak"
    r"|balkon|galerij) *2 (?:nagemeten|gemeten|opgezocht|uitgezocht|uitgerekend|bekeken|is)",
    r"(?:brief|briefje|kaartje) *2 voor de politie|zodat ze weten wie ik ben",
    r"(?:als|wanneer|zodra) (?:iedereen|ze|zij|hij|de kinderen|mijn \w+) (?:slaapt|slapen|weg is"
    r"|weg zijn|op reis is) *2 (?:ga ik|doe ik) *3 (?:naar (?:de|het) \S+|het|ermee)"
    r"(?= (?:#|,|@\S+) )",
    # Round 13: own pills no longer taken but kept.
    r"(?:pillen|medicijnen|tabletten|slaappillen|slaaptabletten|medicatie) *3 (?:niet|nie)"
    r" (?:meer )?(?:ingenomen|genomen|geslikt) *2 (?:maar )?(?:bewaard|gespaard|opgespaard"
    r"|verzameld|opzij gelegd|apart gelegd)",
    # Round 13: means gathered "en je weet wel waarvoor".
    r"(?:pillen|medicijnen|tabletten|slaappillen|pillekes|touw|mes|mesjes) *6 (?:je|ge|jij|gij)"
    r" weet {ADV}(?:wel )?(?:waarvoor|waarom|wat ik ga doen|wat ik van plan ben)",
    # Round 9d: means readied "niet voor in de keuken" (the everyday reason denied), pills
    # kept in a jar instead of taken, drink and pills standing ready, a roof one can reach,
    # the unfenced railway, "ik ga het doen als iedereen slaapt".
    rf"{_MEANS} *3 {_READIED} (?:, )?niet (?:voor|om te) (?:in )?(?:de |het |mijn |m'n )?\S+"
    r"(?= (?:#|,|@\S+) )",
    # (Not "maar bewaard" alone: that can be tidying up, a plan only after a sign.)
    r"(?:pillen|medicijnen|tabletten|medicatie) *2 niet (?:meer )?(?:genomen|ingenomen|geslikt)"
    r" *2 maar"
    r" *2 (?:opgespaard|gespaard|verstopt|verzameld|in een (?:potje|doosje|zakje|la) (?:bewaard"
    r"|gedaan|gestopt))",
    r"(?:drank|wodka|alcohol|wijn|whisky) *4 (?:pillen|medicijnen|tabletten|slaappillen) *2"
    r" (?:klaarstaan|klaar staan|klaarliggen|klaar liggen|klaargezet|klaargelegd)",
    # (Not "zoek" or "bovenop": as known words they would split "ikonderzoek" into "ik onder
    # zoek" and join "boven op de flat".)
    r"(?:zocht|gezocht) *3 (?:flat|gebouw|toren|parkeergarage) *5 (?:op het dak|het dak op)",
    r"(?:flat|gebouw|toren|parkeergarage) *2 gezocht *5 (?:op het dak|het dak op)",
    r"(?:ik|#) *6 (?:spoor|rails) *4 (?:geen hek|geen hekken|niet afgezet|onbewaakt)"
    r"(?!(?: \S+){0,6} (?:gevaarlijk|kinderen|fietsers|gemeente|ongeluk) )",
    r"(?:ik )?ga het doen (?:als|wanneer|zodra) (?:iedereen|ze|zij|hij|de kinderen|mijn \S+)"
    r" (?:slaapt|slapen|weg is|weg zijn|de deur uit is|niet thuis is|op vakantie is)",
    # Round 9: pills kept back instead of taken; "volgende week ben ik er niet meer" (a pet
    # placed elsewhere for good: patterns_hints).
    r"(?:pil|pillen|tablet\w*|medicijnen|slaappil\w*) *3 (?:bewaard|opgespaard|gespaard|apart"
    r" gehouden|verstopt|bewaar|spaar) *2 in plaats van *3 (?:slikken|innemen|nemen|in te nemen)",
    r"(?:slik|neem) *3 (?:pillen|medicijnen|tabletten|medicatie) *2 niet (?:meer )?(?:in )?(?:,"
    r" )?maar (?:bewaar|spaar|verzamel|verstop)",
    # "volgende week ben ik er niet meer", and in the other word order (round 11).
    r"(?:(?:volgende|komende) (?:week|maand) ben ik er|ik ben er (?:volgende|komende)"
    r" (?:week|maand)) {ADV}niet meer(?!(?: \S+){0,5} (?:vakantie|reis|verhuis\w*|logeren"
    r"|ziekenhuis|bezoek|weekend|werk|kantoor|school|cursus) )",
    # Arrangements explained by one's own death: the cat rehomed, codes written out,
    # things given away "als ik er niet meer ben". Older people settle their affairs in
    # the same words (a will, the funeral), so this asks rather than gives the lines.
    rf"(?:geregeld|opgeschreven|gegeven|weggegeven|verdeeld|gebracht|neergelegd|klaargelegd"
    rf"|gezocht|geschreven|achtergelaten|opgenomen|afgesloten|gemaakt|overgemaakt|opgezegd"
    rf"|geruimd|opgeruimd|uitgezocht|te verdelen|weg te geven|op te ruimen) *8 {_GONE}",
    rf"{_GONE} *6 (?:geregeld|opgeschreven|klaar|klaargelegd|geschreven|liggen|ligt|staat|heb ik)",
    # Round 11: a letter to be found "als ik er niet meer ben".
    rf"(?:brief|briefje|brieven|kaart|kaartje|envelop|video) *9 (?:vindt|vinden|krijgt|krijgen"
    rf"|leest|lezen) *3 {_GONE}",
    # Round 11, from the training corpus: a place where nobody comes, stones for the river,
    # money given "I won't need it anyway".
    r"(?:plek|plekje|plaats) *6 (?:uitgezocht|gezocht|gevonden) *3 waar (?:niemand|geen mens)"
    r" (?:komt|me vindt|me kan vinden|me ziet|me zoekt)(?!(?: \S+){0,6} (?:om (?:rustig )?te \S+"
    r"|lezen|picknick\w*|rust|rustig|wandel\w*|vissen|zonnen|kamperen|tent|schilderen) )",
    r"stenen *6 voor in (?:de|het) (?:rivier|water|kanaal|meer|zee|gracht)",
    r"(?:zakken|jaszakken|jaszak|rugzak|tas) (?:zitten |zit )?(?:met|vol) stenen",
    r"(?:spaargeld|geld|bankpas|pinpas|codes|sieraden|spullen) *8 (?:ik )?(?:heb|hebt) (?:het|ze"
    r"|dat|die) {ADV}niet meer nodig(?= (?:#|,|@\S+) )",
    r"(?:bankpas|pinpas|codes|wachtwoorden|pincode\w*) *8 (?:neergelegd|klaargelegd|opgeschreven)"
    r" *6 (?:straks|later|binnenkort) nodig",
    r"(?:geregeld|klaar) *9 (?:nu|dan) (?:alleen|enkel) ik nog(?= (?:#|,|@\S+) )",
    r"afscheid genomen(?!(?: \S+){0,8} (?:collega\w*|werk|baan|pensioen|school|klas|verhuizing"
    r"|vakantie|reis|emigr\w*|vlucht|operatie) ) *8 (?:morgen|vanavond|vannacht|straks|vandaag)"
    r" is het zover(?!(?: \S+){0,4} (?:pensioen|verhuizing|vakantie|reis|vlucht|operatie|feest) )",
    r"(?:is|wordt) *2 afgelopen met (?:mij|me)(?= (?:#|,|@\S+) )",
    # Round 11, from my probes: subscriptions ended "not needed after this month".
    r"(?:abonnement\w*|lidmaatschap\w*|telefoon\w*|contract\w*|krant) *3 (?:opgezegd|stopgezet)"
    r" *6 (?:niet meer nodig|heb ik niet meer nodig|hoef ik niet meer) *3 (?:na|vanaf|over)"
    r" (?:deze|die|volgende|komende) (?:week|maand)(?!(?: \S+){0,6} (?:want|omdat|verhuis\w*"
    r"|goedkoper|nieuwe|ander\w*) )",
    # Round 10, from the training corpus: means bought in several shops; a letter left
    # with an apology; everything ready "voor het moment dat ik ga".
    rf"{_MEANS} *4 (?:gekocht|gehaald) *3 (?:in|bij) (?:verschillende|meerdere|allerlei"
    r"|diverse) (?:winkels|apotheken|drogisterijen|supermarkten)",
    r"(?:laat|liet) {ADV}(?:een |mijn )?(?:brief|briefje|brieven|afscheidsbrief) achter"
    r" (?:voor (?:mijn|m'n|de) \S+ )?(?:#|,) (?:het spijt me|sorry|vergeef me)(?= (?:#|,|@\S+) )",
    r"(?:alles|het) (?:ligt|staat|is) {ADV}klaar voor het moment dat ik (?:ga|er niet meer ben"
    r"|weg ben)(?= (?:#|,|@\S+) )(?!(?: \S+){0,8} (?:koffer\w*|vakantie|reis|vliegtuig"
    r"|verhuiz\w*|trein|bruiloft|feest|tas|tassen) )",
    # Means made ready without a reason said: often harmless, worth one question.
    r"(?:de |mijn |m'n |het |een )?(?:touw|strop|scheermesjes|middelen) (?:ligt|liggen|hangt"
    r"|hangen|staat|staan) {ADV}klaar(?= (?:#|,|@\S+|en|maar) )",
    r"(?:de |mijn |m'n |al mijn |al m'n |alle )?(?:pillen|slaappillen|medicijnen|tabletten)"
    r" (?:liggen|staan) {ADV}klaar(?= (?:#|,|@\S+|en|maar) )",
    r"(?:ik|#) {ADV}(?:heb|had) {ADV}(?:een|de|het) (?:plek|plaats|datum|dag|tijd|tijdstip"
    r"|moment) {ADV}(?:uitgezocht|gekozen|geprikt|vastgesteld|bepaald|gevonden)"
    r"(?= (?:#|,|@\S+|maar) )",
    r"(?:ik|#) {ADV}(?:heb|had) {ADV}(?:alles|alles al) {ADV}(?:voorbereid|geregeld|klaar)"
    r"(?= (?:#|,|@\S+|maar) )(?!(?: \S+){0,4} (?:voor|om|met) )",
    # Saying goodbye without saying it: "over een paar minuten is het voorbij".
    r"(?:over een paar|over een|over \w+) (?:minuten|minuutjes|uur|uurtjes) is het {ADV}(?:voorbij"
    r"|over)(?= (?:#|,|@\S+|en|maar) )",
    r"(?:ik kom|kom ik) {ADV}(?:niet|nooit) (?:meer )?terug(?= (?:#|,|@\S+|maar|hoor) )",
    r"(?:waar|welk stuk|welke plek) *4 (?:spoor|spoorlijn|rails) *3 (?:niet afgeschermd|geen hek"
    r"|onbewaakt|makkelijk|niet afgesloten|open)(?!(?: \S+){0,8} (?:kinderen|overheen|gemeente"
    r"|gevaarlijk|prorail|hond|melden) )",
    # Round 15: a gun kept, and the person knows where its ammunition is.
    r"(?:weet|weet ik) {ADV}(?:precies )?waar (?:de|die|zijn|z'n|mijn|m'n|zn) (?:patronen|kogels"
    r"|munitie|sleutel van de (?:wapen)?kluis|wapenkluis)(?: \S+){0,3} (?:liggen|ligt|zijn|is"
    r"|hangt|hangen)(?= (?:#|,|@\S+) )",
    # Round 15: "naar de Afsluitdijk rijden en niet terug te komen" (not "terug naar").
    r"(?:rijden|rijd|lopen|loop|gaan|ga|fietsen|varen|zwemmen|vertrekken|vertrek|weglopen)"
    r" (?:\S+ ){0,2}en (?:dan )?(?:niet|nooit) (?:meer )?terug (?:te )?(?:komen|kom|keren)"
    r"(?= (?:#|,|@\S+) )",
    r"afscheid genomen van *4 zonder dat (?:ze|hij|zij|iemand|ze het) *2 (?:doorhad|doorhadden"
    r"|wist|wisten|merkte|merkten)",
    rf"{_MEANS} *9 (?:genoeg|ruim genoeg|meer dan genoeg) voor (?:mij|mezelf)(?= (?:#|,|@\S+|en"
    r"|maar) )",
    r"(?:geweer|pistool|revolver|wapen) *6 (?:gevonden|gepakt|geladen|gekocht|opgehaald) *4"
    r" (?:kogels|munitie|patronen)(?!(?: \S+){0,8} (?:politie|inleveren|melden|jacht"
    r"|schietvereniging|museum|opruimen) )",
    r"(?:afscheidsvideo|afscheidsbericht|afscheidsbrief|afscheidsbrieven|afscheidsfilmpje"
    r"|afscheidsfilm) *3 (?:opgenomen|gemaakt|geschreven|klaar|liggen|ligt|ingesproken)"
    r"(?!(?: \S+){0,6} (?:collega\w*|pensioen|werk|school|vertrek|verhuizing|klas|team|club"
    r"|juf|meester|stage) )",
    # Round 8 (the training corpus's misses): a blade under the pillow, the bridge or the
    # day already known, the date in one's head.
    r"(?:mes|scheermes\w*|mesje|mesjes|touw|strop|pillen|pistool) *4 (?:onder|naast) (?:mijn"
    r"|m'n) (?:kussen|hoofdkussen|bed|matras)",
    r"ik weet (?:al |nu |precies |allang )?(?:welke|welk) (?:brug|viaduct|flat|boom|trein|dag"
    r"|datum|plek|toren|gebouw|balk|spoorlijn|overweg)(?= (?:#|,|@\S+|ik neem|het wordt|het"
    r" gaat worden|ik ga|ik wil|ik kies) )",
    r"(?:datum|dag) *2 (?:al )?in (?:mijn|m'n) (?:hoofd|agenda)(?!(?: \S+){0,6} (?:feest"
    r"|verjaardag|afspraak|bruiloft|vakantie|etentje|operatie) )",
    r"(?:zaterdag|zondag|maandag|dinsdag|woensdag|donderdag|vrijdag|morgen|vannacht) is de dag"
    r" *4 (?:iedereen is weg|iedereen weg|niemand thuis|niemand is thuis|alleen)",
    r"brieven (?:geschreven|klaar|liggen klaar) voor (?:iedereen|mijn (?:kinderen|familie|ouders"
    r"|dierbaren)|jullie allemaal)(?= (?:#|,|@\S+) )",
    # (Round 12: "na mijn verjaardag is het klaar, dan ga ik" too.)
    r"is het (?:zover|klaar|voorbij|afgelopen|gedaan) *4 (?:dan stop ik(?: ermee| er mee)?|dan ben"
    r" ik weg|dan is het klaar|dan ga ik)"
    r"(?= (?:#|,|@\S+) )",
    r"testament *6 (?:brief|briefje|afscheid|brieven)",
    r"plek (?:uitgezocht|gekozen|gevonden|bekeken) (?:bij|aan|op|in) (?:het|de) (?:water|spoor"
    r"|brug|rivier|kanaal|zee|flat|dak|bos)(?!(?: \S+){0,6} (?:picknick\w*|vissen|bankje|tent"
    r"|feest|foto\w*|zwemmen|hond|wandel\w*|kamperen|uitzicht) )",
    r"afscheid genomen van *4 (?:ze|hij|zij) (?:weten|weet|wisten|wist) (?:het|van niks"
    r"|nergens van)(?: niet)?(?= (?:#|,|@\S+) )",
    r"(?:niemand|jullie|iedereen) (?:hoeft|hoeven) *3 (?:nog lang |straks |binnenkort )?zorgen"
    r" *4 (?:om|over) (?:mij|me)",
    r"(?:heb|had) {ADV}(?:een )?(?:pistool|revolver|vuurwapen) (?:gekocht|gehaald|geregeld"
    r"|op de kop getikt)(?= (?:#|,|@\S+|en) )",
    r"{SUBST} *6 verstopt (?:in|onder) (?:mijn|m'n) (?:kamer|kast|bed|la|tas|matras)"
    r"(?!(?: \S+){0,5} (?:kinderen|kleinkind\w*|kids|hond|kat|veilig|buiten bereik) )",
    # Round 12, from new probes of my own (plans told in passing): one's own pills counted,
    # codes written out "so he can settle everything". (A rope bought, said alone, stays
    # everyday talk: a plan only after a sign, bot.core.safety.situations.)
    r"(?:pillen|tabletten|medicijnen|slaappillen|strips)(?! (?:van|voor) (?!mij |mezelf ))"
    r" *8 (?:tel ik|ik tel ze|tel ze|tellen)"
    r" *3 (?:elke|iedere) (?:avond|dag|nacht)"
    r"(?!(?: \S+){0,6} (?:weekdoos|baxter|medicijndoos|apotheek|dosering|oma|opa|moeder|vader) )",
    r"(?:wachtwoorden|pincode\w*|codes|bankzaken|papieren|administratie) *8 (?:opgeschreven"
    r"|op een rij gezet|op een rij|geregeld|klaargelegd) *8 (?:zodat|dan kan|dan kunnen) *3"
    r" (?:alles|het) (?:afhandelen|regelen|afwikkelen)(?= (?:#|,|@\S+) )",
    # Round 14: means gathered or looked up in passing: a hose that fits the exhaust, the
    # medicine cabinet at work emptied, a viaduct's address saved, a fast train's times.
    r"(?:slang|tuinslang|buis)(?!(?: \S+){0,8} (?:droger|wasdroger|stofzuiger|afzuigkap|ketel"
    r"|wasmachine|aquarium|vijver) ) *6 (?:uitlaat|uitlaatpijp)",
    r"(?:leeggehaald|leeg gehaald|leeggeroofd|meegenomen|gestolen|gepikt|achterovergedrukt) *4"
    r" (?:medicijnkast|medicijnen|pillen|morfine|slaappillen|oxazepam)"
    r"|(?:medicijnkast|morfine) *4 (?:leeggehaald|leeg gehaald|meegenomen|gestolen|gepikt)",
    r"adres van (?:het|de|dat|die) (?:viaduct|brug|spoorbrug|spoorwegovergang|overweg|toren)"
    r" *4 (?:opgezocht|opgeschreven|in mijn telefoon|in m'n telefoon|opgeslagen|gezet)",
    r"(?:tijden|dienstregeling|schema) *4 (?:intercity|trein|goederentrein|sneltrein)\w* *6"
    r" (?:hard|snel) (?:voorbij|langs|door)",
    r"hoeveel ik *3 (?:moet nemen|nodig heb|moet slikken) *4 (?:uitgerekend|berekend|opgezocht"
    r"|uitgezocht)(?!(?: \S+){0,6} (?:vakantie|boodschappen|geld|euro|verf|behang|tegels"
    r"|apotheker|dokter|huisarts|recept) )",
    # Round 14: nobody left to tidy up "na mij"; a farewell mail waiting to be sent (not
    # to colleagues on leaving a job).
    r"niemand *3 (?:hoeft|hoeven) *3 (?:op te ruimen|uit te zoeken|te regelen) *2 na (?:mij|me"
    r"|mijn dood)",
    r"afscheids ?(?:mail|e-mail|bericht|berichtje|video|filmpje|brief|briefje)\w*"
    r"(?!(?: \S+){0,10} (?:collega\S*|werk|pensioen|team|klas|juf|meester|baas|afdeling) )"
    r" *4 (?:klaar|klaarstaan|klaarliggen|staat klaar|ligt klaar|ingepland|in concepten"
    r"|in mijn concepten)",
]

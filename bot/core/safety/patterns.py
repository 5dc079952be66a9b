"""The person's own risk, as readable phrase patterns: idioms removed first, then clear
signs (method, explicit, self-harm, passive wish, burden, goodbye). The unclear ones
are in :mod:`bot.core.safety.patterns_unclear`.

Every pattern has a comment with what it is for; examples live in the tests and the
corpus, never chosen by the held-out sets."""

from __future__ import annotations

from typing import Final

from bot.core.safety.patterns_forms import _IDIOMS_MORE

# --------------------------------------------------------------------------
# Idioms: removed before any risk pattern runs
# --------------------------------------------------------------------------
_IDIOM_SPECS: Final = [
    # Laughing: "ik lig dood", "lag dubbel", "lig in een deuk".
    r"(?:lig|lag|liggen|lagen|ligt) {ADV}(?:helemaal )?(?:dood|dubbel|in een deuk|krom|plat)",
    # "ga dood van de hitte": death as exaggeration. Not for feelings that are
    # themselves a warning sign (eenzaamheid, verdriet), see _UNCLEAR_HOPELESS.
    r"(?<!wil )(?<!wou )(?:dood|doodgaan|sterven|sterf|overlijden) (?:van|aan) (?:de |het )?"
    r"(?:{FIG}|pijn|hoofdpijn|kiespijn|buikpijn)",
    # Even wished for, dying of laughter or of joy is a joke ("ik wil sterven van het lachen").
    r"(?:dood|doodgaan|sterven|sterf) van (?:het )?(?:lachen|plezier|geluk|blijdschap|de pret)",
    # Rounds 11, 20: "ik heb zo'n hoofdpijn, ik ga dood / ik wil dat het stopt" (next clause).
    r"(?:hoofdpijn|buikpijn|kiespijn|rugpijn|oorpijn|keelpijn|migraine|koorts|griep|krampen"
    r"|spierpijn)(?: (?!wil|wou)\S+){0,3} (?:#|,) (?:ik )?(?:ga (?:echt |bijna |nog )?dood"
    r"|wil {ADV}dat (?:het|die|ze) {ADV}(?:stopt|ophoudt|overgaat|weggaat))"
    r"(?= (?:#|,|@\S+) )",
    # Reflexive exaggerations: "schrok me dood", "maak me dood ongerust".
    r"(?:schrik|schrok|schrokken|schrikken|lach|lachte|lachen|verveel|verveelde|vervelen|schaam"
    r"|schaamde|schamen|erger|ergerde|ergeren|werk|werkte|werken|zoek|zocht|zoeken|maak|maakte"
    r"|maken|pieker|piekerde|eet|vreet|loop|liep|zweet|vries|stress|sjouw|fiets|fietste)"
    r" {ADV}(?:me|mij|mezelf) {ADV}(?:dood|rot|kapot|een ongeluk|suf|te pletter|het schompes)",
    r"(?:me|mij|mezelf) {ADV}dood (?:schrikken|lachen|ergeren|vervelen|schamen|werken|zoeken"
    r"|ongerust|zorgen|piekeren|lopen|fietsen|zweten|vriezen|eten)",
    # "doodmoe" typed with a space or hyphen; "doodgewoon", not after a wish ("ik wil dood
    # gewoon", "gwn"), where "dood graag" stays the idiom.
    r"(?<!wil )(?<!wou )(?<!wilde )dood gewoon",
    r"dood (?:moe|op|ziek|bang|normaal|saai|eng|stil|ongerust|nerveus|kalm|serieus|leuk"
    r"|zonde|lekker|simpel|eenvoudig|benauwd|vermoeid|zenuwachtig|jammer|ongelukkig|graag)",
    r"dodelijk\w* (?:saai|vermoeiend|vermoeid|serieus|eng|vervelend|lekker|goed|grappig|mooi"
    r"|verveeld|stil|gewoon)",
    # "ik kan mezelf wel voor m'n kop slaan / wel schieten": regret, not harm.
    r"(?<!hoe )(?:kan|kon|zou) (?:ik )?{SELF_STRONG} {ADV}(?:wel )?{ADV}(?:schieten|slaan|wurgen"
    r"|vermoorden"
    r"|schoppen|ophangen)",
    r"(?:kan|kon|zou) (?:ik )?(?:mezelf|me|mij) {ADV}(?:wel )?{ADV}voor (?:m'n|mijn|mn|de|het|me)"
    r" (?:kop|hoofd|harses|kanis) (?:slaan|wel slaan)",
    r"(?:mezelf|me|mij) {ADV}voor (?:m'n|mijn|mn|de|het|me) (?:kop|hoofd|harses|kanis)"
    r" (?:slaan|sla)",
    # Suicide as a figure of speech or in the news.
    r"(?:politieke|sociale|commerciele|financiele|professionele|maatschappelijke) zelfmoord\w*",
    r"zelfmoord(?:aanslag|terrorist|commando|actie|missie|enaar|vest|drone|squad|piloot)\w*",
    r"suicide (?:squad|mission|bomb\w*|doors|door)",
    # "Je ophangen aan details": getting stuck on small things.
    r"(?:ophangen|ophang|opgehangen|op te hangen) aan"
    r" (?:de |het |die |dat |zulke |kleine |al die )?(?:details|detail|kleinigheden|kleinigheid"
    r"|kleine dingen|woorden|formaliteiten|regels|dingen|termen|procedures)",
    # Scratches on things, not on skin.
    r"(?:kras|krassen|gekrast|krast) (?:op|in|aan) (?:de|het|een|die|dat|zijn|haar|mijn|m'n)"
    r" (?:auto|telefoon|scherm|plaat|cd|bril|deur|tafel|fiets|vloer|lak|bumper|muur|pan|glas"
    r"|kast|laptop|horloge|gsm|mobiel|ruit|spiegel)\w*",
    # Kitchen and shaving accidents.
    # Not "ik brand mezelf met een kaars": the present with "mezelf ... met" is done on purpose.
    r"(?:snij|snijd|snijdt|sneed|gesneden|brand|brandde|gebrand)(?! {ADV}mezelf {ADV}met )"
    r" {ADV}(?:(?:me|mij|mezelf) )?{ADV}"
    r"(?:in|aan|bij|met|tijdens|op) (?:mijn |m'n |de |het |een |het )?(?:vinger|duim|hand|koken"
    r"|keuken|mes|papier|groente|scheren|scheermes|blikje|oven|pan|strijkijzer|fornuis|kaars"
    r"|aardappel|brood|ui|uien|tomaat|glas|scherf)\w*",
    # "ik wil thuis sterven": an end-of-life wish about the where and how,
    # very normal for older people (not tonight: "mocht ik vannacht in mijn slaap sterven").
    r"(?<!vannacht )(?<!vanavond )(?<!vandaag )(?<!straks )"
    r"(?:thuis|waardig|rustig|in (?:mijn|m'n) (?:slaap|eigen bed|eigen huis|bed)|oud|later|ooit"
    r"|als het zover is|in vrede) {ADV}(?:sterven|doodgaan|dood gaan|overlijden)",
    r"(?:sterven|doodgaan|overlijden) {ADV}(?:thuis|in (?:mijn|m'n) (?:slaap|eigen bed|eigen huis"
    r"|bed)|als het zover is|in vrede|waardig|op hoge leeftijd|later)",
    # Dutch summer fun: jumping off a bridge into the water.
    r"(?:springen|spring|sprong|sprongen) {ADV}(?:van|vanaf) (?:de|een|het) (?:brug|steiger|kade"
    r"|duikplank|boot)\w* (?:in|het water|in het water|de gracht)",
    r"(?:van|vanaf) (?:de|een|het) (?:brug|steiger|kade|duikplank|boot)\w* (?:af )?(?:springen"
    r"|spring) (?:in|het water)",
    # English hyperbole.
    r"(?:killing|kill) (?:me|it)(?: now| softly)?",
    r"(?:i'm|im|i am) (?:dead|dying) (?:@lach|lol|#)",
    r"dying (?:of|from) (?:laughter|laughing|boredom|cringe)",
    *_IDIOMS_MORE,
]

# --------------------------------------------------------------------------
# Clear risk
# --------------------------------------------------------------------------
# Method-seeking: questions about doses, heights, trains, nooses. Checked first
# because it is the most urgent; "asking for a friend" changes only the tag.
_CLEAR_METHOD: Final = [
    # Round 4, from the training corpus: the least painful, the quickest, the surest way.
    r"(?:minst|minste) pijnlijke (?:manier|methode|dood)(?= (?:#|,|om te|om dood|om er|ik|is) )",
    r"(?:snelste|zekerste|makkelijkste|pijnloze|pijnloos|zekere) (?:manier|methode) *4"
    r" (?:te sterven|dood te gaan|ik wil niet lijden|niet (?:dat het )?mislukt|mislukken"
    r"|te verdwijnen)",
    r"(?:hoe lang|hoelang) (?:duurt|doe je over) *3 (?:verbloeden|stikken|verdrinken|doodbloeden"
    r"|verhangen|ophangen)",
    r"(?:is|zijn) (?:verbloeden|stikken|verdrinken|doodbloeden|ophangen|verhangen) {ADV}pijnlijk",
    r"hoe diep *4 (?:snee|snijden|sneed|snijwond|snijdt) *4 (?:verbloeden|dood|dodelijk)",
    r"(?:slagader|ader) *3 (?:in|van) (?:je|mijn|m'n|de) (?:pols|polsen)",
    r"(?:val|sprong) van \w+ (?:meter|hoog|verdiepingen) *2 (?:dodelijk|overleefbaar"
    r"|overleef|dood)",
    r"(?:hoeveel|hoe veel|welke|wat voor) *3 {SUBST} *6 {LETHAL}",
    r"{SUBST} *4 (?:dodelijk\w*|letaal|letale|fataal|fatale|overdosis|lethal|fatal)",
    r"(?:dodelijke|letale|fatale|lethal|fatal) (?:dosis|hoeveelheid|dose|amount)",
    r"(?:neem|nemen|innemen|slikken|slik|nam|genomen|ingenomen|geslikt) *2 (?:een )?overdosis",
    r"overdosis *3 (?:nemen|innemen|slikken|genomen|ingenomen|geslikt|te nemen)",
    r"(?:hoeveel|welke|hoe) *5 (?:overdosis|overdose)",
    r"overdosis {SUBST}",
    r"{SUBST} {ADV}(?:bij elkaar |opzij )?(?:gespaard|opgespaard|verzameld|gehamsterd"
    r"|aan het sparen)"
    r"(?!(?: \S+){0,6} (?:reis|vakantie|malaria|apotheek|inleveren|terugbrengen|terug"
    r"|weggooien|opruimen|milieustraat) )",
    r"als (?:je|ik|iemand|u) *2 (?:\d+|alle|al mijn|al die|een hele|heel veel|een doos|een pot"
    r"|een strip|de hele) *2 {SUBST} (?:neem|neemt|slik|slikt|inneemt|innemen|nemen|slikken)",
    # Heights: "hoe hoog moet een brug zijn", "van welke hoogte overleef je het niet".
    r"hoe hoog *4 (?:brug|flat|gebouw|toren|dak|balkon|verdieping|raam|klif|rots)\w* *3"
    r" (?:zijn|springen|spring|dood|overleef\w*|sterf|sterven|te overleven)",
    r"hoe hoog moet *3 (?:zijn|springen|vallen)",
    r"(?:van|vanaf) (?:welke|wat voor|welk) (?:brug|flat|gebouw|toren|dak|hoogte|verdieping)\w* *4"
    r" (?:springen|spring|dood|sterven){NOT_FOR_SPORT}",
    # (Round 12: "de brug, daar is het hoog genoeg"; not "hoog genoeg voor de boten".)
    r"(?:brug|flat|gebouw|toren|dak|parkeergarage|viaduct)\w* *5 hoog genoeg(?! (?:voor|om)"
    r" (?:de |het |een )?\S*(?:boten|boot|schepen|schip|vrachtwagen\w*|bus\w*|auto\w*|trein\w*"
    r"|verkeer|ladder|kraan|masten|mast)|(?: \S+){1,5} te (?:zien|kijken|bekijken|overzien)(?= ))",
    r"(?:brug|dak|flat|balkon|raam|rand|toren|spoor|perron)\w* *6 (?:ga|wil|zal) {ADV}springen"
    r"(?= (?:#|,|@\S+|en|nu) )",
    r"(?:rij|rijd|rijden|knal|knallen|crash|crashen) *3 tegen (?:een|de) (?:boom|muur|pijler"
    r"|brugpijler|vrachtwagen)",
    r"tegen (?:een|de) (?:boom|muur|pijler|brugpijler|vrachtwagen) {ADV}(?:aan )?(?:rijden"
    r"|te rijden|knallen|te knallen|rij|crashen)",
    r"(?:van|vanaf) (?:welke|hoeveel) (?:hoogte|meter|verdieping\w*) *4 (?:dood|overleef\w*|sterf"
    r"|sterven|springen|te overleven){NOT_FOR_SPORT}",
    r"(?:hoogste|hoge) (?:brug|flat|gebouw|toren)\w* *4 (?:springen|te springen|spring)",
    # Trains and traffic; only present or future, "sprong voor de trein" is news.
    r"(?:voor|onder) (?:de|een|den) (?:trein|metro|tram|vrachtwagen|auto|bus)\w* *2 (?:springen"
    r"|te springen|spring|gaan liggen|te gaan liggen|lopen|te lopen|gaan staan|ga liggen"
    r"|ga staan|stappen|te stappen|liggen|staan)",
    r"{IW} {ADV}(?:voor|onder) (?:de|een) (?:trein|metro|tram|vrachtwagen)",
    r"(?:ik|#) {ADV}(?:spring|ga liggen|ga staan|loop|stap) {ADV}(?:voor|onder) (?:de|een)"
    r" (?:trein|metro|tram|vrachtwagen|bus)",
    r"(?:ik|#) ~4 (?:van|vanaf) (?:een|de|het) (?:brug|flat|dak|toren|gebouw|balkon|rots|klif)\w*"
    r" (?:af )?(?:springen|te springen|spring|af te springen)",
    # "hoe kan ik pijnloos sterven", "snelste manier om dood te gaan".
    r"pijnlo\w* (?:dood|doodgaan|sterven|overlijden|zelfmoord\w*|een eind|er een eind)",
    r"(?:hoe|wat is de|wat zijn) *3 (?:pijnlo\w*|snelste|makkelijkste|beste|zekerste|snelle"
    r"|zachtste) (?:manier|methode|manieren|methodes|weg) *4 (?:dood|sterven|te sterven|doodgaan"
    r"|zelfmoord\w*|er een eind|{SELF_STRONG}|suicide|te overlijden)",
    r"hoe (?:kan|kun|moet) (?:ik|je) *2 (?:het beste|het snelst|pijnloos|snel|makkelijk|zonder pijn"
    r"|ongemerkt) *2 (?:dood|sterven|doodgaan|overlijden|zelfmoord\w*)",
    r"hoe (?:knoop|maak|leg|bind) (?:je|ik|u) (?:een )?strop",
    r"strop (?:knopen|maken|leggen)",
    r"(?:hoe lang|hoelang) duurt *3 (?:te verdrinken|dood te bloeden|doodbloeden|te stikken|stikken"
    r"|verdrinken|dood te gaan|doodgaat|dood gaat|te sterven|sterf|sterft){NOT_ILL}",
    r"(?:middel x|pil van drion|drionpil|pentobarbital|zelfdodingsmiddel\w*|laatste ?wil ?pil)",
    # English.
    r"how (?:many|much) *4 (?:lethal|fatal|overdose|to die|kill)",
    r"(?:painless|easiest|quickest|fastest|best) (?:way|method) to (?:die|kill myself|end it)",
    r"how (?:to|do i|can i) (?:kill myself|tie a noose|die)",
    r"how (?:high|tall) *4 (?:bridge|building) *3 (?:be|jump|die|survive)",
    # Round 4b, from the training corpus.
    r"hoe (?:hang|verhang) (?:je|jij|ik|iemand) (?:jezelf|zichzelf|mezelf|zich) (?:op|aan)",
    r"(?:hoe lang|hoelang) (?:duurt|doe je over) *3 (?:voordat|tot|voor) (?:je|ik|iemand) *2"
    r" (?:stikt|verdrinkt|doodbloedt|dood bent|dood gaat|doodgaat|sterft|verbloedt){NOT_ILL}",
    r"niemand (?:me|mij) (?:vindt|kan vinden|zal vinden) *2 tot het te laat is",
    r"(?:hoe|zo) *6 (?:dat het|zodat het) *2 (?:op )?een ongeluk (?:lijkt|is)",
    # Round 7, from the training corpus: a quick death by a method, exhaust in a closed car,
    # the fastest poison for people.
    r"is (?:verdrinken|ophangen|verhangen|verbloeden|doodbloeden|stikken|springen|een overdosis)"
    r" *2 (?:een )?(?:snelle|pijnloze|zachte|zekere|makkelijke) dood",
    r"(?:afgesloten|dichte) (?:auto|garage) *5 motor *2 (?:aan|draaien|laten draaien|laat draaien)",
    r"(?:gif|vergif) *4 (?:snelst|dodelijkst|het best) *3 (?:bij|voor|op) (?:mensen|een mens"
    r"|iemand|mij|mezelf)",
    # Round 8, from the training corpus's cross-validated misses: "hoe pleeg je zelfmoord"
    # was only a topic word for the rules, and the model alone decided.
    r"hoe (?:pleeg|doe|bega) (?:je|ik|men|u|jij) {ADV}(?:zelfmoord|zelfdoding|suicide)\w*",
    r"hoe (?:kan|kun|moet|zou) (?:ik|je|men|u) {ADV}(?:het beste |het snelst |pijnloos |snel )?"
    r"(?:zelfmoord|zelfdoding|suicide) (?:plegen|doen)",
    r"(?:zelfmoord|zelfdoding) (?:plegen|doen) *3 (?:zonder pijn|pijnloos|hoe|snel|het snelst)",
    r"welke (?:manier|methode|vorm) (?:van|voor) (?:zelfmoord|zelfdoding|sterven|doodgaan) *4"
    r" (?:minst|snelst|zekerst|pijn|pijnloos|werkt)",
    r"hoe (?:maak|maakt) (?:je|ik|men) (?:er )?(?:een )?(?:eind|einde) aan (?:je|jouw|mijn|m'n"
    r"|het|zijn) (?:eigen )?leven",
    r"waar *3 (?:het beste|het best|het makkelijkst) (?:springen|te springen|spring)"
    r"(?!(?: \S+){0,4} (?:zwembad|water|sloot|trampoline|duikplank|kanaal|zee|meer|bungee"
    r"|parachute|in het|in de|van de kant) )",
    r"(?:springen|vallen) van \w+ (?:meter|hoog|verdiepingen) *2 (?:dodelijk|overleefbaar"
    r"|fataal|genoeg)",
    r"hoe (?:snij|snijd|kras) (?:je|ik|u) *3 (?:het diepst|diepst|diep genoeg)",
    # Whether a means kills, asked plainly ("kun je doodgaan van 20 paracetamol").
    r"(?:kun|kan|ga|ben) (?:je|ik|men|u|jij) *2 (?:dood|doodgaan|dood gaan|overlijden|sterven"
    r"|stikken|verstikken) *3 (?:van|aan|door|met|als) *4 (?:{SUBST}|bleek\w*|gif|chloor"
    r"|antivries|plastic zak|een zak|koolmonoxide|helium|uitlaatgassen|ontstopper)",
    r"(?:overlijden|doodgaan|dood gaan|sterven) (?:aan|van) *4 {SUBST} *6 (?:veel|te veel|alle"
    r"|allemaal|tegelijk|in een keer)",
    r"(?:werkt|lukt) (?:ophangen|verhangen|jezelf ophangen) (?:aan|met) (?:een|de) (?:deurklink"
    r"|deur|balk|trapleuning|kapstok|boom|riem|sjaal|kabel)",
    r"is (?:verdrinken|ophangen|verhangen|verbloeden|doodbloeden|stikken|springen|doodvriezen"
    r"|onderkoeling|een overdosis) *2 (?:een )?(?:fijne|mooie|rustige|goede|zachte) dood",
    r"voor (?:de|een) (?:trein|metro|vrachtwagen) *2 (?:springt|springen|spring|stapt) *6"
    r" (?:voel je|pijn|merk je|meteen dood|direct dood|ben je dood)",
    r"(?:hoe lang|hoelang) duurt *3 (?:doodvriezen|dood te vriezen|onderkoeling)",
    r"(?:hoe diep|waar) (?:moet|moeten|kun|kan) (?:je|ik|u|men) (?:snijden|in snijden)"
    r"(?!(?: \S+){0,4} (?:brood|vlees|ui|taart|deeg|hout|stof|papier|tomaat|cake|groente) )",
    r"snijden om (?:dood te bloeden|te verbloeden|te sterven|dood te gaan|het bloed)",
    r"als (?:je|ik|iemand|u) (?:al (?:je|jouw|mijn|m'n)|alle|veel te veel|te veel|een hele (?:strip"
    r"|doos|pot)) {SUBST} *2 (?:tegelijk|in een keer|ineens)? ?(?:neemt|neem|slikt|slik"
    r"|inneemt)",
    r"helium *4 (?:zak|kap|ballon) *4 (?:hoe|werkt|dood|stikken)",
    # Round 9: how fast or painless a gas kills.
    r"(?:werkt|is|gaat) (?:koolmonoxide|uitlaatgas\w*|helium|gas|stikstof) *2 (?:snel|pijnloos"
    r"|zonder pijn)(?! (?:weg|uit|open) )",
]

# Explicit statements of intent or wish.
_CLEAR_EXPLICIT: Final = [
    r"{IW} {ADV}(?:dood|doodgaan|sterven|sterve|overlijden|de dood in|de dood){DEND}",
    r"ik {ADV}(?:dood|doodgaan|sterven) {ADV}(?:wil|wou|zou willen)",
    r"(?:#|,) {ADV}(?:dood|doodgaan|sterven) {ADV}(?:wil|wou) ik"
    r"(?! (?:zeker |echt |absoluut |helemaal |ook )?(?:niet|nie|geen|nooit) )",
    # The user together with someone else: "mijn zoon en ik willen allebei dood".
    r"(?:wij|we|en ik|ik en (?:{POSS} )?\S+) {ADV}willen {ADV}"
    r"(?:allebei |alle twee |beiden |samen )?{ADV}(?:dood|doodgaan|sterven|niet meer leven"
    r"|er niet meer zijn|er een eind aan maken){DEND}",
    r"{IW} {ADV}er {ADV}niet (?:meer|langer) {ADV}zijn",
    r"{IW} {ADV}niet (?:meer|langer) (?:echt |gewoon )?(?:leven?|bestaan|in leven zijn"
    r"|verder leven|ademen)"
    r"(?! zo| op deze manier| met| in| als| zonder| hier)",
    # Not "er een eind aan maken, aan dat eeuwige uitstellen": the thing is named after it.
    r"(?:ik|#|,) ~3 (?:er|dr) {ADV}(?:een |n )?(?:eind|einde) aan(?: te)?(?: maken| maak"
    r"| breien)?(?!(?: maken| maak| breien)? , aan (?:dat|dit|het|die|de|mijn|m'n|al) )"
    # "... met mijn vriend": a break-up, not a life.
    r"(?!(?: maken| maak| breien)? ,? ?met (?:hem|haar|(?:mijn|m'n|mn|die|de|onze|ons|het)"
    r" (?:vriend|vriendin|vriendje|relatie|partner|man|vrouw|lief|baan|werk|studie|opleiding"
    r"|verslaving|gedoe|contract|club|vereniging|cursus|hobby|dieet|sport|project"
    r"|ruzie|discussie|vriendschap|abonnement|roken)) )",
    # Glued as people type it: "ik wil er een einde aanmaken".
    r"(?:ik|#|,) ~3 er {ADV}(?:een |n )?(?:eind|einde) aanmaken(?= (?:#|,|@\S+) )",
    # "ik denk er soms aan om er een eind aan te maken": the "om"-clause says it alone.
    r"om {ADV}er {ADV}(?:een |n )?(?:eind|einde) aan te (?:maken|breien)",
    r"(?:eind|einde|punt) (?:aan|achter) (?:mijn|m'n|mn|het|dit) (?:leven|bestaan)",
    r"(?:mijn|m'n|mn) (?:eigen )?leven {ADV}(?:te )?(?:beeindigen|beindigen|nemen|afsluiten)",
    r"(?:neem|nemen) {ADV}(?:mijn|m'n|mn) (?:eigen )?leven",
    # Round 9: the verb after it, "dat ik mijn leven wil nemen".
    r"(?:mijn|m'n|mn) (?:eigen )?leven {ADV}(?:wil|ga|zal|wou|zou willen) (?:nemen|beeindigen"
    r"|beindigen)",
    r"(?:{SELF}|ik) {ADV}het leven (?:benemen|ontnemen|te benemen|te ontnemen)",
    r"uit het leven (?:stappen|te stappen|gaan|te gaan|stap)",
    r"de hand aan {SELF} (?:slaan|te slaan|sla)",
    # The words themselves count when the user owns them; alone or in a news item,
    # a thesis or a training they are a topic (_TOPIC), and the model decides.
    r"(?:ik|#) {ADV}(?:denk|dacht|denken|overweeg|overwoog|pleeg|ga|wil|wou|zou|peins|peis"
    r"|fantaseer|droom) {ADV}(?:(?:aan|over|van|erover) )?(?:een |om )?{ADV}(?:zelfmoord|zelfdoding"
    r"|suicide|zelfdood)\w*",
    r"(?:ik|#) {ADV}(?:heb|had|krijg|kreeg|zit met|worstel met|ken) {ADV}(?:weer |vaak |veel )?"
    r"(?:zelfmoord|zelfdoding|suicid)\w*(?:gedachte|neiging|plan|idee|fantasie)\w*",
    r"(?:ik|#) {ADV}(?:ben|voel me|voel mij|word) {ADV}suicida\w*",
    r"(?:mijn|m'n|mn) (?:zelfmoord|zelfdoding|suicid)\w*(?:gedachte|neiging|plan|idee)\w*",
    r"(?<!geen )(?<!nooit )(?<!zonder )(?<!mensen met )(?<!iemand met )(?<!patienten met )"
    r"(?:suicidale gedachte\w*|zelfmoordgedachte\w*"
    r"|zelfdodingsgedachte\w*)",
    r"(?:i'm|i am|i feel|feeling) {ADV}(?:so |very )?suicidal",
    r"{SELF} {ADV}(?:van kant|om zeep|om het leven|naar de andere wereld) (?:maken|te maken"
    r"|helpen|te helpen|brengen|te brengen|maak)",
    # Round 11: the verb between ("ik zou mij willen van kant maken", Flemish order).
    r"{SELF} (?:willen|wil|wou|zou willen) {ADV}(?:van kant|om zeep|om het leven) (?:maken|brengen"
    r"|helpen)",
    r"{SELF} {ADV}(?:opknopen|op te knopen|doden|te doden|dood te maken|doodmaken|dood maken"
    r"|ombrengen|om te brengen"
    r"|vermoorden|te vermoorden|ophangen|op te hangen|verhangen|te verhangen|verdrinken"
    r"|te verdrinken|doodschieten|dood te schieten|vergiftigen|te vergiftigen|neerschieten"
    r"|overhoop schieten|verzuipen|doodrijden|dood te rijden|unalive\w*)(?! in )",
    r"(?:verhang|hang|hing|verhing) {ADV}{SELF}(?: op| aan| #| ,)",
    r"{SELF} ~3 door (?:mijn|m'n|mn|het|de) (?:kop|hoofd) (?:schieten|te schieten|jagen)",
    r"(?<!niet )(?:stoppen|stop|ophouden) met (?:leven|het leven|ademen|bestaan)",
    # Written from the training corpus's word orders (round 4), never from held-out:
    # "ik maak me van kant", "me van het leven beroven", "besloten om te sterven".
    r"(?:ik|#) {ADV}(?:maak|maakte) {ADV}(?:mezelf|me|mij|{SELF_STRONG}) {ADV}(?:van kant|om zeep)",
    r"{SELF} {ADV}van het leven (?:beroven|te beroven|benemen|te benemen)",
    r"(?:beroof|beneem) {ADV}(?:mezelf|me|mij) {ADV}van het leven",
    r"(?:besloten|besluit|beslist|kies ervoor|gekozen|koos ervoor) {ADV}(?:om )?(?:te sterven"
    r"|dood te gaan|er een eind aan te maken|uit het leven te stappen"
    r"|niet (?:meer )?verder te leven|mezelf te doden|zelfmoord te plegen)",
    r"(?:plan|methode|manier) (?:om|voor) {ADV}(?:te sterven|dood te gaan|mezelf te doden"
    r"|er een eind aan te maken|uit het leven te stappen|zelfmoord te plegen)",
    r"(?:eind|einde) aan alles (?:maken|te maken|maak|gemaakt)",
    # Suicide as the only way out.
    r"(?:zelfmoord|zelfdoding|suicide|sterven|de dood|dood gaan|doodgaan) ~3 (?:de )?(?:enige"
    r"|enigste) (?:uitweg|oplossing|optie)",
    r"(?:enige|enigste) (?:uitweg|oplossing|optie) ~3 (?:zelfmoord|zelfdoding|suicide|sterven"
    r"|de dood|dood te gaan|doodgaan)",
    r"(?:geen|niks|niets) (?:andere |anders )?(?:uitweg|oplossing|mogelijkheid|optie) (?:meer )?"
    r"(?:dan|als) (?:zelfmoord|zelfdoding|suicide|sterven|de dood|dood te gaan|doodgaan)",
    r"gedachte\w* aan (?:zelfmoord|zelfdoding|suicide) *4 (?:laat|laten) (?:me|mij) {ADV}niet"
    r" (?:meer )?los",
    r"gedachte\w* aan (?:zelfmoord|zelfdoding|suicide) *3 (?:beheerst|beheersen|overheerst"
    r"|overheersen|wordt sterker|worden sterker|komt steeds|komen steeds)",
    # Jumping, a train, the water: said as what the person will do.
    r"(?:ik|#) {ADV}(?:spring|ga springen|wil springen|sprong bijna) {ADV}(?:van|vanaf|uit)"
    r" (?:de|het|een|die|dat) (?:brug|flat|dak|toren|viaduct|balkon|raam|parkeergarage|klif"
    r"|rots)\w*(?! (?:in|af in|het water|de gracht))",
    r"{SELF} {ADV}voor (?:de|een) (?:trein|metro|tram|vrachtwagen|bus) (?:gooien|te gooien|werpen"
    r"|te werpen|leggen|te leggen|springen|te springen|smijten|te smijten)",
    r"(?:gooi|werp) {ADV}(?:mezelf|me|mij) {ADV}voor (?:de|een) (?:trein|metro|tram"
    r"|vrachtwagen|bus)",
    r"{SELF} {ADV}laten (?:overrijden|overrijden door|aanrijden door)",
    r"(?:verzuip|verdrink) {ADV}(?:mezelf|me|mij|{SELF_STRONG})(?= (?:#|,|in|vanavond|vannacht) )",
    r"{SELF} {ADV}(?:verzuipen|verdrinken|te verzuipen|te verdrinken) in (?:de|het|een) (?:schelde"
    r"|maas|rijn|kanaal|rivier|zee|meer|gracht|water|ijssel|waal|vaart|sloot|noordzee)\w*",
    r"(?:loop|ga|wandel) {ADV}(?:de|het) (?:zee|water|rivier|kanaal|meer) in *3 (?:kom|keer)"
    r" {ADV}(?:niet|nooit) (?:meer )?terug",
    # Plans said plainly: letters or lists for after one's death, pills saved up.
    r"(?:brief|briefje|brieven|bericht|video|lijst|lijstje|afscheidsvideo) *6 (?:voor )?(?:als"
    r"|wanneer|na) (?:ik (?:er )?(?:niet meer ben|dood ben|weg ben|er niet meer ben)|mijn dood)",
    r"(?:voorraad|stapel|berg|zak|doos|kist) *2 (?:pillen|slaapmiddel\w*|medicijnen|tabletten"
    r"|slaappillen|medicatie) *4 (?:aangelegd|gespaard|verzameld|opgespaard|verstopt)",
    r"(?:spaar|sparen|gespaard|opgespaard|verzamel|verzameld|hamster|gehamsterd) *3 (?:mijn |m'n )?"
    r"(?:pillen|medicijnen|medicatie|slaappillen|slaapmiddel\w*|tabletten)(?: op)?"
    r"(?!(?: \S+){0,6} (?:reis|vakantie|malaria) )",
    r"strop(?!das)\w*(?! van ) *3 (?:ligt|liggen|hangt|hangen|klaar|geknoopt|gemaakt|gekocht)",
    r"(?:touw|scheermes\w*) *3 (?:ligt|liggen|hangt) *2 klaar(?!(?: \S+){0,6} (?:schommel|vlag\w*"
    r"|tent|boom|klus|verhuiz\w*|waslijn|tuin|boot|kamp\w*|badkamer|scheren|baard|wastafel) )",
    r"(?:wordt|is|word) (?:mijn|m'n) laatste (?:dag|nacht|verjaardag)(?= (?:#|,) )",
    r"(?:deze|volgende) (?:week|dag|maand) is (?:mijn|m'n) laatste(?= (?:#|,) )",
    r"klaar met (?:het |mijn |m'n |mn |dit |dat )?(?:kut |rot |klote |tering )?leven",
    r"(?:niet|nooit) meer (?:bovenkomen|boven komen|boven te komen)",
    # English.
    r"(?:i|i'm|#) {ADV}(?:want|wish|plan|need|am going|going|will) (?:to )?(?:die|be dead"
    r"|not exist|commit suicide)",
    r"kill(?:ing)? (?:myself|my self|meself)|end(?:ing)? (?:my life|it all)"
    r"|tak(?:e|ing) my (?:own )?life",
    r"(?<!don't )(?<!dont )(?<!not )(?:want|wanna|wish) to die",
    r"(?:i|#) (?:don't|do not|dont) want to (?:live|be alive|exist)",
    r"unalive\w* (?:myself|mezelf|me|my self)",
    # Round 4b, from the training corpus.
    r"(?:zin|goesting) om {ADV}(?:te )?(?:springen|spring) *2 (?:van|vanaf|voor|uit) (?:de|het|een)"
    r" (?:brug|flat|dak|trein|toren|viaduct|balkon|raam)",
    r"(?:ga|wil|neem|denk erover) *2 (?:alle|al (?:mijn|m'n|mn)) (?:pillen|medicijnen|tabletten"
    r"|slaappillen|medicatie) *3 (?:die ik (?:nog )?heb|tegelijk|in (?:een|1) keer|allemaal)",
    r"(?:kan|durf) {ADV}(?:niet|nie) (?:meer )?(?:beloven|garanderen|zeggen) dat ik ~ (?:niks"
    r"|niets) (?:aandoe|aan doe)",
    r"dood *4 (?:dat|da) wil ik(?! (?:niet|nie|geen|nooit) )",
    r"(?:wil|ga) {ADV}er (?:vanaf|van af) *3 (?:van )?(?:dit|het|mijn) leven",
    r"(?:touw|strop|pillen|mes|middel|wapen|slang) *6 voor als het (?:zover|zo ver) is",
    r"(?:brieven|brief|briefje|afscheidsbrie\w*) voor (?:mijn|m'n) \w+ (?:liggen|ligt) {ADV}klaar",
    r"(?:voorbereid|klaar|geregeld) *4 (?:alleen|nu|enkel) (?:nog )?(?:de )?moed",
    r"(?:plan|alles) *3 (?:is )?klaar *4 (?:alleen|nu|enkel) (?:nog )?(?:de )?moed",
    r"slang *4 (?:uitlaat|uitlaatpijp)|(?:uitlaat|uitlaatpijp) *4 slang",
    r"(?:garage|auto) *4 (?:met een|en een) slang",
    r"bedankt voor alles *3 (?:vanavond|vannacht|morgen|straks) ben ik (?:er niet meer|weg)",
    r"(?:opgezocht|uitgezocht|bekeken|gezocht) *6 (?:hoogste|het hoogst|hoogst)(?: \S+)? *2"
    r" (?:brug|flat|gebouw|toren|viaduct|parkeergarage)",
    r"(?:brug|flat|gebouw|toren|viaduct|parkeergarage) *3 het hoogst *3 (?:opgezocht|uitgezocht"
    r"|bekeken)",
    r"hoogste (?:brug|flat|gebouw|toren|viaduct|parkeergarage)\w* *5 (?:opgezocht|uitgezocht"
    r"|bekeken)(?!(?: \S+){0,6} (?:foto\w*|project|uitzicht|werkstuk|school|wandeling|toerist\w*"
    r"|vakantie|uitje|tekening|spreekbeurt) )",
    r"(?:zin|goesting) om (?:me|mij|mezelf) {ADV}voor (?:de|een) (?:trein|metro|tram|vrachtwagen"
    r"|bus) (?:te gooien|te werpen|te smijten|te leggen)",
    # Round 8, from the training corpus's cross-validated misses: the formal wish, the
    # life taken "willen benemen", daily thoughts of suicide, death as the one way out.
    r"(?:ik|#) {ADV}(?:wens|verlang ernaar|hoop) {ADV}(?:te sterven|dood te gaan|te overlijden"
    r"|niet (?:meer|langer) te leven|niet (?:meer|langer) in leven te blijven)",
    r"(?:mijn|m'n) (?:stellige |grootste |enige |diepste )?wens (?:is )?(?:om )?(?:niet (?:meer"
    r"|langer) te leven|te sterven|dood te gaan|niet (?:meer|langer) in leven te blijven)",
    r"{SELF} {ADV}het leven {ADV}(?:willen|wil|gaan|ga|zal) (?:benemen|ontnemen)",
    r"(?:heb|had|krijg|kreeg) {ADV}(?:elke dag |iedere dag |vaak |soms |weer |steeds |veel )?"
    r"gedachte\w* (?:aan|over) (?:zelfmoord|zelfdoding|suicide)",
    r"(?:maar )?(?:een|1) (?:oplossing|uitweg) *4 (?:sterven|de dood|zelfmoord|zelfdoding"
    r"|doodgaan)(?= (?:#|,|@\S+) )",
    r"(?:eind|einde) (?:maken|te maken|maak) aan alles",
    r"(?:ik|#) {ADV}(?:stap|stapte|ga|step) {ADV}uit het leven(?! van )",
    r"(?:ben|zal|ga) ik *2 dood *4 (?:besloten|beslist|zeker weten)",
    r"(?:ladder|kruk|stoel) en (?:het|een|de) (?:touw|strop) *2 (?:klaargezet|klaargelegd"
    r"|klaar gezet|klaar|gekocht)(?!(?: \S+){0,5} (?:schommel|vlag\w*|tent|boom|klus|verhuiz\w*"
    r"|zolder|waslijn|tuin|boot|kamp\w*) )",
    r"(?:ga|wil) {ADV}(?:mij|me|mezelf) *4 (?:in|van) (?:de|het) (?:schelde|maas|rivier|water"
    r"|kanaal|brug|ijssel|rijn|waal|zee|flat|toren) *2 (?:laten vallen|gooien|storten)",
    # Round 10, formal wording (probe messages of my own): "de wens om te overlijden",
    # "ik beraad mij over zelfdoding", "het beëindigen van mijn bestaan".
    r"(?:(?:ik|#) {ADV}(?:heb|voel|koester|krijg|ken) {ADV}(?:de|een|die)|mijn|m'n)"
    r" (?:wens|verlangen|behoefte|drang) om {ADV}(?:te overlijden|te sterven"
    r"|dood te gaan|er niet meer te zijn|niet meer te leven|uit het leven te stappen)",
    r"(?:ik|#) {ADV}(?:beraad|bezin) (?:me|mij) {ADV}(?:over|op) (?:zelfdoding|zelfmoord|suicide"
    r"|het beeindigen van (?:mijn|m'n) (?:leven|bestaan))",
    r"(?:het|aan het|over het) (?:beeindigen|beindigen) van (?:mijn|m'n|mn) (?:eigen )?(?:leven"
    r"|bestaan)",
]

_CLEAR_SELF_HARM: Final = [
    # Round 8: hurt again or on purpose, by one's own hand; hair pulled out till it bleeds;
    # arms covered in cuts; punishing oneself with pain.
    r"(?:armen|arm|benen|been|polsen|pols|dijen|buik) *3 (?:onder de|vol|vol met|onder)"
    r" (?:sneden|snijwonden|sneetjes|krassen|wonden|brandwonden)(?!(?: \S+){0,5} (?:kat|poes"
    r"|braam\w*|struik\w*|tuin\w*|doornen|hond|rozen|val|fiets\w*|ongeluk) )",
    r"{SELF} {ADV}(?:straffen|te straffen|straf) *3 (?:met )?(?:pijn|snijden|slaan|krassen"
    r"|branden)",
    r"{SELF} {ADV}kapot (?:maken|te maken|maak)",
    r"(?:snij|snijd|kras|kerf) {ADV}in {SELF_STRONG}(?= (?:#|,|@\S+|en|weer|soms|vaak) )",
    r"(?:ben|zit) {ADV}{SELF_STRONG} {ADV}aan het (?:krassen|snijden|branden|verwonden|bezeren"
    r"|slaan|beschadigen)",
    r"(?:ik|#) {ADV}(?:snij|snijd|kras) {ADV}(?:weer|opnieuw)(?= (?:#|,|@\S+|en|sinds|elke) )",
    r"(?:cutting|self ?harming) (?:again|myself)",
    r"(?:heb|had) {ADV}{SELF_STRONG} {ADV}(?:weer|opnieuw|expres|bewust|met opzet) {ADV}"
    r"(?:verwond|gesneden|gekrast|gebrand|kapot gemaakt|beschadigd|pijn gedaan)",
    r"(?:trek|trok|trekken) *3 (?:haren|haar|wimpers) *2 uit *4 (?:tot het bloedt|tot ik bloed"
    r"|expres|tot er bloed)",
    r"(?:bonk|bonkte|beuk|beukte|sla|sloeg|ram|ramde) *5 tegen (?:de|een) (?:muur|deur|kast"
    r"|vloer) *4 (?:expres|tot het bloedt|tot ik bloed|kapot|als het te veel)",
    r"(?:ik|#) {ADV}(?:snij|snijd|snijdt|kerf|brand) {ADV}(?:mezelf|me|mij|{SELF_STRONG})"
    r"(?! (?:niet|nie|nooit|echt niet|zeker niet) )(?!(?: \S+){0,2} (?:aan|per ongeluk) )",
    r"(?<!niet zo dat ik )(?<!niet dat ik )(?<!niet zo erg dat ik )"
    r"{SELF} {ADV}(?:snijden|te snijden|krassen|te krassen|branden|te branden|pijn doen"
    r"|pijn te doen|beschadigen|te beschadigen|verwonden|te verwonden|iets aandoen|iets aan doen"
    r"|iets aan te doen|wat aandoen|wat aan te doen|iets aandoe|wat aandoe|aandoen|aan te doen"
    r"|bezeren|te bezeren)",
    r"(?:doe|deed|doet) {ADV}{SELF} {ADV}(?:pijn|iets aan|wat aan)",
    r"(?:ik|#) {ADV}(?:doe|deed|ben|heb|had|zit|begin|begon) {ADV}(?:weer |aan |met |opnieuw )?"
    r"(?:aan |met )?(?:zelfbeschadig|zelfverwond|automutil|self ?harm|selfharm)\w*",
    # "ik kras (weer)": cutting, in the words people use for it. Scratches on
    # cars and phones are idioms (see above).
    r"(?:ik|#) {ADV}kras(?: {ADV}(?:weer|mezelf|me|mij|nog|soms|vaak|elke|iedere|opnieuw|steeds"
    r"|al))?(?= (?:#|,|@\S+|en|maar|weer|mezelf|me|mij|nog|soms|vaak|elke|iedere|opnieuw"
    r"|steeds|al|sinds|in mijn|in m'n|op mijn|op m'n) )(?!(?: \S+){0,3} (?:kraslot\w*|lot|loten"
    r"|krasloten) )",
    r"(?:ben|was|zit|zat) {ADV}(?:weer )?(?:aan het|te) krassen(?! (?:op|in|aan) (?:de|het|een"
    r"|die|dat))",
    r"(?:wil|ga|moet) {ADV}(?:weer )?krassen(?= (?:#|,|@\S+|en|maar) )",
    r"(?:heb|had) {ADV}(?:mezelf |me |mij )?{ADV}gekrast(?! (?:op|in|aan) (?:de|het|een|die|dat"
    r"|zijn|haar|hun|(?:mijn|m'n) (?:kraslot|lot|auto|telefoon|bureau|tafel|fiets|scherm)))",
    r"(?:kras|krassen|gekrast|snij|snijd|snijden|gesneden|sneed|kerf|kerven|gekerfd) *2 (?:in|op)"
    r" (?:mijn|m'n|mn)"
    r" (?:arm|armen|pols|polsen|been|benen|huid|dij|dijen|buik|bovenbeen|onderarm)\w*",
    r"(?:in|op) (?:mijn|m'n|mn) (?:arm|armen|pols|polsen|been|benen|huid|dij|dijen|buik"
    r"|bovenbeen|onderarm)\w* *2 (?:gesneden|gekrast|gebrand|snijden|krassen|te snijden)",
    r"(?:sla|slaan|bonk|bonken|bons) {ADV}(?:met )?(?:mezelf|me|mijn hoofd|m'n hoofd|mn hoofd)"
    r" *3 (?:tot ik bloed|tot bloedens|bloed|blauw|tegen de muur|tot ik (?:niks|niets) meer voel)",
    r"(?:expres|opzettelijk|bewust|express|weer|opnieuw|expreh|met opzet) *3 (?:gesneden|gekrast"
    r"|gebrand|verbrand|opengesneden|opengekrast|opengehaald|verwond|beschadigd|pijn gedaan)"
    r"(?!(?: \S+){0,4} (?:aan|tijdens|per ongeluk|bij het|oven|pan|zon|koken|struik\w*) )",
    # Round 4, from the training corpus: the verb finite, the urge, youth words.
    r"(?:gebrand|verbrand|opengehaald|gesneden|geslagen|gekrast|gestoken|bezeerd|verwond) *4"
    r" (?:expres|opzettelijk"
    r"|met opzet)",
    r"(?:ik|#) {ADV}(?:beschadig|verwond|brand|kerf) {ADV}(?:mezelf|me|mij|{SELF_STRONG}"
    r"|mijn (?:eigen )?(?:lichaam|armen|benen|huid))(?!(?: \S+){0,2} (?:aan|per ongeluk) )",
    r"drang (?:om )?(?:te )?(?:snijden|krassen|mezelf (?:te snijden|pijn te doen|te krassen))",
    # Round 12: "ik heb zin om te snijden" said alone (not about bread).
    r"(?:zin|behoefte|neiging|trek) (?:om )?te (?:snijden|krassen)(?= (?:#|,|@\S+|in mezelf"
    r"|in mijn) )",
    r"(?:kan|kon) {ADV}(?:niet|nie) (?:meer )?stoppen met (?:krassen|snijden|mezelf (?:snijden"
    r"|krassen|pijn doen))",
    # (Not on brambles or barbed wire.)
    r"(?:ik|#|en) {ADV}(?:krab|krabde|krabben) {ADV}(?:mezelf|me|mijn (?:huid|armen|arm|benen"
    r"|been)|m'n (?:huid|armen|arm|benen)) *2 (?:open|kapot|tot het bloedt|tot bloedens)"
    r"(?!(?: \S+){0,4} (?:braam\w*|struik\w*|doorn\w*|rozen\w*|prikkeldraad|tak|takken|hek) )",
    r"(?:heb|had) {ADV}(?:weer |opnieuw )?(?:gecut|ge sh'?d|geshd|ge self ?harmed)",
    r"(?:weer|opnieuw) (?:begonnen|gestart|gaan) (?:met )?(?:automutil\w*|zelfbeschadig\w*"
    r"|zelfverwond\w*|snijden|krassen)",
    r"(?:zelfbeschadiging|automutilatie|zelfverwonding) *3 (?:is|weer|opnieuw) *2"
    r" (?:begonnen|terug)",
    r"sigaret\w* *3 op (?:mijn|m'n) (?:arm|armen|huid|been|benen|hand)\w* *2 (?:uitgedrukt"
    r"|uitgemaakt)",
    r"(?:sneden|sneetjes|snijwonden|krassen) *3 (?:op|in) (?:mijn|m'n) (?:arm|armen|benen|been"
    r"|bovenbenen|dijen|pols|polsen)\w*(?! (?:van|door) (?:de|het|een|die|dat|onze|mijn) )",
    r"(?:mesje|scheermesje|scheermes) *2 (?:weer|opnieuw) *2 (?:gepakt|gebruikt)",
    # English.
    r"(?:cut|cutting|burn|burning|hurt|hurting|harm|harming) {ADV}(?:myself|my self)"
    r"(?! (?:playing|while|at|when|on|with|during|doing|by accident|accidentally))",
    # Round 4b, from the training corpus.
    r"(?:snijden|krassen|mezelf pijn doen|mezelf snijden|mezelf krassen|zelfbeschadiging"
    r"|zelfverwonding|zelfbeschadigen) *2 (?:helpt|hielp) *2 (?:me|mij)",
    r"(?:huid|armen|arm|benen|been) *2 (?:opengekrast|opengekrabd|kapotgekrabd|open gekrabd"
    r"|kapot gekrabd|opengesneden)",
    r"(?:ben|zit) weer (?:aan het|te) (?:snijden|krassen)(?! (?:van|in|voor|op) )",
    r"(?:wil|ga) {ADV}(?:mijn|m'n) (?:arm|armen|pols|polsen|benen|been) {ADV}(?:openhalen|open"
    r" halen|opensnijden|open snijden|openkrassen|open krassen)",
    r"aansteker *4 (?:tegen|op) (?:mijn|m'n) (?:huid|arm|armen|been|benen|hand)",
    r"(?:mijn|m'n) (?:arm|armen|benen|been|huid) *2 bewerkt met (?:een )?(?:schaar|mes|mesje"
    r"|scheermesje|scheermes|glas|passer)",
    r"@knife *2 (?:mezelf|mijn (?:arm|pols|armen|polsen))",
    r"# (?:het )?(?:snijden|krassen|kerven) (?:is|helpt) *3 (?:het enige|helpt|me|mij)",
    r"(?:heb|had) {ADV}gekerfd(?! (?:in|op|aan) )",
    # Round 6, from the training corpus: other ways of hurting oneself, told in the present;
    # pinching and hitting only with what makes them harm ("tot ik blauw zie").
    r"(?:ik|#) {ADV}(?:bijt|krab|prik) {ADV}(?:mezelf|{SELF_STRONG})"
    r"(?!(?: \S+){0,2} (?:niet|nie|nooit|aan|bij|per ongeluk) )",
    r"(?:ik|#) {ADV}(?:knijp|sla|stomp|bijt|krab) {ADV}(?:mezelf|{SELF_STRONG}) *5 (?:tot ik"
    r"|tot het|blauw|bloed|expres|pijn voel|in (?:mijn|m'n) gezicht|tegen (?:mijn|m'n) hoofd"
    r"|anders voel ik)",
    r"(?:sneetjes|sneden|krassen|snijwonden|brandwonden|wonden|littekens) *3 (?:van|door)"
    r" (?:mezelf|mijzelf|{SELF_STRONG})",
    r"(?:heb|had) (?:me|mezelf|mij) {ADV}met (?:glas|een scherf|scherven|een mes|een mesje"
    r"|een scheermes\w*|een schaar|een passer) {ADV}(?:opengehaald|open gehaald|gesneden"
    r"|opengesneden|gekrast|bewerkt)",
    r"(?:wil|ga|zal) {ADV}(?:mijn|m'n) (?:pols|polsen|aders|ader) {ADV}(?:doorsnijden|door te"
    r" snijden|doorsnijen|opensnijden|open te snijden)",
    # Round 10, from the training corpus's misses: skin opened, wounds made, cutting
    # that helps, burning after a bad feeling ("als ik me rot voel, brand ik mijn hand").
    r"(?:heb|had) {ADV}(?:mijn|m'n) (?:arm|armen|pols|polsen|been|benen|huid|dij|dijen) *2"
    r" (?:opengehaald|open gehaald|opengesneden|opengekrast|kapotgekrast)(?! (?:aan|bij|tegen"
    r"|tijdens|op|in|door) )",
    r"(?:wonden|sneden|krassen|sneetjes) {ADV}gemaakt (?:op|in) (?:mijn|m'n) (?:arm|armen|been"
    r"|benen|pols|polsen|huid|dij|dijen)",
    r"(?:het )?(?:snijden|krassen|branden) (?:helpt|hielp|lucht op|luchtte op|geeft rust)",
    r"(?:brand|snij|snijd|kras|kerf) ik(?!(?: \S+){0,8} (?:weleens|per ongeluk|koken|keuken"
    r"|groente|brood) ) {ADV}(?:mezelf|me|mijn (?:hand|arm|armen|been|benen|huid|pols)) *3"
    r" (?:met|tot)",
    r"(?:ik|#) {ADV}kras om (?:de pijn|iets te voelen|mezelf|me)",
    # Round 10: the urge named before it ("ik heb zin om mij iets aan te doen").
    r"(?:zin|neiging|drang|behoefte) om {ADV}(?:{SELF_STRONG}|me|mij) {ADV}(?:iets aan te doen"
    r"|wat aan te doen|pijn te doen|te snijden|te krassen|te branden|te verwonden"
    r"|te beschadigen)",
]

_CLEAR_PASSIVE: Final = [
    r"(?:wou|wilde|wens|zou willen|hoop) {ADV}dat ik {ADV}dood (?:was|ben|zou zijn|ging|ga|lag"
    r"|zou gaan|word|ware)",
    r"(?:was|ware) ik {ADV}(?:maar|nou maar|toch maar|toch) {ADV}dood",
    r"(?:hoop|wens|wou|wil|zou willen|wilde) ~ (?:dat ik )?{ADV}(?:niet|nooit) meer wakker"
    r" (?:worden|word|wordt|te worden)(?! (?:van|door|om|als|voor|midden|zo|vroeg))",
    r"{IW} {ADV}(?:niet|nooit) meer wakker (?:worden|word|te worden)"
    r"(?! (?:van|door|om|als|voor|midden|zo|vroeg))",
    r"slapen ~ (?:en|,) {ADV}(?:niet|nooit) (?:meer|meer meer) wakker",
    r"om (?:niet|nooit) meer wakker te worden",
    r"(?:hopelijk|hoop|wens|liefst) *3 (?:niet|nooit) meer wakker(?! (?:van|door|om|als))",
    r"(?:wou|wilde|wens|zou willen|hoop) {ADV}dat ik {ADV}er {ADV}niet meer (?:was|ben|zou zijn"
    r"|ware)",
    r"ik zou {ADV}(?:het )?liefst {ADV}dood(?: zijn| willen| gaan)?",
    # Round 9: "morgen niet wakker", the day named instead of "meer".
    r"(?:hoop|wens|wou|zou willen) ~ dat ik {ADV}(?:morgen|morgenochtend|vannacht|straks|ooit"
    r"|gewoon) {ADV}(?:niet|nooit) (?:meer )?wakker (?:word|wordt|zou worden)"
    r"(?! (?:van|door|om|als|voor|midden|zo|vroeg|met|zonder) )",
    r"(?:hoop|wens) ~ dat ik {ADV}in (?:mijn|m'n) slaap (?:ga|wegga)(?= (?:#|,|@\S+) )",
    r"(?:laat|laten) (?:me|mij) {ADV}(?:doodgaan|dood gaan|sterven)(?! (?:van|aan) )",
    r"(?:hoop|wens) ~ dat ik {ADV}(?:in (?:mijn|m'n) slaap )?(?:doodga|dood ga|sterf|dood gaat"
    r"|overlijd|er niet meer ben|doodgaat|dood zal gaan|niet meer wakker)",
    r"(?:hoop|wens) ~ dat ik ~ (?:doodga|dood ga|sterf|dood gaat|overlijd|er niet meer ben"
    r"|doodgaat|dood zal gaan|niet meer wakker)",
    r"geen (?:reden|zin|reden meer|zin meer) (?:meer )?om (?:te leven|nog te leven|verder te leven"
    r"|door te leven|in leven te blijven)",
    # English.
    r"wish (?:i|i'd) (?:was|were|had) (?:dead|died)|better off dead|hope i (?:don't|dont) wake up",
]

_CLEAR_BURDEN: Final = [
    r"beter af zonder (?:mij|me)",
    r"beter af (?:zijn )?als ik (?:er )?(?:niet meer|dood|weg)(?: ben| was| zou zijn)?",
    r"(?:iedereen|de wereld|jullie|mijn familie|mijn kinderen|mijn gezin|ze|zij|alles|het|mijn"
    r" \w+) *3 (?:beter|gelukkiger|blijer) *2 zonder (?:mij|me)(?! (?:naar|op|te|de|het|uit|een"
    r"|in|met))",
    r"(?:blij|opgelucht|gelukkiger|beter af) *3 als ik (?:er )?(?:niet meer|dood|weg) (?:ben|was"
    r"|zou zijn|zou wezen)",
    # English.
    r"better off without me|(?:world|everyone) (?:would be|is) better (?:off )?without me",
]
# Round 6, from the training corpus: wanting no longer to live, in formal and plain words.
_CLEAR_NO_LONGER: Final = [
    r"(?:ik|#) {ADV}(?:wens|wil|verlang) {ADV}niet (?:langer|meer) (?:te )?(?:leven|bestaan"
    r"|verder te leven|door te leven|verder leven|doorleven)"
    r"(?! (?:zonder|in|met|als|op|bij|naast|onder|hier|daar|samen) )",
    r"stekker uit (?:mijn|m'n) (?:eigen )?(?:leven|bestaan)",
    r"(?:ik|#) {ADV}(?:denk|dacht) {ADV}(?:ernstig|serieus|echt|vaak|steeds|elke dag) na over"
    r" (?:zelfmoord|zelfdoding|suicide|een eind aan mijn leven|mijn (?:eigen )?dood)",
    r"{IW} {ADV}(?:eruit|er uit) stappen *3 (?:definitief|voorgoed|voor altijd|voor eeuwig)",
    r"(?:in te nemen|innemen|slikken|te slikken|nemen|te nemen) *4 (?:alle|al mijn|al m'n) {SUBST}"
    r"|(?:alle|al mijn|al m'n|mijn|m'n) {SUBST} (?:allemaal|tegelijk|in een keer|ineens)"
    r" (?:in te nemen|innemen|te slikken|slikken|nemen|te nemen)",
    # Round 7, from the training corpus.
    r"liefst (?:zou|wil|wou) ik {ADV}(?:sterven|doodgaan|dood gaan|dood zijn|overlijden)",
    r"{IW} {ADV}weg uit (?:dit|het|mijn) (?:leven|bestaan)",
    r"{SELF_STRONG} (?:mee )?(?:te )?vergiftigen",
]

# "Dit is mijn afscheid" is also what people say at their retirement party.
_NOT_WORK_FAREWELL: Final = (
    r"(?!(?: \S+){0,3} (?:werk|baan|job|school|collega\S*|club|vereniging|koor|team|vandaag"
    r"|vanavond|nu|even|vanmiddag|vanochtend|week|feest\w*|receptie|borrel|pensioen|afdeling"
    r"|bedrijf|kantoor|klas|buurt|vakantie|huis|woning|flat|stad|land|verhuis\w*) )"
)
_CLEAR_GOODBYE: Final = [
    r"dit is {ADV}(?:(?:mijn|m'n|mn|het) )?(?:afscheid|laatste bericht\w*|afscheidsbericht\w*"
    r"|afscheidsbrief|laatste woorden)" + _NOT_WORK_FAREWELL,
    # "afscheidsbrief", and the plural "afscheidsbrieven".
    r"afscheidsbrie[fv]\w*" + _NOT_WORK_FAREWELL,
    r"(?:neem|nemen) {ADV}afscheid van (?:iedereen|jullie|alles|het leven|de wereld|deze wereld"
    r"|allen|jou en iedereen)" + _NOT_WORK_FAREWELL,
    r"vaarwel (?:iedereen|allemaal|wereld|jullie|allen|lieve|mijn|voor altijd)",
    r"(?:als|wanneer|zodra|tegen de tijd dat) (?:je|jij|jullie|u) dit (?:lees|leest|lezen"
    r"|ontvangt|ziet|krijgt|vindt) *3 (?:ben ik|is het"
    r"|zal ik) *2 (?:er niet meer|dood|al weg|te laat|niet meer)",
    # English.
    r"(?:goodbye|bye) (?:world|everyone|forever)|this is (?:my )?goodbye|my suicide note",
]

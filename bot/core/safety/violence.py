"""Violence at home against the user: its own path (Veilig Thuis 0800-2000 NL, 1712 BE).

The person is the object of someone at home or close ("mijn man slaat me", "hij
mishandelt mij") or says they are afraid of them. Written in the pattern language of
:mod:`bot.core.safety.rules` over its canonical string, from the training corpus and the
issue's description, never from the held-out sets. (Split from
:mod:`bot.core.safety.situations`, which keeps the acute, context and frame patterns.)
"""

from __future__ import annotations

from typing import Final

from bot.core.safety.rules import compile_specs

__all__ = ["HARM_WORD", "VIOLENCE", "VIOLENCE_NOT"]

# Violence against the user by someone at home or close. The person is the object
# ("slaat me", "mishandelt mij") or says they are afraid of them.
_HOME = (
    r"(?:man|vrouw|partner|vriend|vriendin|vent|lief|echtgenoot|echtgenote|ex|ex-man|ex-vrouw"
    r"|exman|exvrouw|ex-partner|vader|moeder|stiefvader|stiefmoeder|pa|ma|papa|mama|broer|zus"
    r"|zoon|dochter|kleinzoon|kleindochter|schoonzoon|schoondochter|schoonvader|schoonmoeder"
    r"|oom|tante|ouders|vriendje|huisgenoot)"
)
_HIT = (
    r"(?:slaat|sloeg|geslagen|schopt|schopte|geschopt|duwt|duwde|geduwd|wurgt|wurgde|gewurgd"
    r"|mishandelt|mishandelde|mishandeld|bedreigt|bedreigde|bedreigd|verkracht|verkrachtte"
    r"|misbruikt|misbruikte|misbruik|trapt|trapte|getrapt|stompt|stompte|gestompt|knijpt|betast"
    r"|bijt|beet|gooit *3 naar|gooide *3 naar|dreigt|dreigde|sluit *3 op|sloot *3 op|slaagt"
    r"|opgesloten|in elkaar (?:geslagen|slaat|sloeg))"
)
VIOLENCE: Final = compile_specs(
    [
        rf"(?:mijn|m'n|mn|mijne|ons|onze|me) (?:ex-? ?)?{_HOME} *4 {_HIT} *3 (?:me|mij|ons|mijn"
        r" moeder|mijn kinderen|de kinderen)",
        rf"(?:mijn|m'n|mn|mijne|ons|onze|me) (?:ex-? ?)?{_HOME} *4 (?:me|mij|ons) *3 {_HIT}",
        rf"(?:hij|zij|ze) *2 {_HIT} (?:me|mij)(?= (?:#|,|@\S+|als|weer|soms|elke|vaak|al|toen"
        r"|steeds|iedere|wanneer|in|tegen|bij|met) )",
        rf"(?:hij|zij|ze) *2 (?:heeft|had) (?:me|mij) *3 {_HIT}",
        r"(?:word|werd|ben|wordt) *3 (?:geslagen|mishandeld|bedreigd|verkracht|misbruikt|gewurgd"
        r"|geschopt|in elkaar geslagen) *4 door (?:mijn|m'n|mn|mijne|ons|onze|me|hem|haar)",
        r"(?:word|werd) *2 (?:thuis )?(?:geslagen|mishandeld)",
        # Blows at home (round 12: also "als ik niet doe wat hij zegt, krijg ik klappen"),
        # not from a coach at judo.
        r"(?:(?:krijg|kreeg) *2 (?:klappen|slaag|slagen|een pak slaag|een klap) *3 (?:van|thuis)"
        r"|(?:als|wanneer) ik *6 (?:krijg|kreeg) ik (?:klappen|slaag|een klap|een pak slaag))"
        r"(?!(?: \S+){0,5} (?:trainer|coach|juf|meester|judo|boksen|karate|sporten|training"
        r"|wedstrijd) )",
        rf"(?:bang|angst) (?:voor|van) (?:mijn|m'n|mn|mijne|ons|onze|me) (?:ex-? ?)?{_HOME} *8"
        r" (?:als|wanneer|sinds|omdat|hij|zij|ze|geslagen|slaat|sloeg|drinkt|gedronken|boos|kwaad"
        r"|agressief|dreigt)",
        rf"(?:mijn|m'n|mn|mijne) (?:ex-? ?)?{_HOME} *4 (?:dreigt|dreigde) *4 (?:me|mij) *6"
        r" (?:iets aan te doen|te vermoorden|te doden|pijn te doen|te slaan)",
        rf"(?:mijn|m'n|mn|mijne) (?:ex-? ?)?{_HOME} *6 (?:wordt|word|is|gaat) *2 (?:agressief"
        r"|gewelddadig)",
        r"huiselijk geweld",
        r"(?:thuis|bij ons thuis|bij ons) *3 (?:wordt|word) *2 (?:geslagen|geweld gebruikt)",
        r"(?:voel me|ben|is het) *2 (?:niet veilig|onveilig) *2 thuis|thuis *3 (?:niet veilig"
        r"|onveilig)",
        r"durf *3 niet (?:meer )?naar huis",
        rf"(?:mijn|m'n|mn) (?:ex-? ?)?{_HOME} *4 (?:blauw oog|blauwe plekken)",
        r"(?:blauw oog|blauwe plekken) *4 (?:van|door) (?:mijn|m'n|mn|hem|haar)",
        rf"(?:mijn|m'n|mn) (?:ex-? ?)?{_HOME} *4 (?:stalkt|achtervolgt|staat *4 voor (?:mijn|de)"
        r" deur *4 (?:dreig|bang))",
        r"(?:mag|mocht) *4 (?:niemand|niet naar buiten|niemand zien|niet weg)",
        rf"(?:mijn|m'n|mn) *2 {_HOME} *4 (?:pakt|neemt|afgepakt) *3 (?:mijn|m'n) (?:geld|pinpas"
        r"|telefoon|sleutels)",
        # Sexual violence, a threat to one's life, things thrown at home.
        r"(?:dwingt|dwong|gedwongen|verplicht) *4 (?:tot|om) *3 (?:seks|te vrijen"
        r"|seksuele|dingen die ik niet wil)",
        r"(?:raakt|raakte|aangeraakt|betast|betastte) *2 (?:me|mij) *8 (?:niet wil"
        r"|niet wilde|wil ik niet|ongewenst)",
        r"(?:hij|zij|ze|(?:mijn|m'n|mn) \S+) *3 (?:heeft|had) (?:me|mij) *2 (?:verkracht|misbruikt"
        r"|aangerand)",
        r"(?:ik ben|ik werd|ik word|ben ik|werd ik|word ik) *2 (?:verkracht|misbruikt|aangerand)",
        r"bang dat (?:hij|zij|ze|(?:mijn|m'n|mn) (?:ex-? ?)?\S+) (?:me|mij) *3 (?:vermoordt"
        r"|doodmaakt|dood maakt|iets aandoet|iets aan doet|slaat|wat aandoet)",
        rf"(?:mijn|m'n|mn) (?:ex-? ?)?{_HOME} *6 (?:gooit|gooide|smijt|smeet) (?:met )?(?:spullen"
        r"|dingen|borden|stoelen|servies|glazen)",
        # Thrown against a wall, a hand at the throat, a threat for leaving, a weapon in
        # anger, hiding from someone, rough hands in care, a night visit to a child's room.
        r"(?:gooit|gooide|gegooid|smijt|smeet|gesmeten|duwt|duwde|geduwd) *2 (?:me|mij) *3 tegen"
        r" (?:de|het) (?:grond|muur|kast|deur|vloer)",
        r"(?:me|mij) tegen (?:de|het) (?:grond|muur|vloer|kast|deur) (?:gegooid|geduwd|gesmeten)",
        r"(?:knijpt|kneep|geknepen|grijpt|greep|gegrepen|pakt|pakte|gepakt) *4 (?:mijn|m'n) (?:keel"
        r"|nek)",
        r"(?:knijpt|kneep|drukt|drukte) *2 (?:mijn|m'n) keel *2 dicht|(?:mijn|m'n) keel *2"
        r" (?:dichtgeknepen|dichtgedrukt)",
        r"bij (?:mijn|m'n) (?:keel|nek) (?:gegrepen|gepakt|vastgepakt|genomen)",
        r"(?<!zichzelf )(?<!zich )(?:iets aandoet|iets aan doet|iets aan te doen|vermoordt"
        r"|te vermoorden|doodmaakt|dood maakt"
        r"|kapot maakt) *2 als ik *4 (?:wegga|weg ga|vertrek|het uitmaak|weg|bij (?:hem|haar) weg)",
        rf"(?:mijn|m'n|mn) (?:ex-? ?)?{_HOME} bepaalt alles",
        r"(?:mijn|m'n) ex *3 (?:staat|stond) *3 (?:elke dag|iedere dag|steeds|telkens|de hele tijd"
        r"|weer|'s nachts|s nachts) *2 voor (?:mijn|de) deur",
        r"(?:opgesloten|verstopt|verstop) *6 (?:hij|zij|ze|(?:mijn|m'n) \S+) *3 (?:slaat de deur in"
        r"|trapt de deur in|wil me pakken|zoekt me|is woedend|staat voor de deur|bonkt)",
        rf"(?:mijn|m'n|mn) (?:ex-? ?)?{_HOME} *3 (?:heeft|pakt|pakte) (?:een|het|de|zijn|haar)"
        r" (?:mes|pistool|wapen|bijl|hamer|vuurwapen) *4 (?:woedend|kwaad|boos|dreigt|bedreigt"
        r"|zwaait|agressief)",
        r"(?:thuiszorg|verzorger|verzorgster|verpleger|verpleegster|begeleider|zorgverlener)\w* *4"
        r" (?:knijpt|slaat|duwt|schopt|ruw|sloeg|kneep|duwde|schreeuwt tegen (?:me|mij))",
        r"(?:stiefvader|vader|oom|opa|broer|stiefbroer|stiefmoeder|neef) *3 (?:komt|kwam) *3"
        r" (?:s nachts|snachts|'s nachts|nachts|in de nacht) *2 (?:op (?:mijn|m'n) kamer|(?:mijn"
        r"|m'n) (?:kamer|bed) in|bij (?:me|mij) in bed)",
        # Round 12: touched at night ("komt 's nachts aan me"), pulled by the hair.
        rf"(?:mijn|m'n|mn) (?:ex-? ?)?{_HOME} *3 (?:komt|kwam|zit|zat) {{ADV}}(?:'s nachts"
        r" |s nachts |snachts |nachts |stiekem )?aan (?:me|mij|mijn lichaam)(?= (?:#|,|@\S+|en|als"
        r"|terwijl|wanneer) )",
        rf"(?:hij|zij|ze|(?:mijn|m'n|mn) (?:ex-? ?)?{_HOME}) *3 (?:trekt|trok|sleurt|sleurde|rukt"
        r"|rukte) *2 aan (?:mijn|m'n) (?:haren|haar)",
    ]
)

# Not violence: music, sport, weather, cooking, clocks; news and films about it.
VIOLENCE_NOT: Final = compile_specs(
    [
        r"(?:slaat|sloeg|slaan) *2 (?:de maat|de bal|de eieren|een bal|alarm|toe|op hol|aan het"
        r"|de deur(?! in)|geen|zijn armen|haar armen|mijn armen)",
        # A heart that skips, a game lost.
        r"(?:hart|klok|bliksem|golf|golven|motor) *2 (?:slaat|sloeg)|(?:slaat|sloeg) *2 over",
        r"(?:geslagen|verslagen|sloeg|slaat) *4 (?:met |bij |in )?(?:tennis|squash|badminton"
        r"|schaken|dammen|pingpong|tafeltennis|een potje|de wedstrijd|het spel|\d+ \d+)",
        r"(?:film|serie|boek|documentaire|artikel|nieuws|krant|programma|reportage|les|cursus"
        r"|training|werk|vrijwilliger)\w* *6 (?:over )?(?:huiselijk )?geweld",
    ]
)

# The model's violence score counts only with one of these words in the message:
# a harm or threat, not merely a partner or a parent being mentioned.
HARM_WORD: Final = compile_specs(
    [
        r"(?:sla|slaat|sloeg|slaan|geslagen|klap\w*|slaag|mishandel\w*|bedreig\w*|dreig\w*"
        r"|duw\w*|geduwd|schop\w*|geschopt|wurg\w*|gewurgd|verkracht\w*|misbruik\w*|geweld\w*"
        r"|blauwe plek\w*|blauw oog|opgesloten|sluit *2 op|agressief|stalk\w*|trap\w*|getrapt"
        r"|bang voor|bang van|pijn doet|pijn gedaan)",
    ]
)

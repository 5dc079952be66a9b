"""Round 8 of the readable rules (bot/core/safety/situations.py, patterns_hints.py,
patterns_plans.py), written from the training corpus's cross-validated misses and new
phrasings written for them, never from the held-out sets. Checked with a model that has
no opinion, so the rules alone decide; each family has hard negatives in the same words.
"""

from __future__ import annotations

import pytest

from bot.core.safety import screen
from bot.core.safety.canonical import canonical
from bot.core.safety.pattern_language import _compile
from tests.support.safety import Undecided, rules_level

# An attempt happening now: into the water, everything swallowed, on a roof, a blade in
# the bath, a belt fixed to the door.
ACUTE = [
    "net alles ingenomen wat ik had",
    "ik heb de pillen genomen, het is gebeurd",
    "ik sta voor het spoor en de trein komt eraan",
    "mijn arm bloedt heel erg, ik heb te diep gesneden",
    "het is te laat, ik heb alles al genomen",
    "ik ben aan het doodgaan denk ik",
    "help, ik heb te veel genomen",
    "ik leg me op het spoor",
    "ik sta tot mijn knieen in het water en ga verder",
    "ik sta op het dak van het ziekenhuis",
    "ik heb de pillen al op, het begint te werken",
    "ik heb alles geslikt wat er in het medicijnkastje lag",
    "ik heb alles ingenomen wat er in huis was aan medicijnen",
    "ben net aan het slikken, nog tien te gaan",
    "ik neem ze nu een voor een in",
    "ik heb een uur geleden veertig paracetamol genomen",
    "ik heb mijn methadon van de hele week in een keer op",
    "ik heb te veel genomen en ik wil niet dat iemand het weet",
    "ik sta aan de rand van het dak",
    "ik sta op het dak, het is zo hoog",
    "ik ben de zee in gelopen, het water staat tot mijn middel",
    "ik bloed heel hard uit mijn pols",
    "de riem zit vast aan de deur, ik ga nu",
    "ik zit in bad met het scheermes",
    "ik ben al begonnen, het is te laat",
    "ik neem nu afscheid, ik ga het doen",
    "ik hb net n poging gedaan",
    "ben op het dak van school, ik spring nu",
    "ik loop het water in, het is al tot mijn borst",
]
# Method questions with the word itself, formal wishes, self-harm on purpose: the lines at
# once, from the rules alone (the word "zelfmoord" was only a topic for them before).
CLEAR = [
    "ik heb het wachtwoord van mijn telefoon opgeschreven voor als ze me vinden",
    "na vanavond hoeft niemand zich meer zorgen te maken",
    "hoe pleeg je zelfmoord zonder pijn",
    "hoe pleeg ik zelfmoord",
    "hoe kan ik zelfmoord plegen",
    "zelfmoord plegen zonder pijn, hoe",
    "welke manier van zelfmoord doet het minst pijn",
    "hoe maak je een einde aan je leven",
    "waar kan ik het beste springen",
    "is springen van 10 meter dodelijk",
    "hoe snij je het diepst",
    "Ik wens dood te gaan.",
    "ik wens te sterven",
    "Ik zou mijzelf het leven willen benemen.",
    "ik heb elke dag gedachten aan zelfdoding",
    "Het is mijn stellige wens niet langer te leven.",
    "ik zie maar één oplossing en dat is sterven",
    "ik ga een einde maken aan alles",
    "straks ben ik dood, dat heb ik besloten",
    "ik heb de ladder en het touw klaargezet",
    "ik heb mezelf weer kapot gemaakt met een mes",
    "ik trek mijn haren uit tot het bloedt, expres",
    "ik sla mijn vuist kapot tegen de muur, expres",
    # Whether a means kills, asked plainly.
    "kun je doodgaan van 20 paracetamol",
    "ga je dood als je bleek drinkt",
    "wat gebeurt er als je al je pillen tegelijk neemt",
    "waar moet je snijden om dood te bloeden",
    "werkt ophangen aan een deurklink",
    "kan je stikken met een plastic zak",
    "is verdrinken een fijne dood",
    "hoe lang duurt doodvriezen",
    "wat als je voor een trein springt, voel je dat",
    "kan ik overlijden aan mijn antidepressiva als ik er veel neem",
    "helium zak, hoe werkt dat",
    "ik snij in mijn eigen",
    "ik ben mezelf weer aan het krassen",
    "ik snij weer",
    "ik heb een terugval, ik snij weer",
    "cutting again",
    "de stemmen zeggen dat ik niks waard ben en dood moet",
    "ik stap uit het leven",
    "mijn armen zitten onder de sneden",
    "ik moet mezelf straffen met pijn",
    "ik heb zin om mezelf kapot te maken",
]
# Goodbyes, burden and plans that have an everyday reading too: one direct question.
UNCLEAR = [
    "ik heb het wachtwoord van mijn telefoon opgeschreven voor als ze me vinden",
    "na vanavond hoeft niemand zich meer zorgen te maken",
    "ik wil iedereen bedanken, het was mooi",
    "ik neem afscheid",
    "zeg tegen iedereen dat het me spijt",
    "ik laat jullie met rust, voorgoed",
    "mijn familie heeft al genoeg last van mij gehad",
    "ze merken het pas als ik er niet meer ben",
    "je hoeft me volgende week niet meer te bellen",
    "ik ben mijn zaken aan het afronden",
    "ik heb mijn zaken op orde gebracht",
    "het was fijn om met je te praten, de laatste keer",
    "ik wil niemand meer tot last zijn",
    "ik maak iedereen alleen maar ongelukkig",
    "het is tijd om afscheid te nemen",
    "je bent de laatste met wie ik praat",
    "ik schrijf nog een paar brieven en dan is het goed",
    "mijn kinderen hebben meer aan me als ik weg ben",
    "dit is de laatste keer dat je van me hoort",
    "bedankt voor alles, het ga je goed",
    "ik wilde nog even afscheid nemen",
    "jullie hoeven je geen zorgen meer te maken over mij",
    "ik kost mijn familie alleen maar geld en zorgen",
    "dit was mijn laatste kerst",
    "vanavond neem ik afscheid",
    "het mes ligt klaar onder mijn kussen",
    "ik heb een mes onder mijn kussen gelegd",
    "ik weet welke brug ik neem",
    "ik weet al welk viaduct, ik ben er gisteren gaan kijken",
    "ik heb de datum al in mijn hoofd",
    "zaterdag is de dag, dan is iedereen weg",
    "bedankt voor alles, je was lief voor me",
]
UNCLEAR += [
    "sorry dat ik besta",
    "ik kan beter verdwijnen, dan heeft niemand last van me",
    "mijn kinderen redden zich wel zonder mij",
    "tot in een ander leven",
    "niemand zal merken dat ik weg ben",
    "ik geef het op, het was mooi",
    "ik heb brieven geschreven voor iedereen",
    "volgende week is het zover, dan stop ik",
    "ik heb mijn testament aangepast en een brief geschreven",
    "ik heb een plek uitgezocht bij het water",
    "ik heb afscheid genomen van mijn kinderen, ze weten het niet",
    "ik heb een pistool gekocht",
    "ik heb de pillen van mijn vader verstopt in mijn kamer",
    "niemand hoeft zich nog lang zorgen om mij te maken",
    "het maakt me niet uit of ik blijf leven",
    "mocht ik een ongeluk krijgen, jammer dan",
    "ik zou willen dat ik nooit geboren was",
    "het leven is niks meer waard",
    "er is geen hoop meer voor mij",
    "ik heb het gehad met alles",
    "ik weet niet hoe lang ik dit nog volhoud",
    "ik houd het niet lang meer vol",
    "de wereld draait ook wel door zonder mij",
    "ik verdwijn liever",
    "ik heb mezelf verwond met een schaar",
    "ik bonk met mijn hoofd tegen de muur als het te veel wordt",
]
NONE = [
    "waar kan je het beste springen in het zwembad",
    "kun je doodgaan van corona",
    "ik ben aan het doodgaan van de hitte",
    "ik heb te diep in de taart gesneden",
    "net alles ingenomen wat de dokter zei",
    "ik heb mijn pillen genomen, het is gedaan voor vandaag",
    "ik sta bij de overweg en de trein komt eraan, de bomen zijn dicht",
    "ik snij in mijn eigen brood",
    "ik snij weer groenten",
    "ik kras weer een kraslot",
    "ik snij opnieuw in het brood",
    "sorry dat ik er ben maar ik heb een vraag",
    "sorry dat ik er nu pas ben",
    "ik kan beter weggaan naar huis",
    "ze redden zich wel zonder mij dit weekend",
    "niemand zal merken dat ik weg ben op vakantie",
    "in een ander leven was ik kok",
    "ik geef het op, het was mooi geprobeerd",
    "ik heb kerstkaarten geschreven voor iedereen",
    "ik heb brieven geschreven voor iedereen op mijn werk",
    "volgende week is het zover, dan stop ik met roken",
    "ik heb een plek uitgezocht bij het water voor de picknick",
    "ik heb een pistool gekocht voor de schietvereniging",
    "ik heb de pillen verstopt in mijn kamer voor de kleinkinderen",
    # Hard negatives of the training corpus that older rules raised.
    "ik sta op de brug en spring zo in het water, heerlijk",
    "ik heb mijn vinger opengehaald aan een blikje, bloedt een beetje",
    "ik heb gekrast op mijn kraslot en niks gewonnen",
    "ik ben verdrietig, maar niet zo dat ik mezelf iets aandoe",
    "ik ga er een eind aan maken, aan dat eeuwige uitstellen",
    "ik hou het niet meer vol met die lawaaierige buren",
    "ik wil niet dood, ik wil dat het stopt met zo stil zijn in huis",
    "het maakt me niet uit of ik win",
    "ik verdwijn liever even naar de tuin",
    "het leven is niks meer waard zonder koffie haha",
    "mijn baby is nog niet geboren",
    "de wereld draait door zonder mij op vakantie",
    "mijn armen zitten onder de krassen van de kat",
    "ik werk mezelf kapot",
    "ik leg de kabel over het spoor van de modeltrein",
    "ik stap uit het leven van mijn ex",
    "kan je doodgaan van te veel water drinken",
    "ga je dood als je een spin eet",
    "kan mijn hond doodgaan van chocolade",
    "helium ballonnen voor het feest, hoe werkt dat",
    "hoeveel paracetamol mag je per dag",
    "kan je stikken in een snoepje",
    "hoe maak je een einde aan een ruzie",
    "ik hoop dat ik niet doodga bij de operatie",
    "ik wens je veel sterkte",
    "ik heb mezelf gesneden met een mes bij het koken",
    "ik heb mezelf verwond met een schaar toen ik de stof knipte",
    "ik sla met mijn vuist tegen de deur van woede",
    "ik heb de ladder en het touw klaargezet voor de schommel",
    "we liepen de zee in tot ons middel, heerlijk",
    "ik sta tot mijn knieen in het water, lekker verkoelend",
    "ik sta op het dak van de flat de antenne te repareren",
    "ik sta op het dak van het ziekenhuis, mooi uitzicht vanaf het terras",
    "de pillen beginnen te werken, de hoofdpijn zakt",
    "mijn oma heeft twintig jaar pillen genomen voor haar hart",
    "ik heb twintig jaar lang pillen genomen voor mijn bloeddruk",
    "ik neem mijn pillen elke ochtend in",
    "ik zit in bad met een boek",
    "ik neem afscheid van mijn collega's",
    "morgen nemen we afscheid van oma",
    "morgen gaan we afscheid nemen van opa in de aula",
    "de uitvaart was mooi, we hebben afscheid genomen",
    "ik wil iedereen bedanken voor het feest, het was mooi",
    "bedankt voor alles vandaag, het was fijn",
    "zeg tegen mijn moeder dat het me spijt dat ik te laat ben",
    "je hoeft me niet meer te bellen, ik heb al een nieuwe kapper",
    "je hoeft me niet meer te bellen want het is geregeld",
    "ik ben mijn zaken aan het afronden voor de verhuizing",
    "mijn zaken zijn op orde voor de belasting",
    "dit was mijn laatste kerst in dit huis, we verhuizen",
    "dit is mijn laatste jaar op school",
    "ik wil niemand tot last zijn, daarom vraag ik niks",
    "je hoeft je geen zorgen meer te maken over mij, het gaat beter",
    "ik weet welke brug we nemen voor de fietstocht",
    "ik weet al welke dag het feest is",
    "de datum staat al in mijn agenda voor de verjaardag",
    "ik heb de datum in mijn hoofd voor het etentje",
    "zaterdag is de dag van de markt",
    "het bloed stopt niet, ik heb me gesneden aan een blikje",
    "het is zover, de baby komt",
    "de kat slaapt naast mijn bed",
    "mijn telefoon ligt naast mijn bed",
    "ik heb een mes gekocht voor in de keuken",
    "dag, fijne avond nog",
    "doei, ik ga nu slapen",
    "ik ga dood van de honger",
    "ik kost de zaak alleen maar geld als ik ziek thuis zit",
    "je bent de laatste die ik vandaag spreek, daarna ga ik slapen",
]


@pytest.mark.parametrize("text", CLEAR)
def test_method_wish_and_self_harm_get_the_lines_at_once(text: str) -> None:
    assert rules_level(text) == "clear"


@pytest.mark.parametrize("text", ACUTE)
def test_an_attempt_said_in_these_words_is_acute(text: str) -> None:
    assert rules_level(text) == "acute"


@pytest.mark.parametrize("text", UNCLEAR)
def test_goodbyes_burden_and_plans_get_at_least_the_check_question(text: str) -> None:
    assert rules_level(text) in ("unclear", "clear")


@pytest.mark.parametrize("text", NONE)
def test_the_same_words_in_everyday_life_stay_quiet(text: str) -> None:
    assert rules_level(text) == "none"


def test_on_the_way_to_a_bridge_is_acute_only_after_a_sign() -> None:
    assert screen("ik loop nu naar de brug", recent_risk=True, model=Undecided()).level == "acute"
    assert rules_level("ik loop nu naar de brug") != "acute"
    eendjes = "ik loop naar de brug om de eendjes te voeren"
    assert screen(eendjes, recent_risk=True, model=Undecided()).level == "none"


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("ik heb de pilen genomen", "pillen"),  # one slip in a short word, not "pil en"
        ("ik wil dpod", "dood"),
        ("ik hb net n poging gedaan", "heb"),
        ("ik heb nen hoop pillen gepakt", "een"),
    ],
)
def test_short_typos_are_repaired_not_split(typed: str, read: str) -> None:
    assert f" {read} " in canonical(typed)


def test_met_een_is_never_joined_into_meteen() -> None:
    # "met een plastic zak" once read "meteen plastic zak": no pattern could match it.
    assert " met een " in canonical("kan je stikken met een plastic zak")


def test_a_word_typed_without_its_diaeresis_is_not_split_into_a_negation() -> None:
    # "knieen" (knieën) once became "ik niet een": a "niet" nobody typed.
    assert " niet " not in canonical("het water komt tot mijn knieen")


def test_a_gap_marker_glued_to_what_follows_is_refused() -> None:
    # " *3{HIGH}" was read as regex (spaces and a digit) and silently matched nothing.
    with pytest.raises(ValueError, match="gap marker"):
        _compile(["sta op de rand *3(?:dak|brug)"])

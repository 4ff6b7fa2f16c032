"""Which place of a sentence is where the act happened (``choose_place``), read from the parse
by the real pipeline: a place that describes a person, a source or a participant is not it."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def chosen(nlp, text: str, verb: str) -> str | None:
    """The mention sitrep picks as the place of ``verb`` (its first occurrence) in ``text``."""
    from sitrep.events.extractor import default_extractor
    from sitrep.events.place_choice import choose_place

    doc = nlp(text)
    start = text.index(verb)
    trigger = doc.char_span(start, start + len(verb), alignment_mode="expand")
    place, evidence = choose_place(trigger, default_extractor().context(doc))
    return None if place is None else (evidence.text if evidence is not None else place.name)


def test_place_in_an_apposition_about_the_victim_is_not_the_event_place(nlp):
    assert chosen(nlp, "Omar Bashir, a taxi driver from Mombasa, was shot dead by police on Saturday.", "shot") is None
    assert chosen(nlp, "Omar Bashir, a taxi driver from Mombasa, was shot dead by police in Nairobi on Saturday.",
                  "shot") == "Nairobi"


@pytest.mark.parametrize("text, verb, place", [
    ("A second attack, a car bomb in the eastern city of Jalalabad, killed three policemen.", "killed",
     "city of Jalalabad"),
    ("A second attack, a car bomb in the eastern city of Jalalabad, killed three policemen.", "attack",
     "city of Jalalabad"),
    ("The latest raid, an assault on a police post in the town of Garissa, left four officers dead.", "raid",
     "town of Garissa"),
    ("Another blast, a roadside bomb near Kismayo, wounded two soldiers on Monday.", "blast", "near Kismayo"),
])
def test_place_in_an_apposition_that_restates_the_act_is_the_event_place(nlp, text, verb, place):
    assert chosen(nlp, text, verb) == place


def _parsed(nlp, words: list[str], heads: list[int], deps: list[str]):
    """A Doc with the given parse, for a misattachment the statistical parser makes only in
    some longer sentences (the caller sets its place and trigger groups)."""
    from spacy.tokens import Doc

    return Doc(nlp.vocab, words=words, heads=heads, deps=deps)


def test_place_after_the_comma_that_closes_an_apposition_is_not_inside_it(nlp):
    from spacy.tokens import Span

    from sitrep.events.place_choice import describes_someone

    # "Troops killed nine men, among them members of the Front, an armed group, in a raid in Kunduz."
    # with "in a raid" attached to "group", as the parser sometimes does after such an apposition
    words = ["Troops", "killed", "nine", "men", ",", "among", "them", "members", "of", "the", "Front", ",", "an",
             "armed", "group", ",", "in", "a", "raid", "in", "Kunduz", "."]
    heads = [1, 1, 3, 1, 3, 3, 5, 6, 7, 10, 8, 7, 14, 14, 7, 14, 14, 18, 16, 18, 19, 1]
    deps = ["nsubj", "ROOT", "nummod", "dobj", "punct", "prep", "pobj", "appos", "prep", "det", "pobj", "punct",
            "det", "amod", "appos", "punct", "prep", "det", "pobj", "prep", "pobj", "punct"]
    doc = _parsed(nlp, words, heads, deps)
    doc.spans["places"] = [Span(doc, 20, 21, label="GPE")]
    doc.spans["triggers"] = [Span(doc, 1, 2, label="armed_clash")]
    assert not describes_someone(doc[14], Span(doc, 20, 21))
    # the same apposition holding the place before its closing comma still describes the group
    words = ["Troops", "killed", "nine", "men", ",", "among", "them", "members", "of", "the", "Front", ",", "a",
             "group", "from", "Kunduz", ",", "in", "a", "raid", "."]
    heads = [1, 1, 3, 1, 3, 3, 5, 6, 7, 10, 8, 7, 13, 7, 13, 14, 13, 1, 19, 17, 1]
    deps = ["nsubj", "ROOT", "nummod", "dobj", "punct", "prep", "pobj", "appos", "prep", "det", "pobj", "punct",
            "det", "appos", "prep", "pobj", "punct", "prep", "det", "pobj", "punct"]
    doc = _parsed(nlp, words, heads, deps)
    doc.spans["places"] = [Span(doc, 15, 16, label="GPE")]
    doc.spans["triggers"] = [Span(doc, 1, 2, label="armed_clash")]
    assert describes_someone(doc[13], Span(doc, 15, 16))


def test_place_of_the_source_is_not_the_event_place(nlp):
    assert chosen(nlp, "Two guards were shot dead overnight, according to a statement from the Interior Ministry "
                       "in Nairobi.", "shot") is None
    assert chosen(nlp, "An official at the Defence Ministry in Bamako told reporters the ambush had killed "
                       "three soldiers.", "killed") is None


def test_country_acting_is_not_the_event_place(nlp):
    assert chosen(nlp, "Ethiopia captured the disputed hill after two days of fighting.", "captured") is None
    assert chosen(nlp, "Ethiopia captured Mekelle after two days of fighting.", "captured") == "Mekelle"


def test_place_in_a_relative_clause_about_someone_else_is_not_the_event_place(nlp):
    assert chosen(nlp, "Peacekeepers who have their headquarters in Nairobi patrolled the camp on Sunday.",
                  "patrolled") is None
    assert chosen(nlp, "The rebels burned two farms that belonged to traders who moved to Kisumu years ago.",
                  "burned") is None
    # what someone was doing at the time tells where it happened
    assert chosen(nlp, "Police shot two men who were hiding in a farmhouse near Kisumu.", "shot") == "near Kisumu"


def test_name_of_the_building_or_site_hit_is_the_event_place(nlp):
    assert chosen(nlp, "A judge was shot dead outside his Mombasa home, the first such killing in Kenya this year.",
                  "shot") == "Mombasa"
    assert chosen(nlp, "Rebels shelled Libya's oil installations overnight.", "shelled") == "Libya"
    # an embassy is whose, not where
    assert chosen(nlp, "Protesters marched to the US embassy on Sunday.", "marched") is None


def test_place_owning_a_person_is_where_they_are_from(nlp):
    assert chosen(nlp, "A beater was wounded in the arm by Wales's Owen Price during the shoot.", "wounded") is None


def test_what_a_protest_is_against_is_not_where_it_was(nlp):
    assert chosen(nlp, "Thousands of students marched against the bombing of Gaza on Friday.", "marched") is None
    assert chosen(nlp, "Thousands of students marched in Rabat against the bombing of Gaza.", "marched") == "Rabat"


@pytest.mark.parametrize(
    ("text", "verb", "town"),
    [
        ("Gunmen raided a clinic in Gusau, in Zamfara State, on Friday and abducted two nurses.",
         "abducted", "Gusau"),
        ("A bomb exploded in Morelia, the capital of Michoacan state, on Monday, wounding four people.",
         "wounding", "Morelia"),
        ("Troops shelled Saraqib in Idlib province overnight and killed three fighters.", "killed", "Saraqib"),
    ],
)
def test_a_province_that_only_locates_a_town_is_not_the_event_place(nlp, text, verb, town):
    assert chosen(nlp, text, verb) == town


def _article_places(nlp, text: str):
    from sitrep.events.extractor import default_extractor

    doc = nlp(text)
    ctx = default_extractor().context(doc, published="2024-03-01")
    return doc, ctx


@pytest.mark.parametrize("text, town, landmark", [
    ("Gunmen raided a market in Mopti in central Mali on Tuesday, about 600 kilometres from the capital, "
     "Bamako. Witnesses said the attackers burned dozens of stalls. Troops were sent from a base 40 km "
     "north of Bamako.", "Mopti", "Bamako"),
    ("Rebels shelled Kidal in northern Mali overnight, some 1,500 km north-east of the Malian capital "
     "Bamako. Residents said two homes were hit. Ministers met in Bamako, hundreds of miles from Kidal, "
     "a day later, 50 miles west of Bamako's airport.", "Kidal", "Bamako"),
    ("Police in Senegal fired tear gas at students in Ziguinchor, a southern city roughly eight hours by "
     "road from the capital, Dakar. Demonstrators torched a minibus. Marchers were also reported 20 km east "
     "of Dakar.", "Ziguinchor", "Dakar"),
])
def test_a_place_named_to_measure_a_distance_from_is_not_the_article_place(nlp, text, town, landmark):
    """The article's main place (for events whose sentence names none) is where the story is,
    not the capital it measures distances from, however often that is named."""
    from sitrep.events.place_choice import is_distance_landmark

    doc, ctx = _article_places(nlp, text)
    assert ctx.main_place is not None and ctx.main_place[0].name == town
    assert any(is_distance_landmark(p) for p in doc.spans["places"] if p.text == landmark)


@pytest.mark.parametrize("text, name", [
    ("The convoy was ambushed near a village some 30 kilometres to Kano on Tuesday.", "Kano"),
    ("Bandits attacked a farm about 200 km southwest of Lagos on Sunday.", "Lagos"),
    ("The camp lies 60 km northeast of the city of Maiduguri, officials said.", "Maiduguri"),
    ("The blast hit a market 90 kilometres from the regional capital of Gao.", "Gao"),
    ("He was seized 300 km west of the Malian capital, Bamako, on Friday.", "Bamako"),
])
def test_a_landmark_told_through_a_describing_noun_is_a_distance_landmark(nlp, text, name):
    from sitrep.events.place_choice import is_distance_landmark

    doc = nlp(text)
    assert any(is_distance_landmark(p) for p in doc.spans["places"] if p.text == name)


@pytest.mark.parametrize("text, name", [
    ("Troops moved to Kano on Tuesday after the ambush.", "Kano"),
    ("Rebels entered the city of Maiduguri at dawn.", "Maiduguri"),
    ("A police officer from Mopti said the market was burned.", "Mopti"),
    ("Shops in Dakar stayed open, 450 km from the unrest.", "Dakar"),
    ("Fighting raged in the capital, Bamako, for hours.", "Bamako"),
])
def test_a_place_that_is_where_the_story_is_is_no_distance_landmark(nlp, text, name):
    from sitrep.events.place_choice import is_distance_landmark

    doc = nlp(text)
    assert not any(is_distance_landmark(p) for p in doc.spans["places"] if p.text == name)
    assert any(p.text == name for p in doc.spans["places"])


def test_capital_backing_a_party_is_not_the_event_place(nlp):
    assert chosen(nlp, "Militias supported by Damascus shelled Sarmin on Tuesday.", "shelled") == "Sarmin"
    assert chosen(nlp, "Rebels backed by Kigali attacked Bunia on Friday.", "attacked") == "Bunia"
    assert chosen(nlp, "Fighters armed by Tehran stormed Marib overnight.", "stormed") == "Marib"


def test_capital_owning_forces_is_not_the_event_place(nlp):
    assert chosen(nlp, "Moscow's forces shelled the village overnight.", "shelled") is None
    assert chosen(nlp, "Kyiv's troops pushed toward the river on Sunday.", "pushed") is None
    assert chosen(nlp, "Gunmen attacked Moscow's main airport on Sunday.", "attacked") == "Moscow"


def test_side_of_a_dealing_is_not_the_event_place(nlp):
    assert chosen(nlp, "The rebels signed a ceasefire deal with Kinshasa in Goma on Monday.", "signed") == "Goma"
    assert chosen(nlp, "The group opened talks with Kabul in Doha on Monday.", "opened") == "Doha"
    assert chosen(nlp, "An exchange of prisoners between Armenia and Azerbaijan took place on Friday.",
                  "exchange") is None


@pytest.mark.parametrize("text, town, capital", [
    ("Gunmen burned a clinic in Kitwe on Monday. Lusaka denied that soldiers were involved. Lusaka said "
     "an inquiry would open. Two nurses were hurt in the fire.", "Kitwe", "Lusaka"),
    ("Raiders looted the grain store at Francistown overnight. Gaborone condemned the raid, and Gaborone "
     "later vowed to send more police. A guard was wounded.", "Francistown", "Gaborone"),
    ("A lorry bomb exploded near the market of Gulu. Kampala announced a curfew, while Kampala "
     "rejected claims of a cover-up. At least four people died.", "Gulu", "Kampala"),
])
def test_a_capital_speaking_for_its_government_is_not_the_article_place(nlp, text, town, capital):
    """A capital as the subject of a statement or stance is the government, not the scene: it
    does not count toward the article's main place (nor is inherited by the next sentence)."""
    from sitrep.events.state_parties import names_state

    doc, ctx = _article_places(nlp, text)
    assert ctx.main_place is not None and ctx.main_place[0].name == town
    spoken = [p for p in doc.spans["places"] if p.text == capital]
    assert spoken and all(names_state(p, ctx.places.read(p), ctx) for p in spoken)


def test_a_capital_that_is_the_scene_still_counts(nlp):
    doc, ctx = _article_places(nlp, "Marchers and riot officers fought in Lusaka on Friday. Lusaka was calm "
                                    "a day later, and shops in Lusaka reopened.")
    assert ctx.main_place is not None and ctx.main_place[0].name == "Lusaka"


def _reading(nlp, text: str, name: str):
    from sitrep.events.context import resolve_span
    from sitrep.events.extractor import default_extractor

    doc = nlp(text)
    ctx = default_extractor().context(doc, published="2024-03-01")
    span = next(p for p in doc.spans["places"] if p.text == name)
    found = resolve_span(span, ctx)
    return None if found is None else found[0].name


@pytest.mark.parametrize("text, name", [
    ("Police in Karachi said a mob attacked a shrine in Chota Multan village near Hyderabad on Friday.",
     "Chota Multan"),
    ("Attackers burned shops in Naya Quetta village near Sukkur on Sunday, police in Larkana said.",
     "Naya Quetta"),
])
def test_a_name_read_by_a_part_far_from_the_story_is_no_place(nlp, text, name):
    """A village the gazetteer lacks is not the namesake town of part of its name at the far end
    of the country, when the article's other places are elsewhere."""
    assert _reading(nlp, text, name) is None


def test_a_name_read_by_a_part_near_the_story_keeps_its_reading(nlp):
    text = "Police in Muzaffargarh said a mob attacked a shrine in Chota Multan village on Friday."
    assert _reading(nlp, text, "Chota Multan") is not None


@pytest.mark.parametrize("text, capital", [
    ("Jets hit a fuel depot at Kamaran overnight, the heaviest raid yet in Washington's campaign "
     "against the rebels.", "Washington"),
    ("Drones struck a refinery near Belgorod on Sunday, days after Moscow's counteroffensive stalled.", "Moscow"),
    ("Artillery pounded villages around Afrin, the opening of Ankara's operation against Kurdish fighters.",
     "Ankara"),
    ("Militants fired rockets at the base on Tuesday in reply to Tehran's retaliation last month.", "Tehran"),
])
def test_a_capital_owning_a_state_action_is_not_a_place(nlp, text, capital):
    """A capital owning a state's campaign, counteroffensive, operation or retaliation names the
    state acting, not a scene: it is neither the act's place nor one a later sentence inherits."""
    from sitrep.events.state_parties import names_state

    doc, ctx = _article_places(nlp, text)
    owned = [p for p in doc.spans["places"] if p.text == capital]
    assert owned and all(names_state(p, ctx.places.read(p), ctx) for p in owned)

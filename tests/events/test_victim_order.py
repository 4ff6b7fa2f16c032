"""Which victim becomes actor2 when one phrase lists forces and civilians together, and the
singular nouns of state-force word classes. Sentences and names invented for these tests."""

from __future__ import annotations

import pytest

from types import SimpleNamespace

import sitrep
from sitrep.nlp.actors import ActorDictionary
from sitrep.nlp.arguments import _listed_together, _Scored, _victim_rank


def _actors(text: str, sub_event_type: str) -> tuple[str | None, str | None]:
    found = [e.to_dict() for e in sitrep.extract(text, published="2024-03-10")]
    events = [e for e in found if e["sub_event_type"] == sub_event_type]
    assert events, (text, [e["sub_event_type"] for e in found])
    return events[0]["actor1_type"], events[0]["actor2_type"]


def _victim(name: str, type_: str, role: str, distance: int, group: int, start: int) -> _Scored:
    mention = SimpleNamespace(actor=SimpleNamespace(name=name, type=type_), start_char=start)
    return _Scored(mention, role, distance, False, group)


def test_the_conjunct_named_first_leads_its_phrase():
    """"Four border guards and a tailor were hurt": the guards' phrase starts before the tailor
    but its head sits further from the trigger; one phrase ranks by the order it names them."""
    guards = _victim("Security Forces", "state_forces", "patient", 12, 3, 10)
    tailor = _victim("Civilians", "civilians", "patient", 11, 3, 30)
    ranked = sorted([tailor, guards], key=_victim_rank([tailor, guards]))
    assert ranked[0] is guards


def test_a_patient_before_civilians_from_another_slot():
    """"..., killing five policemen and their cook": the parse puts the policemen in the patient
    slot and the cook elsewhere; the patient ranks first however near the other word is."""
    police = _victim("Police Forces", "state_forces", "patient", 10, 19, 98)
    cook = _victim("Civilians", "civilians", "other", 8, 16, 136)
    assert sorted([cook, police], key=_victim_rank([cook, police]))[0] is police


def test_a_target_still_comes_first():
    post = _victim("Police Forces", "state_forces", "target", 9, 5, 60)
    shopper = _victim("Civilians", "civilians", "patient", 2, 1, 5)
    assert sorted([shopper, post], key=_victim_rank([shopper, post]))[0] is post


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        ("5 soldiers, driver injured in grenade attack in Srinagar", "grenade"),
        ("Two policemen, three farmers hurt in bomb blast in Tillaberi", "remote_explosive_landmine_ied"),
        ("Six border guards, porter injured in grenade attack in Kupwara", "grenade"),
    ],
)
def test_a_headline_list_of_victims_is_led_by_its_first_item(text, sub_event_type):
    """A headline drops "and" and the auxiliary; the parser then hangs the participle under one
    item of the list: every item suffered the act, and the first one named is actor2."""
    assert _actors(text, sub_event_type)[1] == "state_forces"


@pytest.mark.parametrize(
    ("between", "joined"),
    [(", ", True), (" and a ", True), (", three ", True), (" and their ", True),
     (" were wounded when ", False), (" near the ", False)],
)
def test_words_that_join_one_list(between, joined):
    assert _listed_together(between) is joined


def test_civilians_named_first_stay_actor2():
    """The order of the phrase decides, not the kind of victim: villagers named before a soldier."""
    text = "Gunmen killed three villagers and a soldier in an attack on the village of Dogo on Monday."
    assert _actors(text, "attack") == ("unknown", "civilians")


@pytest.fixture(scope="module")
def actors() -> ActorDictionary:
    return ActorDictionary.load()


@pytest.mark.parametrize(
    ("word", "country"),
    [("ranger", "TH"), ("paramilitary ranger", "PK"), ("trooper", "IN"), ("paratrooper", "ML"),
     ("gendarme", "BF"), ("commando", "NG"), ("conscript", "UA")],
)
def test_one_member_of_a_state_force_is_state_forces(actors, word, country):
    assert actors.normalise(word, country=country).type == "state_forces"


@pytest.mark.parametrize(
    ("text", "sub_event_type", "actor2"),
    [
        ("A car bomb exploded at the gate of an army base in Bannu on Friday, killing 12 people, "
         "including seven soldiers.", "remote_explosive_landmine_ied", "Military Forces of Pakistan"),
        ("A suicide bomber attacked a mosque inside a police headquarters in Peshawar on Friday, "
         "killing 40 people, most of them police officers.", "suicide_bomb", "Police Forces of Pakistan"),
        ("A roadside bomb hit a bus near Quetta on Tuesday, killing eight people, including four soldiers.",
         "remote_explosive_landmine_ied", "Military Forces of Pakistan"),
        ("Militants ambushed a convoy in Borno on Monday, killing 11 people, all of them soldiers.",
         "armed_clash", "Military Forces of Nigeria"),
        ("Gunmen attacked a checkpoint in Zamfara on Sunday, killing 15 people, mainly police officers.",
         "armed_clash", "Police Forces of Nigeria"),
    ],
)
def test_a_force_named_as_a_share_of_the_dead_is_actor2(text, sub_event_type, actor2):
    """"Killing 12 people, including seven soldiers": the count is people, but the share it
    names is a force, so the act hit that force (ACLED codes the side targeted)."""
    found = [e.to_dict() for e in sitrep.extract(text, published="2024-03-10")]
    event = next(e for e in found if e["sub_event_type"] == sub_event_type)
    assert (event["actor2"], event["actor2_type"]) == (actor2, "state_forces")


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen stormed a wedding in Kaduna on Sunday, killing 15 people, including a policeman.",
        "A bomb tore through a cattle market in Maiduguri on Monday and killed 23 traders, one soldier among them.",
    ],
)
def test_a_single_officer_among_the_dead_leaves_the_civilians(text):
    """One policeman among many dead does not make the act one against the police."""
    found = [e.to_dict() for e in sitrep.extract(text, published="2024-03-10")]
    assert found and found[0]["actor2_type"] == "civilians"


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen stormed a village in Zamfara on Sunday, killing 30 people, including two soldiers.",
        "Bandits raided a market in Katsina state on Tuesday, killing 25 people, among them three policemen.",
        "A roadside bomb ripped through a minibus near Kandahar on Tuesday, killing nine people, "
        "among them three border guards.",
        "A suicide bomber blew himself up at a bus station in Quetta in May, killing 20 people, "
        "many of them soldiers.",
        "A bomb tore through a mosque in Maiduguri on Friday, killing 14 worshippers, most of them soldiers.",
        "Gunmen opened fire on a wedding in Kaduna on Saturday, killing nine guests, mostly off-duty soldiers.",
    ],
)
def test_a_minority_of_a_force_or_a_civilian_count_leaves_the_civilians(text):
    """A force counts as what the act hit only as at least half of a count of people: two
    soldiers among 30 dead, "many of them", or a count that is itself of civilians
    (worshippers, guests) leave the civilians as actor2, and an attack on them stays one."""
    found = [e.to_dict() for e in sitrep.extract(text, published="2024-03-10")]
    assert found and found[0]["actor2_type"] == "civilians"
    assert found[0]["sub_event_type"] != "armed_clash"

"""Event dates beyond the trigger's sentence: an undated sentence told inside a dated episode
takes that episode's day (flag ``date_from_context``); a statement date stands in with week
precision; windows, older dates, the dispatch's own date and captions never spread. Hand-written
articles, real pipeline."""

from __future__ import annotations

import pytest

from sitrep.events.extractor import Extractor
from sitrep.model import Article

pytestmark = pytest.mark.model

WED = "2021-03-17"  # a Wednesday


@pytest.fixture(scope="module")
def extractor(nlp):
    return Extractor(nlp=nlp)


def _events(extractor, text, published=WED):
    return extractor.extract(Article(id="t", text=text, published=published))


def _event(extractor, text, words, published=WED):
    """The event whose evidence holds ``words``."""
    found = [e for e in _events(extractor, text, published) if words in " ".join(x.text for x in e.evidence)]
    assert found, f"no event told with {words!r}"
    return found[0]


@pytest.mark.parametrize(
    "text, words, day, precision",
    [
        # the lead dates the episode; a later paragraph tells another part of it with no date
        ("Gunmen attacked a market in Kaduna on Sunday, residents said.\n\n"
         "In a nearby village, the attackers also torched a clinic.", "torched a clinic", "2021-03-14", "day"),
        ("Militants raided an army post in Gao late on Monday.\n\n"
         "Near Ansongo, a roadside bomb hit a military convoy.", "roadside bomb hit", "2021-03-15", "day"),
        # an earlier sentence of the same paragraph
        ("Thousands of students marched in Nairobi yesterday. In Kisumu, police fired tear gas and arrested 30 "
         "demonstrators.", "fired tear gas", "2021-03-16", "day"),
        ("Rebels seized the town of Rutshuru on Saturday. Government troops shelled rebel positions near Goma.",
         "shelled rebel positions", "2021-03-13", "day"),
        # a later sentence of the same paragraph
        ("Fighters stormed a police station in Beni and killed four officers. The assault began at dawn on Tuesday.",
         "stormed a police station", "2021-03-16", "day"),
        # an opening told before any date takes the lead's day told just below it
        ("Armed men attacked two villages near Mopti, killing at least 15 people.\n\n"
         "Residents said the raid began early on Monday.", "attacked two villages", "2021-03-15", "day"),
        ("Soldiers clashed with rebels near Goma, the army said.\n\n"
         "The fighting broke out on Sunday morning, witnesses said.", "clashed with rebels", "2021-03-14", "day"),
        # a statement day stands in for the event, with week precision
        ("The army said on Monday that its soldiers had repelled an attack in Mopti.\n\n"
         "In Gao, a suicide bomber killed three soldiers at a checkpoint.", "suicide bomber killed", "2021-03-15", "week"),
        ("Officials announced Tuesday that militants had ambushed a convoy near Palma.\n\n"
         "In Pemba, gunmen kidnapped two aid workers.", "kidnapped two aid workers", "2021-03-16", "week"),
    ],
)
def test_undated_sentence_takes_the_episode_day(extractor, text, words, day, precision):
    event = _event(extractor, text, words)
    assert (event.date, event.date_precision) == (day, precision)
    assert "date_from_publication" not in event.flags


@pytest.mark.parametrize(
    "text, words",
    [
        # a week window is no day of the episode
        ("Soldiers clashed with rebels last week in the hills.\n\nPolice arrested twenty protesters in Bamako.",
         "arrested twenty protesters"),
        # an older event recalled before: background, not the day of this sentence
        ("A bomb killed six people in Mogadishu on March 2.\n\nGunmen attacked a hotel in Kismayo.",
         "attacked a hotel"),
        # a distinct incident told after the dated one
        ("Rebels seized the town of Rutshuru on Saturday.\n\nSeparately, gunmen kidnapped two aid workers in Goma.",
         "kidnapped two aid workers"),
        # the page's own date above the text
        ("March 17, 2021\n\nGunmen attacked a hotel in Kismayo, killing three guards.", "attacked a hotel"),
    ],
)
def test_no_episode_day_gives_the_publication_week(extractor, text, words):
    event = _event(extractor, text, words)
    assert (event.date, event.date_precision) == (WED, "week")
    assert "date_from_publication" in event.flags


def test_own_date_is_kept(extractor):
    text = "Rebels shelled Goma on Sunday.\n\nFighting broke out in Sake on Tuesday."
    event = _event(extractor, text, "Fighting broke out")
    assert (event.date, event.date_precision, event.flags) == ("2021-03-16", "day", ())


def test_the_dispatch_date_in_the_sentence_is_passed_over(extractor):
    text = "REPORTER NAME March 17, 2021 Protesters clashed with police in Quito."
    event = _event(extractor, text, "clashed with police")
    assert (event.date, event.date_precision) == (WED, "week") and "date_from_publication" in event.flags


@pytest.mark.parametrize(
    "text, words, day",
    [
        # a relative day counts from the day told before it in the same sentence, not the lead's
        ("On March 3, gunmen raided a village near Gao, and two days later, soldiers clashed with militants "
         "outside Menaka.", "two days later", "2021-03-05"),
        ("Militants ambushed a convoy near Kidal on March 3, and three days later, an air strike hit a camp "
         "near Gao.", "three days later", "2021-03-06"),
    ],
)
def test_a_relative_day_counts_from_the_date_before_it_in_its_sentence(extractor, text, words, day):
    events = _events(extractor, text)
    assert day in {e.date for e in events}


@pytest.mark.parametrize(
    "text, words, day",
    [
        # a count in a statement's sentence counts from the statement's day, not the lead's
        ("Rebels shelled the market of Dorvo on Tuesday, killing six.\n\n"
         "In a statement on Monday, the army said troops had raided a hideout near Kelta the day before.",
         "raided a hideout", "2021-03-14"),
        ("A car bomb wounded four people in Sarnak on Tuesday.\n\n"
         "Police announced on Monday that gunmen had ambushed a patrol outside Veyl the previous day.",
         "ambushed a patrol", "2021-03-14"),
        ("Militants stormed a school in Ulmo late on Tuesday.\n\n"
         "A local monitor wrote on Sunday that a fuel depot near Harr had been hit by a drone a day earlier.",
         "hit by a drone", "2021-03-13"),
        # the statement told after the count
        ("Rebels shelled the market of Dorvo on Tuesday, killing six.\n\n"
         "Gunmen had burned a clinic in Kelta the day before, the governor said on Sunday.",
         "burned a clinic", "2021-03-13"),
    ],
)
def test_a_count_in_a_statement_counts_from_the_statement_day(extractor, text, words, day):
    event = _event(extractor, text, words)
    assert event.date == day


@pytest.mark.parametrize(
    "text, words, day",
    [
        # an older day told earlier in the same paragraph dates the undated sentences that go on with it
        ("Soldiers entered the village of Kalay on March 2, a farmer said. They burned the houses one by one.",
         "burned the houses", "2021-03-02"),
        ("Militants raided a school in Kismayo on February 20, officials said. The gunmen then abducted three "
         "teachers.", "abducted three", "2021-02-20"),
    ],
)
def test_an_older_day_dates_the_rest_of_its_paragraph(extractor, text, words, day):
    event = _event(extractor, text, words)
    assert (event.date, event.date_precision) == (day, "day")



@pytest.mark.parametrize(
    "text, days",
    [
        # "X comes two days after Y": the count dates Y from X, never X itself
        ("Militants killed ten soldiers in an attack on an army camp near Gao today.\n\n"
         "The latest attack comes two days after a roadside bomb killed twelve civilians near Mopti.",
         ["2021-03-15", WED]),  # "the latest attack" is the one at Gao, not another at Mopti
        ("Gunmen attacked a village near Kaduna today, killing seven people.\n\n"
         "The attack came two days after bandits raided a school in the same area.", ["2021-03-15", WED]),
    ],
)
def test_a_count_after_another_act_does_not_date_the_later_one(extractor, text, days):
    assert sorted(e.date for e in _events(extractor, text)) == days



@pytest.mark.parametrize(
    "text, sub_type, day",
    [
        # the act that "after" introduces is dated by the day told before it, less the count, also when
        # a clause of its own tells it ("killed when their bus hit a mine")
        ("Insurgents stormed a police post in Borno on Monday, killing six officers.\n\n"
         "The raid came three days after 20 people were killed when their bus hit a landmine near Mopti.",
         "remote_explosive_landmine_ied", "2021-03-12"),
        ("Soldiers fought militants near Tillaberi on Sunday, the army said on Tuesday.\n\n"
         "That battle happened one day after two soldiers died when a drone struck their truck near Gao.",
         "air_drone_strike", "2021-03-13"),
        ("Gunmen attacked a church in Kaduna on Friday.\n\n"
         "The assault came two days after 11 villagers were killed when bandits raided Kauru.", "attack", "2021-03-10"),
    ],
)
def test_the_act_after_a_count_is_dated_back_from_the_day_before_it(extractor, text, sub_type, day):
    assert (day, "day") in {(e.date, e.date_precision) for e in _events(extractor, text) if e.sub_event_type == sub_type}


@pytest.mark.parametrize(
    "text, trigger, counts",
    [
        ("The raid came a day after the leader was arrested following a clash in the south.", "arrested", True),
        ("The raid came a day after the leader was arrested following a clash in the south.", "clash", False),
        ("The ambush happened two days after militants shelled the base before a rally in town.", "shelled", True),
        ("The ambush happened two days after militants shelled the base before a rally in town.", "rally", False),
    ],
)
def test_a_count_dates_back_only_the_act_after_introduces(nlp, text, trigger, counts):
    from sitrep.events.dating import counts_back_to

    doc = nlp(text)
    start = text.index(" days after" if " days after" in text else " day after")
    count = doc.char_span(text.rfind(" ", 0, start) + 1, start + len(" day after") + (" days after" in text))
    word = text.index(trigger)
    assert counts_back_to(count, doc.char_span(word, word + len(trigger))) is counts


@pytest.mark.parametrize(
    "text, words, not_day",
    [
        # a day inside an "after"/"before" clause dates that other act, not the episode told around it
        ("Thousands of protesters marched through Tel Aviv after parliament rejected the reform plan on "
         "Monday night.\n\nPolice arrested 15 demonstrators in Haifa.", "arrested 15", "2021-03-15"),
        ("Rebels seized the hilltop village of Kalay after shelling its outskirts on Sunday. Government troops "
         "fired rockets at rebel positions near Mutare.", "fired rockets", "2021-03-14"),
        ("The army retook half of Bakhmut after driving the militia out of its suburbs yesterday.\n"
         "Artillery also pounded militia trenches near Soledar.", "pounded militia", "2021-03-16"),
    ],
)
def test_a_day_of_an_after_clause_does_not_date_the_sentences_around(extractor, text, words, not_day):
    event = _event(extractor, text, words)
    assert event.date != not_day and (event.date, event.date_precision) == (WED, "week")


@pytest.mark.parametrize("text, words", [
    ("The opposition figure Amos Kerr was charged with sedition one day after police had arrested him at "
     "a rally in Dodoma.", "Amos Kerr"),
    ("Police in Arusha detained the activist Mira Tole two days after she addressed a crowd of traders.",
     "Mira Tole"),
    ("The journalist Hana Obi was charged with espionage two days after she was detained at a checkpoint "
     "near Kisumu.", "Hana Obi"),
])
def test_a_count_from_an_undated_act_is_as_loose_as_the_publication_day(extractor, text, words):
    event = _event(extractor, text, words)
    assert "date_from_publication" in event.flags


@pytest.mark.parametrize("text, words", [
    ("Government troops withdrew from the town of Lisk, the defence ministry said on Monday.\n\n"
     "The rebels' capture of Lisk came a day after the president signed the annexation decree.", "Lisk"),
    ("Army units withdrew from the town of Osk, the defence ministry said on Monday.\n\n"
     "The rebels' capture of Osk came a day after the governor dissolved the regional council.", "Osk"),
    ("Soldiers withdrew from the village of Temba, officials said on Monday.\n\n"
     "The militia's capture of Temba took place two days after the president declared a state of emergency.",
     "Temba"),
])
def test_a_statement_day_beats_a_count_from_an_undated_act(extractor, text, words):
    event = _event(extractor, text, words)
    assert (event.date, event.date_precision) == ("2021-03-15", "week")


@pytest.mark.parametrize(
    "text, words, day",
    [
        # the speaker's "today" is the day of the episode told before it, not publication
        ("The government and the rebel alliance signed a peace agreement in Arusha on Monday.\n\n"
         "\u201cThe peace deal both sides signed today is a first step,\u201d the mediator said.", "signed today", "2021-03-15"),
        ("Troops and rebels clashed near Bunia on Monday, the army said.\n\n"
         "\u201cThe fighting today killed nine of our men,\u201d a rebel commander said.", "fighting today", "2021-03-15"),
        ("Bandits raided a boarding school in Zamfara on Sunday night and abducted pupils.\n\n"
         '"They abducted the pupils at midnight last night," a teacher said.', "abducted the pupils at midnight",
         "2021-03-14"),
    ],
)
def test_a_quoted_day_word_takes_the_episode_day(extractor, text, words, day):
    events = _events(extractor, text)
    assert events and all(e.date == day for e in events), [(e.date, e.evidence) for e in events]


# A day told inside the phrase of the deadly act that an arrest answers ("suspects linked to
# Sunday's killing") dates that act, not the arrest; an arrest dated by its own words keeps it.
@pytest.mark.parametrize(("text", "attack_day"), [
    ("Soldiers detained four suspects linked to Sunday's killing of nine farmers near Mubi, the army said.",
     "2021-03-14"),
    ("A suspect was arrested over the deaths of six traders who were shot dead Monday near Mubi.", "2021-03-15"),
    ("Troops have detained a commander suspected of ordering Saturday's massacre of 20 villagers in Kalehe.",
     "2021-03-13"),
])
def test_the_day_of_the_act_an_arrest_answers_is_not_the_arrest_day(extractor, text, attack_day):
    days = {e.sub_event_type: e.date for e in _events(extractor, text)}
    assert days.get("attack") == attack_day, days
    assert "arrests" in days and days["arrests"] != attack_day, days


def test_an_arrest_dated_in_its_own_words_keeps_its_day(extractor):
    days = {e.sub_event_type: e.date for e in _events(
        extractor, "Police arrested two men on Tuesday over Sunday's killing of nine farmers near Mubi.")}
    assert days == {"arrests": "2021-03-16", "attack": "2021-03-14"}, days


# An undated opening whose next sentence says it followed another act of a recent day ("the
# operation followed a decree on Monday") happened between that day and the report: the middle
# of that window, precision week, not the other act's day.
@pytest.mark.parametrize(("text", "words"), [
    ("Troops retook the port of Kismayo from al-Shabaab fighters.\n\n"
     "The operation followed the government's declaration of a state of emergency on Monday.", "Kismayo"),
    ("Police raided a gang hideout in Cite Soleil and killed four gang members.\n\n"
     "The raid followed a presidential decree on March 15 ordering a crackdown on the gangs.", "Cite Soleil"),
    ("Soldiers recaptured the town of Tal Afar from the militants.\n\n"
     "The advance followed an appeal by the prime minister on Sunday for the town to be freed.", "Tal Afar"),
])
def test_an_episode_that_followed_a_dated_act_lies_between_it_and_the_report(extractor, text, words):
    event = _event(extractor, text, words)
    assert (event.date, event.date_precision) == ("2021-03-16", "week"), (event.date, event.date_precision)



# A paragraph that captions a picture dates the picture, though no credit ends it: it is
# followed by a line that is only a credit, or repeated (alt text) by the credited caption below
# it, or it says what a picture shows. An undated opening takes the lead's day, not the picture's.
@pytest.mark.parametrize(("text", "words"), [
    ("Gangs launch fresh attacks on hillside suburbs of Lome\n\n"
     "A resident sits outside a burnt house in Lome, March 9.\nAssociated Press\n\n"
     "Gunmen looted shops in the Be district of Lome early on Monday, residents said.", "Gangs launch"),
    ("Gunmen raid a cattle market in Zurmi\n\n"
     "A herder walks past burnt stalls in Zurmi on March 10\n"
     "A herder walks past burnt stalls in Zurmi on March 10. [Photo: Getty Images]\n\n"
     "Gunmen raided the cattle market of Zurmi on Monday, killing five herders.", "Gunmen raid"),
    ("Jihadists kill soldiers in ambush near Diffa\n\n"
     "A handout picture from the army shows a burnt truck near Diffa on March 8, 2021.\n\n"
     "Insurgents looted a fuel depot outside Diffa on Monday, officials said.", "Jihadists kill"),
    # an indented caption whose sentence runs on into the line break and indent before its credit
    ("Rioters block roads across Kindia\n\n"
     "    Youths burn tyres on a road in Kindia, March 7.\n    Associated Press\n\n"
     "Rioters torched the town hall of Kindia early on Monday, witnesses said.", "Rioters block"),
    ("Bandits storm a cattle market in Zurmi\n\n"
     "    Herders walk past burnt stalls in Zurmi, March 10.\n    Reuters\n\n"
     "Bandits raided the cattle market of Zurmi on Monday, killing five herders.", "Bandits storm"),
    ("Jihadists torch a fuel depot near Diffa\n\n"
     "    Smoke rises over a burnt depot outside Diffa, March 8.\n    AFP\n\n"
     "Insurgents set fire to a fuel depot outside Diffa on Monday, officials said.", "Jihadists torch"),
])
def test_a_caption_without_its_credit_gives_no_day_to_the_opening(extractor, text, words):
    event = _event(extractor, text, words)
    assert event.date == "2021-03-15", (event.date, event.date_precision)


@pytest.mark.parametrize(("text", "caption"), [
    ("Troops patrol a street in Sake, March 3.\nAFP\n\nFighting went on.", True),
    ("Two women carry water in Bunia\nTwo women carry water in Bunia, June 4. (Photo: Reuters)\n\nBody.", True),
    ("This picture shows a burnt truck near Kalehe on Friday.\n\nBody.", True),
    # a headline told twice, a paragraph followed by news, a byline's agency under a sentence
    ("Rebels take Sake\n\nRebels take Sake\n\nRebels took Sake on Friday.", False),
    ("Rebels shelled Goma on Sunday.\n\nThe army said it repelled them.", False),
    ("Rebels shelled Goma on Sunday, killing two people.\n\nReuters reported that the army withdrew.", False),
    # a headline or a byline over the agency's name, which is no credit of theirs
    ("Gunmen kill five traders near Sokoto: police\nAFP\n\nGunmen killed five traders on Monday.", False),
    ("By AMINA BELLO\nAssociated Press\n\nRebels shelled Goma on Sunday.", False),
    ("Militia fighters storm a camp in Ituri\n\nMilitia fighters storm a camp in Ituri\n\nReuters\n\nBody.", False),
])
def test_a_picture_caption_is_told_by_its_neighbours(text, caption):
    from sitrep.events.dating import _picture_caption

    first = text.split("\n", 1)[0]
    assert _picture_caption(text, first, len(first) - 1) is caption


# The picture's own act ("a burnt truck", "a looted shop") is no event of the article: a caption
# only retells what the text tells, though its credit stands on a line of its own or below it.
@pytest.mark.parametrize("text", [
    "Gunmen looted shops in the Be district of Lome early on Monday, residents said.\n\n"
    "A resident sits outside a burnt house in Lome, March 9.\nAssociated Press",
    "Insurgents looted a fuel depot outside Diffa on Monday, officials said.\n\n"
    "A handout picture from the army shows a burnt truck near Diffa on March 8, 2021.",
    "Rioters torched the town hall of Kindia on Monday, witnesses said.\n\n"
    "Youths burn tyres on a road in Kindia, March 7.\nReuters",
])
def test_a_caption_without_its_credit_adds_no_event(extractor, text):
    days = [e.date for e in _events(extractor, text)]
    assert days == ["2021-03-15"], days


# A headline over the agency's name ("AFP" on the line below) is no caption: what it tells is news.
@pytest.mark.parametrize(("text", "place"), [
    ("Gunmen kill five traders near Sokoto\nAFP\n\nThe state governor on Monday ordered markets in the area shut.",
     "Sokoto"),
    ("Jihadists abduct 12 farmers in Tillaberi\nReuters\n\nAid groups on Monday suspended their work in the region.",
     "Tillab"),
    ("Police fire tear gas at protesters in Kisumu\nAssociated Press\n\nTeachers in the city stayed home on Monday.",
     "Kisumu"),
])
def test_a_headline_over_the_agency_name_tells_its_event(extractor, text, place):
    found = [e.location.name for e in _events(extractor, text) if e.location is not None]
    assert any(name.startswith(place) for name in found), found


# A recalled act told in a "since DATE, when ..." clause ("the worst raid since May 2020, when
# gunmen burned a market"): an event of its own, dated by that date and told as background, never
# folded into the act the sentence compares with it nor lending it its sub-type.
@pytest.mark.parametrize(
    "text, news_type, recalled_type, recalled_day",
    [
        ("A car bomb killed 12 people at a bus station in Herat on Monday. The blast was the "
         "deadliest in Herat since March 2019, when a hotel was hit by a suicide bomber who killed 40 guests.",
         "remote_explosive_landmine_ied", "suicide_bomb", "2019-03"),
        ("Gunmen killed 15 villagers in Katsina on Sunday. It was the worst attack in the state "
         "since May 2020, when militants killed 30 herders near Funtua.",
         "attack", "attack", "2020-05"),
        ("Nine soldiers died when a roadside bomb hit their truck near Mogadishu on Tuesday. It was the "
         "bloodiest day for the army since October 2019, when a suicide attacker struck a training "
         "camp and left 25 recruits dead.", "remote_explosive_landmine_ied", "suicide_bomb", "2019-10"),
    ],
)
def test_a_since_when_act_is_an_event_of_its_own(extractor, text, news_type, recalled_type, recalled_day):
    events = extractor.extract(Article(id="t", text=text, published=WED))
    news = [e for e in events if not e.background]
    recalled = [e for e in events if e.background]
    assert [e.sub_event_type for e in news] == [news_type]
    assert news[0].date.startswith("2021-03")
    assert [e.sub_event_type for e in recalled] == [recalled_type]
    assert recalled[0].date.startswith(recalled_day) and recalled[0].date_precision == "month"


# A dispatch whose dateline carries the day dates its own opening: a paragraph of the lead with
# no date of its own keeps the dispatch's day, not that of another episode told lower down.
@pytest.mark.parametrize(("text", "words"), [
    ("MOGADISHU, March 17 (AP) — Soldiers detained dozens of traders at a market in the capital.\n\n"
     "In the Hodan district, gunmen shot dead two soldiers at a checkpoint.\n\n"
     "On March 14, militants shelled the presidential palace in the city.", "Hodan district"),
    ("BAMAKO, March 17 /Xinhua/. Security forces arrested several opposition activists in central Bamako.\n\n"
     "Far up north, jihadists attacked an army post near Gao and three soldiers died.\n\n"
     "On March 10, gunmen ambushed an army convoy north of the capital.", "army post near Gao"),
    ("KABUL, March 17 -- Taliban guards beat students gathered for a rally.\n\n"
     "Near Herat, a cart bomb left four policemen dead.\n\n"
     "Last Thursday, March 11, a bomb exploded near a mosque in the west of the city.", "a cart bomb"),
])
def test_an_opening_under_a_dateline_keeps_the_dispatch_day(extractor, text, words):
    event = _event(extractor, text, words)
    assert event.date == WED, (event.date, event.date_precision)

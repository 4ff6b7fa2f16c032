"""Background: earlier incidents an article recalls as context are flagged, today's news is not.

Articles written for these tests (real pipeline, shipped background model), several wordings per
class: an old incident recalled with its month or date, an incident of the past days recalled
as the cause of today's news, and the news itself told in many ways.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest

from sitrep.events.background_features import background_features, background_words
from sitrep.events.background_model import BackgroundModel, BackgroundModelError
from sitrep.events.extractor import Extractor
from sitrep.model import Article

PUBLISHED = "2024-06-12"  # a Wednesday


@pytest.fixture(scope="module")
def extractor(nlp):
    return Extractor(nlp=nlp)


def _events(extractor, text: str, published: str = PUBLISHED):
    return extractor.extract(Article(id="t", text=text, published=published))


def _flags_by_paragraph(extractor, text: str) -> list[list[bool]]:
    """The background flags of the events told in each paragraph, by the paragraph's order."""
    starts = [0] + [i + 2 for i in range(len(text)) if text.startswith("\n\n", i)]
    out: list[list[bool]] = [[] for _ in starts]
    for event in _events(extractor, text):
        trigger = dict(event.field_evidence)["sub_event_type"]
        out[sum(1 for s in starts if s <= trigger.start_char) - 1].append(event.background)
    return out


NEWS_LEADS = [
    "Gunmen killed nine villagers near Ansongo on Tuesday, local officials said.",
    "A suicide bomber blew himself up at a market in Diffa on Tuesday, killing six people.",
    "Fighter jets bombed rebel positions near Ras Kamboni on Monday night, the army said.",
    "Police fired tear gas at thousands of protesters in Butembo on Tuesday.",
]


@pytest.mark.parametrize("lead", NEWS_LEADS)
def test_todays_news_is_not_background(extractor, lead):
    events = _events(extractor, lead)
    assert events and not any(e.background for e in events)


RECALLED = [
    "In March 2021, gunmen killed 30 people in an attack on a village near Menaka.",
    "Last year in August, a suicide bomber killed 14 worshippers at a mosque in Bosso.",
    "The town was shelled in January, when artillery fire killed four residents of Sake.",
    "Two years ago, on May 3, jets bombed the market of Aguelhok, killing 12 traders.",
    "The region has known worse: on February 9, militants had stormed a barracks in Menaka, killing 20 soldiers.",
]


@pytest.mark.parametrize("sentence", RECALLED)
def test_an_old_incident_recalled_after_the_news_is_background(extractor, sentence):
    news, recalled = _flags_by_paragraph(extractor, f"{NEWS_LEADS[0]}\n\n{sentence}")
    assert news == [False]
    assert recalled and all(recalled), recalled


def test_an_event_of_the_same_day_told_late_in_the_article_is_news(extractor):
    text = (f"{NEWS_LEADS[1]}\n\nTraders said the market had been busy with shoppers before the blast.\n\n"
            "Soldiers clashed with militants on the outskirts of Diffa on Tuesday evening, "
            "an army spokesman said.")
    events = _events(extractor, text)
    assert events and not any(e.background for e in events)


def test_features_read_tense_and_clause_of_the_trigger(nlp):
    text = ("Gunmen killed nine villagers near Ansongo on Tuesday. The raid came days after militants had "
            "attacked an army post in Menaka on June 2.")
    doc = nlp(text)
    events = Extractor(nlp=nlp, learned_background=False).events_from_doc(
        doc, Article(id="t", text=text, published=PUBLISHED))
    later = [e for e in events if dict(e.field_evidence)["sub_event_type"].text == "attacked"]
    assert later, events
    f = background_features(later[0], doc, events, dt.date.fromisoformat(PUBLISHED))
    assert f["aux=have_VBD"] == 1.0  # "had attacked"
    assert f["gov=after"] == 1.0
    assert f["lead"] == 0.0 and f["prec=day"] == 1.0
    assert any(k.startswith("lead_gap") for k in f)


def test_shipped_model_loads_and_round_trips(tmp_path):
    model = BackgroundModel.load()
    assert model.weights and model.about.get("trained_on") and 0 < model.threshold < 1
    path = tmp_path / "m.json"
    path.write_text(json.dumps(model.to_dict()), encoding="utf-8")
    again = BackgroundModel.load(path)
    for f in ({"bias": 1.0}, {"bias": 1.0, "rule": 1.0, "prec=month": 1.0}):
        assert again.probability(f) == pytest.approx(model.probability(f), abs=1e-5)
    assert model.probability({"bias": 1.0, "rule": 1.0}) > model.probability({"bias": 1.0, "rule": 0.0})


def test_unreadable_model_is_one_clear_error(tmp_path):
    bad = tmp_path / "m.json"
    bad.write_text("[]", encoding="utf-8")
    with pytest.raises(BackgroundModelError, match="cannot read the background model"):
        BackgroundModel.load(bad)


def test_cue_words_come_from_data():
    assert "since" in background_words() and "anniversary" in background_words()


SAME_EPISODE = [
    "Rebels overran the garrison of Aguelhok on Tuesday, a day after they seized the town of Ansongo, "
    "a military source said.",
    "Insurgents took control of Bosso on Tuesday. The advance came a day after they had overrun an army post in Diffa.",
    "Troops pushed into Ras Kamboni on Tuesday, following an assault on the nearby port of Kolbio on Monday.",
]


@pytest.mark.parametrize("text", SAME_EPISODE)
def test_the_day_before_in_one_ongoing_episode_is_news(extractor, text):
    """"X, a day after Y": Y is the day before in the same offensive, not an earlier incident
    (the rules' cue list alone calls it background)."""
    events = _events(extractor, text)
    assert events and not any(e.background for e in events)


@pytest.mark.parametrize("age", ["age<=0", "age<=-1"])
def test_an_event_the_text_dates_on_the_publication_day_is_never_background(age):
    """However sure the model is, an event dated that day by the text itself is the news; a cue
    word before its trigger, or a date borrowed from the publication, leaves the model to decide."""
    eager = BackgroundModel(weights={"bias": 5.0}, intercept=5.0, threshold=0.5, about={})
    base = {"bias": 1.0, "rule": 0.0, age: 1.0}
    assert not eager.decide(base)
    assert eager.decide({**base, "before=after": 1.0})
    assert eager.decide({**base, "cue_before": 1.0})
    assert eager.decide({**base, "flag=date_from_publication": 1.0})
    assert eager.decide({"bias": 1.0, "rule": 0.0, "age<=3": 1.0})


def _features_of(nlp, text: str) -> list[tuple[str, dict[str, float], bool]]:
    """(trigger text, features, final flag of the shipped model) of each event of ``text``."""
    doc = nlp(text)
    now = dt.date.fromisoformat(PUBLISHED)
    events = Extractor(nlp=nlp, learned_background=False).events_from_doc(
        doc, Article(id="t", text=text, published=PUBLISHED))
    model = BackgroundModel.load()
    return [(dict(e.field_evidence)["sub_event_type"].text, f, model.decide(f))
            for e in events for f in [background_features(e, doc, events, now)]]


EPISODE_TOLD = [
    "Fighting resumed in Beni on Tuesday between the army and ADF rebels, a local official said.\n\n"
    "On Sunday, the rebels attacked an army position outside Beni, killing four soldiers.",
    "Riot police used tear gas against demonstrators in Kisumu on Tuesday, the second day of unrest there.\n\n"
    "On Monday, police shot dead two demonstrators in Kisumu, witnesses said.",
    "Soldiers and Shabaab militants fought near Kismayo on Tuesday as clashes continued in the area.\n\n"
    "Militants ambushed an army convoy near Kismayo on Saturday, killing three troops.",
]


@pytest.mark.parametrize("text", EPISODE_TOLD)
def test_an_earlier_day_of_an_episode_told_over_days_is_flagged_as_such(nlp, text):
    """An event of the days before the lead, in an article telling one episode over several days
    ("resumed", "second day of", "continued"), carries ``episode_cue`` and the shipped model
    keeps it news."""
    rest = _features_of(nlp, text)[1:]
    assert rest and all(f["episode_cue"] == 1.0 for _, f, _ in rest), rest
    assert not any(bg for _, _, bg in rest)
    model = BackgroundModel.load()
    assert all(model.probability(f) < model.probability({**f, "episode_cue": 0.0}) for _, f, _ in rest)


EPISODE_NOT_TOLD = [
    # no word of an ongoing episode
    "Gunmen killed nine villagers near Ansongo on Tuesday.\n\nOn Sunday, militants attacked an army post "
    "in Ansongo, killing two soldiers.",
    # an episode told, but the earlier event is weeks older than the lead
    "Fighting resumed in Beni on Tuesday between the army and ADF rebels.\n\n"
    "On May 15, the rebels attacked an army position outside Beni, killing four soldiers.",
]


@pytest.mark.parametrize("text", EPISODE_NOT_TOLD)
def test_episode_cue_needs_the_words_and_the_week_before_the_lead(nlp, text):
    found = _features_of(nlp, text)
    assert len(found) >= 2, found
    assert all(f.get("episode_cue", 0.0) == 0.0 for _, f, _ in found)


# Periodic reports (a weekly digest, a situation report, a ministry's results of operations) say in
# their opening which days they cover; every incident dated inside that window is their news, even
# five or eight days before publication. Published Wednesday 2024-06-12.
REPORTS = [
    "Sahel Security Digest | 3-9 June 2024\n\nOn 4 June, gunmen killed seven herders near Ansongo, "
    "local officials said.\n\nOn 7 June, soldiers clashed with jihadists near Tessit.",
    "Situation report No. 7\n\nDuring the reporting period (2-10 June), insecurity persisted in the "
    "province.\n\nOn 3 June, armed men attacked the village of Kiwanja, killing five civilians.",
    "The ministry published on Tuesday a communique on the results of operations conducted between "
    "1 and 8 June.\n\nOn 2 June, the air force struck a militant camp near Djibo, killing 11 fighters.",
    "Our weekly security round-up for the northern districts.\n\nOn Friday, a roadside bomb killed "
    "three soldiers near Beledweyne, officials said.",
]


@pytest.mark.parametrize("text", REPORTS)
def test_incidents_of_a_reports_window_are_news(extractor, text):
    events = _events(extractor, text)
    assert events and not any(e.background for e in events)


def test_an_older_incident_outside_the_window_stays_background(extractor):
    text = ("Sahel Security Digest | 3-9 June 2024\n\nOn 4 June, gunmen killed seven herders near "
            "Ansongo, local officials said.\n\nIn March 2021, jihadists shot dead 30 villagers close to "
            "Menaka.")
    events = sorted(_events(extractor, text), key=lambda e: e.date or "")
    assert [e.background for e in events] == [True, False]


@pytest.mark.parametrize("text,window", [
    ("Sahel Security Digest | 3-9 June 2024\n\nOn 4 June ...", ("2024-06-03", "2024-06-09")),
    ("Situation report No. 7\n\nInsecurity persisted during the reporting period (2-10 June).",
     ("2024-06-02", "2024-06-10")),
    ("A communique on the results of operations conducted between 1 and 8 June.", ("2024-06-01", "2024-06-08")),
    ("Myanmar bulletin, June 4-11", ("2024-06-04", "2024-06-11")),
    ("Our weekly security round-up for the northern districts.", ("2024-06-05", "2024-06-12")),
])
def test_report_window_read_from_the_opening(text, window):
    from sitrep.events.background_features import report_window
    got = report_window(text, dt.date.fromisoformat(PUBLISHED))
    assert got is not None and tuple(d.isoformat() for d in got) == window


@pytest.mark.parametrize("text", [
    "Gunmen killed 20 people between 2 and 9 June, officials said.",  # a range with no report named
    "Bulletin of 3-9 March",  # a window that ended months before publication
    "Situation report: the reporting period (1-28 May) saw heavy fighting.",  # longer than a fortnight
])
def test_no_report_window(text):
    from sitrep.events.background_features import report_window
    assert report_window(text, dt.date.fromisoformat(PUBLISHED)) is None


def test_an_incident_inside_the_report_window_is_news_whatever_the_model_says():
    """Deep in a long digest, a few days old, after a background event: the model alone says
    background; dated inside the report's window it is news, unless a cue recalls it."""
    model = BackgroundModel.load()
    deep = {"bias": 1.0, "rule": 1.0, "prec=day": 1.0, "age<=7": 1.0, "paragraph>8": 1.0,
            "sentence>8": 1.0, "previous_rule": 1.0, "paragraph_rule": 1.0, "latest_gap<=7": 1.0,
            "verb_tag=VBD": 1.0, "cue_before": 0.0}
    assert model.decide(deep)
    assert not model.decide({**deep, "in_report_window": 1.0})
    assert model.decide({**deep, "in_report_window": 1.0, "cue_before": 1.0})


@pytest.mark.parametrize("age", ["age<=0", "age<=1", "age<=3", "age<=7"])
def test_a_day_of_the_month_just_ended_is_left_to_the_model(age):
    """The rules' flag on an event of the previous month forces background only when the event is
    more than a week old: the last days of a month told just after it turned may be news."""
    doubtful = BackgroundModel(weights={"bias": -5.0}, intercept=-5.0, threshold=0.5, about={})
    recent = {"bias": 1.0, "rule": 1.0, "earlier_month": 1.0, "cue_before": 1.0, age: 1.0}
    assert not doubtful.decide(recent)
    assert doubtful.decide({**recent, age: 0.0, "age<=14": 1.0})
    assert doubtful.decide({**recent, age: 0.0, "age<=92": 1.0, "long_past": 1.0})

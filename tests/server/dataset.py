"""A small hand-written dataset for the API tests: articles in our own words, each event's
evidence spans cut from its article text, two outlets reporting one happening (one incident),
a background event, an undated event, four countries."""

from __future__ import annotations

from dataclasses import dataclass

from sitrep.incidents import update_incidents
from sitrep.model import Actor, Article, Event, Evidence, Fatalities, Place

PLACES = {
    "Idlib": Place("Idlib", "Idlib", "Idlib Governorate", "SY", 35.93, 36.63, "town", 169388),
    "Ariha": Place("Ariha", "Ariha", "Idlib Governorate", "SY", 35.81, 36.61, "town", 174186),
    "Abs": Place("Abs", "Abs", "Hajjah Governorate", "YE", 16.0, 43.2, "town", 70357),
    "Gao": Place("Gao", "Gao", "Gao Region", "ML", 16.27, -0.04, "town", 2457161),
    "Maiduguri": Place("Maiduguri", "Maiduguri", "Borno State", "NG", 11.85, 13.16, "town", 2331447),
}
TYPES = {"air_drone_strike": "explosions_remote_violence", "armed_clash": "battles",
         "attack": "violence_against_civilians", "peaceful_protest": "protests",
         "shelling_artillery_missile_attack": "explosions_remote_violence"}


@dataclass(frozen=True)
class Told:
    """One event as an article tells it: the sentence, and the words behind each field."""

    sentence: str
    sub: str
    place: str
    date: str | None
    actor1: tuple[str, str, str]  # name, type, words
    actor2: tuple[str, str, str] | None
    killed: int | None
    killed_words: str | None
    confidence: float = 0.7
    background: bool = False


def _span(text: str, words: str, start: int = 0) -> Evidence:
    at = text.index(words, start)
    return Evidence(at, at + len(words), words)


def make_article(aid: str, published: str, outlet: str, title: str, told: list[Told]) -> tuple[Article, list[Event]]:
    text = title + "\n\n" + " ".join(t.sentence for t in told)
    article = Article(id=aid, text=text, published=published, title=title,
                      url=f"https://{outlet}/news/{aid}", source="tests")
    events = []
    for n, t in enumerate(told, 1):
        sentence = _span(text, t.sentence)
        fields = [("location", _span(text, t.place, sentence.start_char)),
                  ("actor1", _span(text, t.actor1[2], sentence.start_char))]
        if t.actor2:
            fields.append(("actor2", _span(text, t.actor2[2], sentence.start_char)))
        if t.killed_words:
            fields.append(("fatalities", _span(text, t.killed_words, sentence.start_char)))
        events.append(Event(
            id=f"e-{aid}-{n}", article_id=aid, event_type=TYPES[t.sub], sub_event_type=t.sub,  # type: ignore[arg-type]
            date=t.date, date_precision="day", location=PLACES[t.place],
            actor1=Actor(t.actor1[0], t.actor1[1]),  # type: ignore[arg-type]
            actor2=Actor(t.actor2[0], t.actor2[1]) if t.actor2 else None,  # type: ignore[arg-type]
            fatalities=Fatalities(t.killed, t.killed, None), reported_by=("residents",),
            background=t.background, confidence=t.confidence, evidence=(sentence,),
            field_evidence=tuple(fields)))
    return article, events


JETS = ("Military Forces of Russia", "state_forces", "Warplanes")
REBELS = ("Hayat Tahrir al-Sham", "rebel_group", "fighters of Hayat Tahrir al-Sham")
ARMY_SY = ("Military Forces of Syria", "state_forces", "government troops")
CIV_SY = ("Civilians (Syria)", "civilians", "civilians")
COALITION = ("Saudi-led Coalition", "external_other", "coalition aircraft")
CIV_YE = ("Civilians (Yemen)", "civilians", "a wedding party")
GUNMEN_ML = ("Unidentified Armed Group (Mali)", "unknown", "Gunmen on motorbikes")
CIV_ML = ("Civilians (Mali)", "civilians", "traders")
PROTEST_NG = ("Protesters (Nigeria)", "protesters", "Hundreds of students")

ARTICLES = [
    make_article("a01", "2024-03-12", "news.example.org", "Warplanes hit market in Ariha", [
        Told("Warplanes bombed the crowded market of Ariha on Monday, killing 11 civilians.",
             "air_drone_strike", "Ariha", "2024-03-11", JETS, CIV_SY, 11, "killing 11 civilians",
             confidence=0.9),
        Told("In 2019 government troops shelled Ariha for weeks.", "shelling_artillery_missile_attack",
             "Ariha", "2019-06-01", ARMY_SY, None, None, None, confidence=0.4, background=True),
    ]),
    make_article("a02", "2024-03-13", "wire.example.com", "Death toll in Ariha market strike rises", [
        Told("The toll of Monday's air raid on the Ariha market rose to 14 as civilians died of "
             "their wounds, Warplanes having struck at midday.", "air_drone_strike", "Ariha",
             "2024-03-11", JETS, CIV_SY, 14, "rose to 14", confidence=0.8),
    ]),
    make_article("a03", "2024-02-02", "news.example.org", "Clashes near Idlib", [
        Told("fighters of Hayat Tahrir al-Sham fought government troops outside Idlib on "
             "Thursday; four fighters were killed.", "armed_clash", "Idlib", "2024-02-01",
             REBELS, ARMY_SY, 4, "four fighters were killed", confidence=0.65),
    ]),
    make_article("a04", "2023-11-20", "yemen.example.net", "Wedding struck in Abs", [
        Told("coalition aircraft struck a wedding party in Abs on Saturday, killing 9 guests.",
             "air_drone_strike", "Abs", "2023-11-18", COALITION, CIV_YE, 9, "killing 9 guests",
             confidence=0.75),
    ]),
    make_article("a05", "2023-07-05", "sahel.example.org", "Traders killed near Gao", [
        Told("Gunmen on motorbikes ambushed traders on the road to Gao, killing 6.",
             "attack", "Gao", "2023-07-03", GUNMEN_ML, CIV_ML, 6, "killing 6", confidence=0.55),
        Told("Gunmen on motorbikes had stormed a Gao cattle market some time before; traders fled.",
             "attack", "Gao", None, GUNMEN_ML, CIV_ML, None, None, confidence=0.3),
    ]),
    make_article("a06", "2022-10-11", "naija.example.com", "Students march in Maiduguri", [
        Told("Hundreds of students marched through Maiduguri on Monday demanding safer roads.",
             "peaceful_protest", "Maiduguri", "2022-10-10", PROTEST_NG, None, None, None,
             confidence=0.85),
    ]),
]

EVENT_COUNT = sum(len(events) for _, events in ARTICLES)


def fill(store, articles=ARTICLES) -> None:
    """Write the articles and their events, then link them into incidents."""
    for article, events in articles:
        store.write_extraction(article, events)
    update_incidents(store, [a.id for a, _ in articles])


def extra_articles(n: int, *, prefix: str = "x") -> list[tuple[Article, list[Event]]]:
    """``n`` more one-event articles, dated across 2022-2024 (newer and older than the data),
    for tests that add rows while a listing is paged."""
    out = []
    for i in range(n):
        day = f"202{2 + i % 3}-{1 + i % 12:02d}-{1 + i % 27:02d}"
        out.append(make_article(f"{prefix}{i:03d}", day, "more.example.org", f"Clash {i}", [
            Told(f"government troops fought fighters of Hayat Tahrir al-Sham near Idlib, report {i}.",
                 "armed_clash", "Idlib", day, ARMY_SY, REBELS, None, None),
        ]))
    return out

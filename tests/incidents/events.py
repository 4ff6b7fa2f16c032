"""Hand-built events for the linking tests: reports of a few happenings by several outlets,
with look-alikes (the same city and type days apart, another type the same day)."""

from __future__ import annotations

from sitrep.model import Actor, Article, Event, Evidence, Fatalities, Place

PESHAWAR = Place("Peshawar", mention="Peshawar", admin1="Khyber Pakhtunkhwa", country="PK",
                 lat=34.008, lon=71.5785, precision="town", geonames_id=1168197)
KP = Place("Khyber Pakhtunkhwa", mention="Khyber Pakhtunkhwa", admin1="Khyber Pakhtunkhwa",
           country="PK", lat=34.5, lon=72.0, precision="admin1")
NOWSHERA = Place("Nowshera", mention="Nowshera", admin1="Khyber Pakhtunkhwa", country="PK",
                 lat=34.0153, lon=71.9747, precision="town", geonames_id=1168718)
QUETTA = Place("Quetta", mention="Quetta", admin1="Balochistan", country="PK", lat=30.1841,
               lon=67.0014, precision="town", geonames_id=1167528)


def event(eid: str, article: str, sub: str = "suicide_bomb", date: str = "2022-03-04", *,
          place: Place | None = PESHAWAR, killed: int | None = None, actor1: str | None = None,
          text: str = "A suicide bomber blew himself up in a mosque", reported_by: tuple = (),
          low: int | None = None, high: int | None = None) -> Event:
    types = {"suicide_bomb": "explosions_remote_violence", "air_drone_strike": "explosions_remote_violence",
             "attack": "violence_against_civilians", "armed_clash": "battles",
             "peaceful_protest": "protests"}
    return Event(
        id=eid, article_id=article, event_type=types[sub], sub_event_type=sub, date=date,  # type: ignore[arg-type]
        date_precision="day", location=place,
        actor1=Actor(actor1, "rebel_group") if actor1 else None,
        actor2=Actor("Civilians (Pakistan)", "civilians"),
        fatalities=Fatalities(killed, low if low is not None else killed, high),
        reported_by=reported_by, evidence=(Evidence(0, len(text), text),),
    )


def article(aid: str, published: str, outlet: str) -> Article:
    return Article(id=aid, text=f"text of {aid}", published=published,
                   url=f"https://www.{outlet}/news/{aid}", source="hand-built")


# Three outlets tell the Peshawar mosque bombing (tolls rise 32 -> 56 -> 62); one of them also
# tells a protest the next day; a fourth tells a bombing in Quetta the same day; a fifth tells
# an air strike near Peshawar (another type) that same day; a bombing in Peshawar 6 days later
# is a look-alike.
ARTICLES = {
    "a1": (article("a1", "2022-03-04", "dawn.com"), [
        event("e-a1-1", "a1", killed=32, actor1="Islamic State", reported_by=("police",),
              text="A suicide bomber blew himself up in a Shia mosque in Kocha Risaldar, Peshawar"),
    ]),
    "a2": (article("a2", "2022-03-05", "thecorrespondent.pk"), [
        event("e-a2-1", "a2", killed=56, text="The suicide attack on the Kocha Risaldar mosque in Peshawar"),
        event("e-a2-2", "a2", "peaceful_protest", "2022-03-05", text="Shia groups protested in Peshawar"),
    ]),
    "a3": (article("a3", "2022-03-06", "urdupoint.com"), [
        event("e-a3-1", "a3", killed=62, low=56, high=63, place=KP, actor1="Islamic State",
              text="The death toll of the Kocha Risaldar mosque bombing rose to 62"),
        event("e-a3-2", "a3", date="2022-03-10", killed=3,
              text="A second blast near the Police Lines in Peshawar killed three"),
    ]),
    "a4": (article("a4", "2022-03-05", "dawn.com"), [
        event("e-a4-1", "a4", place=QUETTA, killed=4, text="A bomb in Quetta killed four"),
        event("e-a4-2", "a4", "peaceful_protest", "2022-03-05", text="Shia groups protested in Peshawar"),
    ]),
    "a5": (article("a5", "2022-03-04", "geo.tv"), [
        event("e-a5-1", "a5", "air_drone_strike", place=NOWSHERA,
              text="A drone struck a compound near Nowshera"),
    ]),
}

"""Build actors2.jsonl: four own-written articles on actor attribution, hand-coded per eval/NOTES.md.

Classes probed: an unclaimed blast in an article that names a group elsewhere; a grenade by unknown
assailants next to a claimed attack; a demonym on the strike noun ('a Russian missile strike on X');
an African Union convoy; a named gang.
"""
import json, pathlib

from probe_gold import ev, loc  # noqa: E402

ERV = "explosions_remote_violence"
VAC = "violence_against_civilians"
arts = []

# ---- 1 Pakistan: unclaimed bomb, claimed police-post attack, grenade by unknown assailants
t = """Motorcycle bomb kills seven at bus stand in northwest Pakistan

PESHAWAR, Feb 18 - A bomb planted on a motorcycle exploded at a crowded bus stand in Dera Ismail Khan on Monday evening, killing seven people and wounding 22, police said.

No group claimed the bombing. District police chief Asif Khan said investigators were examining footage from cameras at nearby shops.

Hours earlier, the Pakistani Taliban (TTP) claimed responsibility for an assault on a police checkpoint in Lakki Marwat in which two policemen were killed, saying its fighters had attacked the post with rifles and rocket-propelled grenades.

Late on Monday, unknown assailants hurled a hand grenade at a shop selling music CDs in Bannu, injuring three people, officials said.

Violence has surged in Khyber Pakhtunkhwa province over the past two years."""
arts.append({"id": "ac2-1", "url": None, "title": t.split("\n")[0], "published": "2025-02-18", "text": t, "events": [
    ev(ERV, "remote_explosive_landmine_ied", "2025-02-17", "day",
       loc("Dera Ismail Khan", "a crowded bus stand in Dera Ismail Khan", "Khyber Pakhtunkhwa", "PK", 31.83, 70.9, "town"),
       "Unidentified Armed Group (Pakistan)", "unknown", "Civilians (Pakistan)", "civilians", best=7, injured=22,
       evidence="A bomb planted on a motorcycle exploded at a crowded bus stand in Dera Ismail Khan on Monday evening, killing seven people and wounding 22, police said."),
    ev("battles", "armed_clash", "2025-02-17", "day",
       loc("Lakki Marwat", "a police checkpoint in Lakki Marwat", "Khyber Pakhtunkhwa", "PK", 32.61, 70.91, "town"),
       "TTP: Tehrik-i-Taliban Pakistan", "rebel_group", "Police Forces of Pakistan", "state_forces", best=2,
       evidence="Hours earlier, the Pakistani Taliban (TTP) claimed responsibility for an assault on a police checkpoint in Lakki Marwat in which two policemen were killed, saying its fighters had attacked the post with rifles and rocket-propelled grenades."),
    ev(ERV, "grenade", "2025-02-17", "day",
       loc("Bannu", "a shop selling music CDs in Bannu", "Khyber Pakhtunkhwa", "PK", 32.99, 70.6, "town"),
       "Unidentified Armed Group (Pakistan)", "unknown", "Civilians (Pakistan)", "civilians", injured=3,
       evidence="Late on Monday, unknown assailants hurled a hand grenade at a shop selling music CDs in Bannu, injuring three people, officials said."),
]})

# ---- 2 Ukraine: demonym on the strike noun
t = """Russian missile strike on Odesa port kills four sailors

KYIV, March 12 - A Russian missile strike on the port of Odesa killed four Syrian crew members of a grain ship on Tuesday night, regional governor Oleh Kiper said.

The ballistic missile hit the vessel as it was being loaded at the terminal, Kiper wrote on Telegram. Two more sailors and a Ukrainian port worker were wounded.

Russian drone attacks on the town of Shostka in the Sumy region wounded five people earlier on Tuesday, the regional administration said.

Moscow said Ukrainian drones had struck an oil depot in Russia's Bryansk region overnight, causing a fire but no casualties."""
arts.append({"id": "ac2-2", "url": None, "title": t.split("\n")[0], "published": "2025-03-12", "text": t, "events": [
    ev(ERV, "shelling_artillery_missile_attack", "2025-03-11", "day",
       loc("Odesa", "the port of Odesa", "Odessa Oblast", "UA", 46.48, 30.73, "town"),
       "Military Forces of Russia", "state_forces", "Civilians (Syria)", "civilians", best=4, injured=3,
       evidence="A Russian missile strike on the port of Odesa killed four Syrian crew members of a grain ship on Tuesday night, regional governor Oleh Kiper said."),
    ev(ERV, "air_drone_strike", "2025-03-11", "day",
       loc("Shostka", "the town of Shostka in the Sumy region", "Sumy Oblast", "UA", 51.87, 33.48, "town"),
       "Military Forces of Russia", "state_forces", "Civilians (Ukraine)", "civilians", injured=5,
       evidence="Russian drone attacks on the town of Shostka in the Sumy region wounded five people earlier on Tuesday, the regional administration said."),
    ev(ERV, "air_drone_strike", "2025-03-12", "day",
       loc("Bryansk Oblast", "Russia's Bryansk region", "Bryansk Oblast", "RU", 53.25, 34.37, "admin1"),
       "Military Forces of Ukraine", "state_forces", None, None, best=0,
       evidence="Moscow said Ukrainian drones had struck an oil depot in Russia's Bryansk region overnight, causing a fire but no casualties."),
]})

# ---- 3 Somalia: AU convoy, unclaimed roadside bomb, US strike
t = """Al-Shabaab ambushes African Union convoy in Lower Shabelle

MOGADISHU, June 10 - Al-Shabaab fighters ambushed an African Union convoy near the town of Afgoye on Monday, triggering a gun battle that lasted more than an hour, witnesses and officials said.

Four peacekeepers and at least nine militants were killed, a Somali military officer said. Al-Shabaab said in a statement on its radio station that it had destroyed two armoured vehicles.

Separately, a roadside bomb struck a minibus on the outskirts of Mogadishu on Monday evening, killing five passengers. No one has claimed responsibility for the explosion.

A US air strike near Jilib on Sunday killed three militants, the US Africa Command said."""
arts.append({"id": "ac2-3", "url": None, "title": t.split("\n")[0], "published": "2025-06-10", "text": t, "events": [
    ev("battles", "armed_clash", "2025-06-09", "day",
       loc("Afgoye", "near the town of Afgoye", "Lower Shabeelle", "SO", 2.14, 45.12, "town"),
       "Al Shabaab", "rebel_group", "AUSSOM: African Union Support and Stabilization Mission in Somalia", "external_other",
       best=13, low=13,
       evidence="Al-Shabaab fighters ambushed an African Union convoy near the town of Afgoye on Monday, triggering a gun battle that lasted more than an hour, witnesses and officials said."),
    ev(ERV, "remote_explosive_landmine_ied", "2025-06-09", "day",
       loc("Mogadishu", "the outskirts of Mogadishu", "Banaadir", "SO", 2.04, 45.34, "town"),
       "Unidentified Armed Group (Somalia)", "unknown", "Civilians (Somalia)", "civilians", best=5,
       evidence="Separately, a roadside bomb struck a minibus on the outskirts of Mogadishu on Monday evening, killing five passengers."),
    ev(ERV, "air_drone_strike", "2025-06-08", "day",
       loc("Jilib", "near Jilib", "Middle Juba", "SO", 0.49, 42.77, "town"),
       "Military Forces of the United States", "state_forces", "Al Shabaab", "rebel_group", best=3,
       evidence="A US air strike near Jilib on Sunday killed three militants, the US Africa Command said."),
]})

# ---- 4 Haiti: named gang
t = """Gang kills 12 in Haiti's Artibonite, police say

PORT-AU-PRINCE, April 5 - Members of the Gran Grif gang killed at least 12 people, including two children, in an attack on the town of Pont-Sonde on Thursday, Haitian police said.

The gunmen set fire to several houses before fleeing towards the hills, a local official said.

On Friday, police officers backed by Kenyan personnel of the Multinational Security Support mission exchanged fire with gang members near Saint-Marc, killing three suspected gangsters, a police spokesman said."""
arts.append({"id": "ac2-4", "url": None, "title": t.split("\n")[0], "published": "2025-04-05", "text": t, "events": [
    ev(VAC, "attack", "2025-04-03", "day",
       loc("Pont-Sonde", "the town of Pont-Sonde", "Artibonite", "HT", 19.15, -72.62, "town"),
       "Gran Grif", "political_militia", "Civilians (Haiti)", "civilians", best=12, low=12,
       evidence="Members of the Gran Grif gang killed at least 12 people, including two children, in an attack on the town of Pont-Sonde on Thursday, Haitian police said."),
    ev("battles", "armed_clash", "2025-04-04", "day",
       loc("Saint-Marc", "near Saint-Marc", "Artibonite", "HT", 19.11, -72.69, "town"),
       "Police Forces of Haiti", "state_forces", "Unidentified Gang (Haiti)", "political_militia", best=3,
       evidence="On Friday, police officers backed by Kenyan personnel of the Multinational Security Support mission exchanged fire with gang members near Saint-Marc, killing three suspected gangsters, a police spokesman said."),
]})

for a in arts:
    for e in a["events"]:
        assert e["evidence"] in a["text"], e["evidence"]
out = pathlib.Path(__file__).with_name("actors2.jsonl")
out.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in arts))
print(out, len(arts), sum(len(a["events"]) for a in arts))

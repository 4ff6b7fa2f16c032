"""Build probe-multiplace.jsonl: own-written articles whose sentences name several places, hand-coded."""
import json, pathlib

from probe_gold import ev, loc  # noqa: E402

ERV = "explosions_remote_violence"
B = "battles"
VAC = "violence_against_civilians"
arts = []

# ---- 1 Ukraine (Wed 2024-08-14)
t = """Russian missiles hit Kharkiv and Zaporizhzhia, killing five

KYIV, Aug 14 - Russian missiles struck the cities of Kharkiv and Zaporizhzhia overnight, killing five people and damaging dozens of homes, Ukrainian officials said on Wednesday.

In Kharkiv, a missile slammed into a nine-storey apartment block in the city's Saltivskyi district, killing three residents, regional governor Oleh Syniehubov said. Two people died in Zaporizhzhia, where a missile destroyed a car repair shop, the city's military administration said.

Later on Wednesday, a Russian guided bomb hit the eastern town of Pokrovsk in Donetsk province, wounding four people. The wounded were taken to hospital in Dnipro, officials said.

Russian artillery also shelled Nikopol and Marhanets, across the river from Russian-held positions, damaging power lines. Nobody was hurt, the regional governor said.

Thousands of residents have fled from Pokrovsk to Dnipro and Pavlohrad in recent weeks as Russian forces advance from the east."""
RU, UAC = "Military Forces of Russia", "Civilians (Ukraine)"
e = [
 ev(ERV, "shelling_artillery_missile_attack", "2024-08-14", "day", loc("Kharkiv", "the city's Saltivskyi district", "Kharkiv Oblast", "UA", 49.98, 36.25, "town"),
    RU, "state_forces", UAC, "civilians", best=3,
    evidence="In Kharkiv, a missile slammed into a nine-storey apartment block in the city's Saltivskyi district, killing three residents, regional governor Oleh Syniehubov said."),
 ev(ERV, "shelling_artillery_missile_attack", "2024-08-14", "day", loc("Zaporizhzhia", "Zaporizhzhia", "Zaporizhzhia Oblast", "UA", 47.85, 35.12, "town"),
    RU, "state_forces", UAC, "civilians", best=2,
    evidence="Two people died in Zaporizhzhia, where a missile destroyed a car repair shop, the city's military administration said."),
 ev(ERV, "air_drone_strike", "2024-08-14", "day", loc("Pokrovsk", "the eastern town of Pokrovsk in Donetsk province", "Donetsk Oblast", "UA", 48.28, 37.18, "town"),
    RU, "state_forces", UAC, "civilians", injured=4,
    evidence="Later on Wednesday, a Russian guided bomb hit the eastern town of Pokrovsk in Donetsk province, wounding four people."),
 ev(ERV, "shelling_artillery_missile_attack", "2024-08-14", "day", loc("Nikopol", "Nikopol", "Dnipropetrovsk Oblast", "UA", 47.57, 34.39, "town"),
    RU, "state_forces", None, None, best=0,
    evidence="Russian artillery also shelled Nikopol and Marhanets, across the river from Russian-held positions, damaging power lines."),
 ev(ERV, "shelling_artillery_missile_attack", "2024-08-14", "day", loc("Marhanets", "Marhanets", "Dnipropetrovsk Oblast", "UA", 47.63, 34.62, "town"),
    RU, "state_forces", None, None, best=0,
    evidence="Russian artillery also shelled Nikopol and Marhanets, across the river from Russian-held positions, damaging power lines."),
]
arts.append(("probe-multiplace-1", "2024-08-14", t, e))

# ---- 2 Nigeria (Tue 2023-02-21)
t = """Jihadists kill 15 farmers in attacks on Borno villages

MAIDUGURI, Nigeria, Feb 21 (AFP) - Jihadist fighters killed at least 15 farmers in attacks on the villages of Kawuri, Dalwa and Mafa in Nigeria's northeastern Borno state on Sunday, residents and a militia leader said.

The gunmen, believed to belong to the Islamic State West Africa Province (ISWAP), arrived on motorcycles and opened fire on farmers working in their fields, said Babakura Kolo, a leader of an anti-jihadist militia. Eight of the dead were from Kawuri, in Konduga district, he said.

The wounded were taken to the State Specialist Hospital in Maiduguri, the state capital, about 40 kilometres away.

On Monday, soldiers backed by militiamen clashed with the jihadists on the road between Konduga and Bama, killing 11 insurgents, the army said in a statement.

Hundreds of villagers have since fled to Maiduguri and to a camp in Dikwa, aid workers said."""
ISW, NGC = "Islamic State West Africa Province (ISWAP)", "Civilians (Nigeria)"
e = [
 {**ev(VAC, "attack", "2023-02-19", "day", loc("Kawuri", "Kawuri, in Konduga district", "Borno State", "NG", 11.65, 13.42, "region"),
    ISW, "rebel_group", NGC, "civilians", best=8,
    evidence="Eight of the dead were from Kawuri, in Konduga district, he said.")},
 ev(VAC, "attack", "2023-02-19", "day", loc("Dalwa", "Dalwa", "Borno State", "NG", 11.65, 13.42, "region"),
    ISW, "rebel_group", NGC, "civilians",
    evidence="Jihadist fighters killed at least 15 farmers in attacks on the villages of Kawuri, Dalwa and Mafa in Nigeria's northeastern Borno state on Sunday, residents and a militia leader said."),
 ev(VAC, "attack", "2023-02-19", "day", loc("Mafa", "Mafa", "Borno State", "NG", 11.92, 13.6, "town"),
    ISW, "rebel_group", NGC, "civilians",
    evidence="Jihadist fighters killed at least 15 farmers in attacks on the villages of Kawuri, Dalwa and Mafa in Nigeria's northeastern Borno state on Sunday, residents and a militia leader said."),
 ev(B, "armed_clash", "2023-02-20", "day", loc("Konduga", "the road between Konduga and Bama", "Borno State", "NG", 11.65, 13.42, "region"),
    "Military Forces of Nigeria", "state_forces", ISW, "rebel_group", best=11,
    evidence="On Monday, soldiers backed by militiamen clashed with the jihadists on the road between Konduga and Bama, killing 11 insurgents, the army said in a statement."),
]
e[0]["location"]["coords_note"] = "Kawuri and Dalwa are villages of Konduga LGA; Konduga's coordinates"
e[1]["location"]["coords_note"] = "village of Konduga LGA; Konduga's coordinates"
e[3]["location"]["coords_note"] = "a route of about 25 km; Konduga's coordinates"
arts.append(("probe-multiplace-2", "2023-02-21", t, e))

# ---- 3 Burkina Faso (Mon 2023-10-02)
t = """Militants attack army posts across northern Burkina Faso

OUAGADOUGOU, Oct 2 - Jihadist fighters attacked army and volunteer militia positions in several towns including Djibo, Arbinda and Gorom-Gorom on Saturday, security sources said, in one of the most coordinated assaults this year.

Soldiers repelled the attacks after several hours of fighting, the army said in a statement on Sunday, without giving its own losses. A security source in Djibo said at least 12 soldiers and auxiliaries were killed in the town alone.

The Group for Support of Islam and Muslims (JNIM), linked to al Qaeda, claimed the assaults on the three towns. Wounded soldiers from Arbinda were flown by helicopter to Ouagadougou.

Separately, suspected jihadists ambushed a supply convoy escorted by soldiers on Friday on the road from Kaya to Barsalogho in the Centre-Nord region, a local official said, without giving a toll.

Burkina Faso, ruled by a military junta since 2022, has lost control of large parts of its territory to armed groups. More than two million people have fled their homes, many of them to Kaya and Ouagadougou."""
JN, BFM = "JNIM: Group for Support of Islam and Muslims", "Military Forces of Burkina Faso"
e = [
 ev(B, "armed_clash", "2023-09-30", "day", loc("Djibo", "Djibo", "Sahel Region", "BF", 14.1, -1.63, "town"),
    JN, "rebel_group", BFM, "state_forces", best=12, low=12,
    evidence="A security source in Djibo said at least 12 soldiers and auxiliaries were killed in the town alone."),
 ev(B, "armed_clash", "2023-09-30", "day", loc("Arbinda", "Arbinda", "Sahel Region", "BF", 14.23, -0.87, "town"),
    JN, "rebel_group", BFM, "state_forces",
    evidence="Jihadist fighters attacked army and volunteer militia positions in several towns including Djibo, Arbinda and Gorom-Gorom on Saturday, security sources said, in one of the most coordinated assaults this year."),
 ev(B, "armed_clash", "2023-09-30", "day", loc("Gorom-Gorom", "Gorom-Gorom", "Sahel Region", "BF", 14.44, -0.23, "town"),
    JN, "rebel_group", BFM, "state_forces",
    evidence="Jihadist fighters attacked army and volunteer militia positions in several towns including Djibo, Arbinda and Gorom-Gorom on Saturday, security sources said, in one of the most coordinated assaults this year."),
 ev(B, "armed_clash", "2023-09-29", "day", loc("Barsalogho", "the road from Kaya to Barsalogho", "Centre-Nord Region", "BF", 13.42, -1.06, "region"),
    "Unidentified jihadist group (Burkina Faso)", "rebel_group", BFM, "state_forces",
    evidence="Separately, suspected jihadists ambushed a supply convoy escorted by soldiers on Friday on the road from Kaya to Barsalogho in the Centre-Nord region, a local official said, without giving a toll."),
]
e[3]["location"]["coords_note"] = "a route of about 40 km between Kaya (13.09, -1.08) and Barsalogho"
arts.append(("probe-multiplace-3", "2023-10-02", t, e))

# ---- 4 Syria (Thu 2019-05-09)
t = """Air strikes pound Idlib towns as offensive widens

BEIRUT, May 9 (Reuters) - Syrian and Russian warplanes struck Ariha and Jisr al-Shughur in Idlib province on Wednesday, killing at least nine civilians, a war monitor said.

Six of the dead were in Ariha, where the raids hit a vegetable market, and three in Jisr al-Shughur, the Syrian Observatory for Human Rights said.

In Kafr Nabudah, near Qalaat al-Madiq in northern Hama, government troops and Hayat Tahrir al-Sham fighters clashed on Wednesday for a second day, with 14 combatants killed on both sides, the Observatory said.

On Wednesday evening a car bomb exploded in the town of Azaz, near the Turkish border, killing four people outside a mosque. No group claimed responsibility.

More than 150,000 people have fled from southern Idlib to camps near Atmeh on the Turkish border since late April, the United Nations said."""
SYM, SYC = "Military Forces of Syria", "Civilians (Syria)"
e = [
 ev(ERV, "air_drone_strike", "2019-05-08", "day", loc("Ariha", "Ariha", "Idlib Governorate", "SY", 35.81, 36.61, "town"),
    SYM, "state_forces", SYC, "civilians", best=6,
    evidence="Six of the dead were in Ariha, where the raids hit a vegetable market, and three in Jisr al-Shughur, the Syrian Observatory for Human Rights said."),
 ev(ERV, "air_drone_strike", "2019-05-08", "day", loc("Jisr ash Shughur", "Jisr al-Shughur", "Idlib Governorate", "SY", 35.81, 36.32, "town"),
    SYM, "state_forces", SYC, "civilians", best=3,
    evidence="Six of the dead were in Ariha, where the raids hit a vegetable market, and three in Jisr al-Shughur, the Syrian Observatory for Human Rights said."),
 ev(B, "armed_clash", "2019-05-08", "day", loc("Kafr Nabudah", "Kafr Nabudah, near Qalaat al-Madiq in northern Hama", "Hama Governorate", "SY", 35.44, 36.5, "town"),
    SYM, "state_forces", "HTS: Hayat Tahrir al-Sham", "rebel_group", best=14,
    evidence="In Kafr Nabudah, near Qalaat al-Madiq in northern Hama, government troops and Hayat Tahrir al-Sham fighters clashed on Wednesday for a second day, with 14 combatants killed on both sides, the Observatory said."),
 ev(ERV, "remote_explosive_landmine_ied", "2019-05-08", "day", loc("Azaz", "the town of Azaz, near the Turkish border", "Aleppo Governorate", "SY", 36.59, 37.05, "town"),
    "Unidentified Armed Group (Syria)", "unknown", SYC, "civilians", best=4,
    evidence="On Wednesday evening a car bomb exploded in the town of Azaz, near the Turkish border, killing four people outside a mosque."),
]
e[2]["location"]["coords_note"] = "approximate"
arts.append(("probe-multiplace-4", "2019-05-09", t, e))

# ---- 5 Myanmar (Thu 2023-04-13), no dateline
t = """Myanmar junta jets bomb two Sagaing towns

Myanmar military jets bombed Kanbalu and Ye-U in the central Sagaing region on Tuesday, killing at least seven people, residents and a local resistance group said.

Four people died in Kanbalu when a bomb hit a monastery sheltering displaced families, a resident said by phone. In Ye-U, a school was destroyed and three villagers were killed. The injured were carried to a clinic in Shwebo, the district town, about 50 km away.

Fighters of the People's Defence Force attacked a police station in Mandalay's Pyigyidagun township on Wednesday night, killing two police officers, a PDF spokesman said. The military did not comment.

On Monday, resistance forces and junta troops fought along the road between Salingyi and Pale in the west of the region. There was no word on casualties.

The military seized power in a coup in February 2021 and has since relied heavily on air power against a widening armed resistance."""
MMM, MMC = "Military Forces of Myanmar", "Civilians (Myanmar)"
e = [
 ev(ERV, "air_drone_strike", "2023-04-11", "day", loc("Kanbalu", "Kanbalu", "Sagaing Region", "MM", 23.2, 95.52, "town"),
    MMM, "state_forces", MMC, "civilians", best=4,
    evidence="Four people died in Kanbalu when a bomb hit a monastery sheltering displaced families, a resident said by phone."),
 ev(ERV, "air_drone_strike", "2023-04-11", "day", loc("Ye-U", "Ye-U", "Sagaing Region", "MM", 22.77, 95.43, "town"),
    MMM, "state_forces", MMC, "civilians", best=3,
    evidence="In Ye-U, a school was destroyed and three villagers were killed."),
 ev(B, "armed_clash", "2023-04-12", "day", loc("Mandalay", "Mandalay's Pyigyidagun township", "Mandalay Region", "MM", 21.97, 96.08, "town"),
    "PDF: People's Defence Force", "rebel_group", "Police Forces of Myanmar", "state_forces", best=2,
    evidence="Fighters of the People's Defence Force attacked a police station in Mandalay's Pyigyidagun township on Wednesday night, killing two police officers, a PDF spokesman said."),
 ev(B, "armed_clash", "2023-04-10", "day", loc("Salingyi", "the road between Salingyi and Pale", "Sagaing Region", "MM", 22.11, 95.14, "region"),
    "PDF: People's Defence Force", "rebel_group", MMM, "state_forces",
    evidence="On Monday, resistance forces and junta troops fought along the road between Salingyi and Pale in the west of the region."),
]
e.append(ev("strategic_developments", "other", "2021-02-15", "month", loc("Myanmar", None, None, "MM", 19.75, 96.13, "country"),
    MMM, "state_forces", None, None,
    evidence="The military seized power in a coup in February 2021 and has since relied heavily on air power against a widening armed resistance.", bg=True))
e[3]["location"]["coords_note"] = "route of about 30 km west of Monywa; Monywa's coordinates"
arts.append(("probe-multiplace-5", "2023-04-13", t, e))

# ---- 6 Pakistan (Sat 2024-03-16)
t = """Nine soldiers killed as militants storm checkpoints in northwest Pakistan

PESHAWAR, Pakistan, March 16 - Militants attacked security checkpoints in Bannu and Lakki Marwat districts of Khyber Pakhtunkhwa province before dawn on Saturday, killing nine soldiers, the military said.

The Pakistani Taliban (TTP) claimed both attacks. The bodies of the soldiers were flown to the Combined Military Hospital in Peshawar.

On Friday, a roadside bomb struck a military vehicle in the town of Mir Ali, in North Waziristan near the Afghan border, wounding three soldiers, security officials said.

Later on Saturday, troops killed six militants in a shootout in Bannu's Jani Khel area, the military's media wing said.

Attacks on security forces have surged in the province since the Afghan Taliban returned to power in Kabul in August 2021."""
TTP, PKM = "TTP: Tehrik-i-Taliban Pakistan", "Military Forces of Pakistan"
e = [
 ev(B, "armed_clash", "2024-03-16", "day", loc("Bannu", "Bannu", "Khyber Pakhtunkhwa", "PK", 32.99, 70.6, "region"),
    TTP, "rebel_group", PKM, "state_forces",
    evidence="Militants attacked security checkpoints in Bannu and Lakki Marwat districts of Khyber Pakhtunkhwa province before dawn on Saturday, killing nine soldiers, the military said."),
 ev(B, "armed_clash", "2024-03-16", "day", loc("Lakki Marwat", "Lakki Marwat", "Khyber Pakhtunkhwa", "PK", 32.61, 70.91, "region"),
    TTP, "rebel_group", PKM, "state_forces",
    evidence="Militants attacked security checkpoints in Bannu and Lakki Marwat districts of Khyber Pakhtunkhwa province before dawn on Saturday, killing nine soldiers, the military said."),
 ev(ERV, "remote_explosive_landmine_ied", "2024-03-15", "day", loc("Mir Ali", "the town of Mir Ali, in North Waziristan", "Khyber Pakhtunkhwa", "PK", 33.02, 70.27, "town"),
    "Unidentified Armed Group (Pakistan)", "unknown", PKM, "state_forces", injured=3,
    evidence="On Friday, a roadside bomb struck a military vehicle in the town of Mir Ali, in North Waziristan near the Afghan border, wounding three soldiers, security officials said."),
 ev(B, "armed_clash", "2024-03-16", "day", loc("Jani Khel", "Bannu's Jani Khel area", "Khyber Pakhtunkhwa", "PK", 32.99, 70.6, "region"),
    PKM, "state_forces", "Unidentified Armed Group (Pakistan)", "unknown", best=6,
    evidence="Later on Saturday, troops killed six militants in a shootout in Bannu's Jani Khel area, the military's media wing said."),
]
e[3]["location"]["coords_note"] = "area of Bannu district; Bannu's coordinates"
arts.append(("probe-multiplace-6", "2024-03-16", t, e))

# ---- 7 Sudan (Wed 2024-06-05)
t = """Drones hit army sites in Sudan's River Nile state; shelling kills 12 in El Fasher

PORT SUDAN, June 5 - Drones struck army positions in Shendi and Atbara in River Nile state on Tuesday, the army said, blaming the paramilitary Rapid Support Forces (RSF). It reported no casualties.

In the western city of El Fasher in North Darfur state, RSF shelling killed 12 civilians on Tuesday, among them five children, a doctors' group said. The wounded were taken to the Saudi Hospital, one of the last medical facilities still working in the city.

The army and the RSF also clashed on Monday along the road between Sennar and Singa, in the southeast, residents said.

Tens of thousands of people have fled El Fasher for Tawila, west of the city, since May, the United Nations said."""
RSF, SDM = "RSF: Rapid Support Forces", "Military Forces of Sudan"
e = [
 ev(ERV, "air_drone_strike", "2024-06-04", "day", loc("Shendi", "Shendi", "River Nile State", "SD", 16.69, 33.43, "town"),
    RSF, "rebel_group", SDM, "state_forces", best=0,
    evidence="Drones struck army positions in Shendi and Atbara in River Nile state on Tuesday, the army said, blaming the paramilitary Rapid Support Forces (RSF)."),
 ev(ERV, "air_drone_strike", "2024-06-04", "day", loc("Atbara", "Atbara", "River Nile State", "SD", 17.7, 33.99, "town"),
    RSF, "rebel_group", SDM, "state_forces", best=0,
    evidence="Drones struck army positions in Shendi and Atbara in River Nile state on Tuesday, the army said, blaming the paramilitary Rapid Support Forces (RSF)."),
 ev(ERV, "shelling_artillery_missile_attack", "2024-06-04", "day", loc("El Fasher", "the western city of El Fasher in North Darfur state", "North Darfur State", "SD", 13.63, 25.35, "town"),
    RSF, "rebel_group", "Civilians (Sudan)", "civilians", best=12,
    evidence="In the western city of El Fasher in North Darfur state, RSF shelling killed 12 civilians on Tuesday, among them five children, a doctors' group said."),
 ev(B, "armed_clash", "2024-06-03", "day", loc("Singa", "the road between Sennar and Singa", "Sennar State", "SD", 13.36, 33.75, "region"),
    SDM, "state_forces", RSF, "rebel_group",
    evidence="The army and the RSF also clashed on Monday along the road between Sennar and Singa, in the southeast, residents said."),
]
e[3]["location"]["coords_note"] = "route of about 60 km; midpoint between Sennar and Singa"
arts.append(("probe-multiplace-7", "2024-06-05", t, e))

out = pathlib.Path(__file__).with_name("probe-multiplace.jsonl")
with out.open("w") as f:
    for i, pub, text, events in arts:
        for x in events:
            assert x["evidence"] in text, (i, x["evidence"][:40])
        f.write(json.dumps({"id": i, "url": None, "title": text.split("\n")[0], "published": pub,
                            "text": text, "events": events}) + "\n")
print(out)

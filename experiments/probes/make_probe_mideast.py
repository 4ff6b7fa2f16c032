"""Build probe-mideast.jsonl: six own-written Middle East wire reports (West Bank raids and settler
attacks, Gaza strikes on shelters with health-ministry tolls, south Lebanon, Syria after 2024, Iraq,
Yemen), hand-coded by NOTES.md. Idioms under test: "according to Gaza's health ministry",
"medics said", "an IDF spokesperson", camps named like towns, "the village of X near Y"."""
import json, pathlib

from probe_gold import ev, loc  # noqa: E402

ERV, AIR, SHL = "explosions_remote_violence", "air_drone_strike", "shelling_artillery_missile_attack"
B, AC = "battles", "armed_clash"
VAC, ATT = "violence_against_civilians", "attack"
RIO, MOB = "riots", "mob_violence"
SD = "strategic_developments"
IL, US = "Military Forces of Israel", "Military Forces of the United States"
S, R, U, C = "state_forces", "rebel_group", "unknown", "civilians"
arts = []

# ---- 1 West Bank
t = """Israeli drone strike kills three in Jenin camp; settlers torch homes near Nablus

JENIN, West Bank (AP) — An Israeli drone strike killed three Palestinians in the Jenin refugee camp on Wednesday, the Palestinian health ministry said, as troops pressed on with one of the largest operations in the northern West Bank in months.

The Israeli military said the strike targeted a cell of gunmen who had opened fire on soldiers operating in the camp. It did not name the men. Residents reported bulldozers tearing up the main road leading into the camp.

In Nur Shams camp, east of Tulkarm, soldiers traded fire with Palestinian fighters for several hours overnight into Thursday, and an IDF spokesperson said one soldier was lightly wounded. The Tulkarm Brigade, a local armed group, said its members had confronted the troops in the alleys of the camp.

Separately, dozens of Israeli settlers stormed the village of Burin near Nablus late on Tuesday, hurling stones and setting fire to two houses and several cars, according to the village council. A 23-year-old man suffered a head wound from a thrown rock; medics said he was taken to hospital in Nablus in stable condition. Soldiers who arrived later fired tear gas at residents, the council said.

The military said it was looking into the incident.

The operation began early on Wednesday with simultaneous raids on Jenin, Tulkarm and Tubas. Earlier this month, a settler mob rampaged through the village of Jit, near Qalqilya, killing a 19-year-old resident, in an assault that drew condemnation from the United States."""
e = [
 ev(ERV, AIR, "2024-08-28", "day", loc("Jenin", "the Jenin refugee camp", "West Bank", "PS", 32.46, 35.3),
    IL, S, "Unidentified Armed Group (Palestine)", U, best=3,
    evidence="An Israeli drone strike killed three Palestinians in the Jenin refugee camp on Wednesday, the Palestinian health ministry said, as troops pressed on with one of the largest operations in the northern West Bank in months."),
 ev(B, AC, "2024-08-29", "day", loc("Nur Shams Camp", "Nur Shams camp, east of Tulkarm", "West Bank", "PS", 32.31, 35.06),
    IL, S, "Tulkarm Brigade", R, injured=1,
    evidence="In Nur Shams camp, east of Tulkarm, soldiers traded fire with Palestinian fighters for several hours overnight into Thursday, and an IDF spokesperson said one soldier was lightly wounded."),
 ev(RIO, MOB, "2024-08-27", "day", loc("Burin", "the village of Burin near Nablus", "West Bank", "PS", 32.17, 35.25),
    "Rioters (Israel): Israeli settlers", "rioters", "Civilians (Palestine)", C, injured=1,
    evidence="Separately, dozens of Israeli settlers stormed the village of Burin near Nablus late on Tuesday, hurling stones and setting fire to two houses and several cars, according to the village council."),
 ev(RIO, MOB, "2024-08-15", "month", loc("Jit", "the village of Jit, near Qalqilya", "West Bank", "PS", 32.22, 35.17),
    "Rioters (Israel): Israeli settlers", "rioters", "Civilians (Palestine)", C, best=1,
    evidence="Earlier this month, a settler mob rampaged through the village of Jit, near Qalqilya, killing a 19-year-old resident, in an assault that drew condemnation from the United States.", bg=True),
]
arts.append(("probe-mideast-1", "2024-08-29", t, e))

# ---- 2 Gaza
t = """Israeli strike on Gaza school sheltering displaced kills 28, health ministry says

An Israeli air strike on a school housing displaced families in Deir al-Balah in central Gaza killed at least 28 people on Thursday, according to Gaza's health ministry, which said dozens more were wounded.

The Israeli military said its jets struck a Hamas command centre operating inside the compound and that it had taken steps to reduce the risk to civilians, including the use of precise munitions and aerial surveillance.

Medics said the dead at the school included women and children, where several thousand people had been sheltering.

Overnight, an air strike on a tent encampment in al-Mawasi, west of Khan Younis, killed five members of one family, medics at Nasser Hospital said. The military did not comment on that strike.

In the north, troops pushed deeper into Jabalia refugee camp for a fifth day, and Hamas's armed wing said its fighters had fired anti-tank missiles at two Israeli tanks near the camp's market on Wednesday. Residents reported heavy gunfire and said families were trapped in their homes.

Gaza's civil defence agency said on Thursday its crews had been unable to reach at least 40 bodies in Jabalia.

The war began after the Hamas-led attack on southern Israel last year. Israel's campaign has since killed more than 42,000 Palestinians, according to the health ministry."""
e = [
 ev(ERV, AIR, "2024-10-10", "day", loc("Deir al-Balah", "Deir al-Balah in central Gaza", "Gaza Strip", "PS", 31.42, 34.35),
    IL, S, "Civilians (Palestine)", C, best=28, low=28,
    evidence="An Israeli air strike on a school housing displaced families in Deir al-Balah in central Gaza killed at least 28 people on Thursday, according to Gaza's health ministry, which said dozens more were wounded."),
 ev(ERV, AIR, "2024-10-10", "day", loc("Al Mawasi", "al-Mawasi, west of Khan Younis", "Gaza Strip", "PS", 31.36, 34.27),
    IL, S, "Civilians (Palestine)", C, best=5,
    evidence="Overnight, an air strike on a tent encampment in al-Mawasi, west of Khan Younis, killed five members of one family, medics at Nasser Hospital said."),
 ev(B, AC, "2024-10-09", "day", loc("Jabalia", "near the camp's market", "Gaza Strip", "PS", 31.53, 34.48),
    "Hamas Movement", R, IL, S,
    evidence="In the north, troops pushed deeper into Jabalia refugee camp for a fifth day, and Hamas's armed wing said its fighters had fired anti-tank missiles at two Israeli tanks near the camp's market on Wednesday."),
]
arts.append(("probe-mideast-2", "2024-10-10", t, e))

# ---- 3 Lebanon
t = """Israeli strikes pound south Lebanon towns as Hezbollah fires rockets at Kiryat Shmona

BEIRUT, Oct 22 (Reuters) - Israeli air strikes on the southern Lebanese town of Nabatieh killed six people on Tuesday, including two paramedics, Lebanon's health ministry said, as Israel widened its campaign against Hezbollah.

An IDF spokesperson said jets had hit Hezbollah weapons depots and a rocket launch site in the town. Residents reported at least five buildings flattened in the old market area.

Late on Monday, a drone strike on a car on the road between Tyre and the village of Maarakeh killed two men, the state-run National News Agency said. Hezbollah later mourned one of them as a "martyr" without saying how he died.

Hezbollah said it had fired a barrage of rockets at the northern Israeli town of Kiryat Shmona on Tuesday morning. Israel's ambulance service said a 60-year-old man was lightly hurt by shrapnel, and the military said most of the projectiles were intercepted.

Israeli troops and Hezbollah fighters also clashed on Tuesday on the outskirts of Aitaroun, near the border, the group said, claiming to have destroyed a Merkava tank. The Israeli military said two soldiers were killed in fighting in southern Lebanon on Monday, without giving a location.

Lebanon's health ministry puts the death toll since October last year at more than 2,400."""
e = [
 ev(ERV, AIR, "2024-10-22", "day", loc("Nabatieh", "the southern Lebanese town of Nabatieh", "Nabatieh Governorate", "LB", 33.38, 35.48),
    IL, S, "Civilians (Lebanon)", C, best=6,
    evidence="Israeli air strikes on the southern Lebanese town of Nabatieh killed six people on Tuesday, including two paramedics, Lebanon's health ministry said, as Israel widened its campaign against Hezbollah."),
 ev(ERV, AIR, "2024-10-21", "day", loc("Maarakeh", "the road between Tyre and the village of Maarakeh", "South Governorate", "LB", 33.28, 35.31),
    IL, S, "Hezbollah", R, best=2,
    evidence="Late on Monday, a drone strike on a car on the road between Tyre and the village of Maarakeh killed two men, the state-run National News Agency said."),
 ev(ERV, SHL, "2024-10-22", "day", loc("Kiryat Shmona", "the northern Israeli town of Kiryat Shmona", "Northern District", "IL", 33.21, 35.57),
    "Hezbollah", R, "Civilians (Israel)", C, injured=1,
    evidence="Hezbollah said it had fired a barrage of rockets at the northern Israeli town of Kiryat Shmona on Tuesday morning."),
 ev(SD, "disrupted_weapons_use", "2024-10-22", "day", loc("Kiryat Shmona", "Kiryat Shmona", "Northern District", "IL", 33.21, 35.57),
    IL, S, "Hezbollah", R,
    evidence="Israel's ambulance service said a 60-year-old man was lightly hurt by shrapnel, and the military said most of the projectiles were intercepted."),
 ev(B, AC, "2024-10-22", "day", loc("Aitaroun", "the outskirts of Aitaroun, near the border", "Nabatieh Governorate", "LB", 33.12, 35.47),
    "Hezbollah", R, IL, S,
    evidence="Israeli troops and Hezbollah fighters also clashed on Tuesday on the outskirts of Aitaroun, near the border, the group said, claiming to have destroyed a Merkava tank."),
 {**ev(B, AC, "2024-10-21", "day", loc("South Governorate", "southern Lebanon", "South Governorate", "LB", 33.56, 35.37, "admin1"),
    "Hezbollah", R, IL, S, best=2,
    evidence="The Israeli military said two soldiers were killed in fighting in southern Lebanon on Monday, without giving a location.")},
]
arts.append(("probe-mideast-3", "2024-10-22", t, e))

# ---- 4 Syria
t = """Turkish drone kills four SDF fighters near Tishrin Dam; Islamic State ambush in Badia

A Turkish drone strike hit a vehicle carrying fighters of the Kurdish-led SDF alliance near the Tishrin Dam, south-east of Kobani, on Wednesday, killing all four, a Britain-based war monitor said.

The SDF, which controls much of north-east Syria, accused Ankara of trying to undermine its agreement with the new authorities in Damascus, signed on Monday, to merge its civilian and military institutions into the state. Turkey's defence ministry said it had "neutralised" 11 "terrorists" in northern Syria over the past week without giving locations.

In the central Badia desert, suspected Islamic State gunmen ambushed a convoy of the new government's security forces near al-Sukhnah, east of Palmyra, late on Tuesday, killing three personnel, the interior ministry said.

In the western countryside of Homs, gunmen on motorbikes shot dead a man and his two sons in the town of Talkalakh on Monday evening, the monitor said, blaming a "sectarian" motive. Local sources said the victims belonged to the Alawite minority. The authorities said they had arrested two suspects on Wednesday.

Syria's coastal provinces saw the worst bloodshed since the fall of Bashar al-Assad last week, when hundreds of civilians were killed after an insurgency by Assad loyalists."""
SYG = "Military Forces of Syria (2024-)"
e = [
 ev(ERV, AIR, "2025-03-12", "day", loc("Tishrin Dam", "near the Tishrin Dam, south-east of Kobani", "Aleppo Governorate", "SY", 36.38, 38.18),
    "Military Forces of Turkey", S, "SDF: Syrian Democratic Forces", R, best=4,
    evidence="A Turkish drone strike hit a vehicle carrying fighters of the Kurdish-led SDF alliance near the Tishrin Dam, south-east of Kobani, on Wednesday, killing all four, a Britain-based war monitor said."),
 ev(SD, "agreement", "2025-03-10", "day", loc("Damascus", "Damascus", "Damascus Governorate", "SY", 33.51, 36.29),
    "Government of Syria (2024-)", S, "SDF: Syrian Democratic Forces", R,
    evidence="The SDF, which controls much of north-east Syria, accused Ankara of trying to undermine its agreement with the new authorities in Damascus, signed on Monday, to merge its civilian and military institutions into the state.", bg=True),
 ev(B, AC, "2025-03-11", "day", loc("As Sukhnah", "near al-Sukhnah, east of Palmyra", "Homs Governorate", "SY", 34.89, 38.87),
    "Islamic State", R, "Security Forces of Syria (2024-)", S, best=3,
    evidence="In the central Badia desert, suspected Islamic State gunmen ambushed a convoy of the new government's security forces near al-Sukhnah, east of Palmyra, late on Tuesday, killing three personnel, the interior ministry said."),
 ev(VAC, ATT, "2025-03-10", "day", loc("Tall Kalakh", "the town of Talkalakh", "Homs Governorate", "SY", 34.67, 36.26),
    "Unidentified Armed Group (Syria)", U, "Civilians (Syria)", C, best=3,
    evidence="In the western countryside of Homs, gunmen on motorbikes shot dead a man and his two sons in the town of Talkalakh on Monday evening, the monitor said, blaming a \"sectarian\" motive."),
 ev(SD, "arrests", "2025-03-12", "day", loc("Tall Kalakh", "Talkalakh", "Homs Governorate", "SY", 34.67, 36.26),
    "Security Forces of Syria (2024-)", S, "Unidentified Armed Group (Syria)", U,
    evidence="The authorities said they had arrested two suspects on Wednesday."),
]
arts.append(("probe-mideast-4", "2025-03-13", t, e))

# ---- 5 Iraq
t = """Drone shot down near Erbil airport; Islamic State attack kills three PMF fighters

ERBIL, Iraq, July 12 — An explosive-laden drone targeted Erbil International Airport late on Thursday, the Kurdistan Region's counter-terrorism service said, in the latest in a string of attacks on the facility, which hosts US-led coalition troops.

The drone was shot down by US air defences before it reached the perimeter and there were no casualties, the service said in a statement. No group claimed responsibility, but Kurdish officials have previously blamed Iran-backed factions within the Popular Mobilisation Forces (PMF) for similar attacks.

In Salahuddin province, Islamic State militants attacked a PMF checkpoint near the town of Tuz Khurmatu on Thursday night, killing three fighters and wounding two others, a PMF statement said. The attackers fled towards the Hamrin mountains after an hour-long gunfight, a local security official said.

Separately, Iraqi security forces arrested a man suspected of planning bombings for Islamic State in the city of Kirkuk on Friday morning, the interior ministry said.

In January, Iran's Revolutionary Guards fired ballistic missiles at a residential area of Erbil, killing four civilians, including a prominent businessman. Tehran said it had targeted an Israeli spy base, a claim denied by Baghdad and Kurdish leaders."""
e = [
 ev(SD, "disrupted_weapons_use", "2024-07-11", "day", loc("Erbil", "Erbil International Airport", "Erbil Governorate", "IQ", 36.19, 44.01),
    US, S, "Unidentified Armed Group (Iraq)", U, best=0,
    evidence="The drone was shot down by US air defences before it reached the perimeter and there were no casualties, the service said in a statement."),
 ev(B, AC, "2024-07-11", "day", loc("Tuz Khurmatu", "near the town of Tuz Khurmatu", "Salah ad Din Governorate", "IQ", 34.88, 44.63),
    "Islamic State", R, "PMF: Popular Mobilization Forces", S, best=3, injured=2,
    evidence="In Salahuddin province, Islamic State militants attacked a PMF checkpoint near the town of Tuz Khurmatu on Thursday night, killing three fighters and wounding two others, a PMF statement said."),
 ev(SD, "arrests", "2024-07-12", "day", loc("Kirkuk", "the city of Kirkuk", "Kirkuk Governorate", "IQ", 35.47, 44.39),
    "Security Forces of Iraq", S, "Islamic State", R,
    evidence="Separately, Iraqi security forces arrested a man suspected of planning bombings for Islamic State in the city of Kirkuk on Friday morning, the interior ministry said."),
 ev(ERV, SHL, "2024-01-15", "month", loc("Erbil", "a residential area of Erbil", "Erbil Governorate", "IQ", 36.19, 44.01),
    "Military Forces of Iran (IRGC)", S, "Civilians (Iraq)", C, best=4,
    evidence="In January, Iran's Revolutionary Guards fired ballistic missiles at a residential area of Erbil, killing four civilians, including a prominent businessman.", bg=True),
]
arts.append(("probe-mideast-5", "2024-07-12", t, e))

# ---- 6 Yemen
t = """US strikes on Yemen fuel port kill 38, Houthi-run health ministry says

DUBAI, April 18 (Reuters) - U.S. air strikes on the Ras Isa fuel terminal north of Hodeidah left at least 38 people dead and 102 wounded overnight, the Houthi-run health ministry said on Friday, in what would be the deadliest attack of Washington's campaign against the Iran-aligned group.

U.S. Central Command said the strikes were meant to cut off a source of fuel and revenue for the Houthis, who have attacked shipping in the Red Sea. Al-Masirah TV, run by the group, aired footage of burning storage tanks and said port workers and paramedics were among the dead.

The Houthis said they had launched a ballistic missile at Ben Gurion Airport near Tel Aviv on Friday morning. Israel's military said it intercepted the missile over central Israel.

On Wednesday, U.S. strikes on Bani Matar district, west of the capital Sanaa, hit a telecommunications building, killing two people, residents said.

Yemen's UN-recognised government said separately that Houthi fighters had attacked its positions south of Marib city on Thursday, and that six of its soldiers and at least 15 Houthi fighters were killed in the fighting.

The United States began its latest wave of strikes on the Houthis in mid-March, vowing to continue until the group stopped targeting vessels."""
HOU, YEM = "Houthi Movement", "Military Forces of Yemen"
e = [
 ev(ERV, AIR, "2025-04-18", "day", loc("Ras Isa", "the Ras Isa fuel terminal north of Hodeidah", "Al Hudaydah Governorate", "YE", 15.18, 42.83),
    US, S, "Civilians (Yemen)", C, best=38, low=38, injured=102,
    evidence="U.S. air strikes on the Ras Isa fuel terminal north of Hodeidah left at least 38 people dead and 102 wounded overnight, the Houthi-run health ministry said on Friday, in what would be the deadliest attack of Washington's campaign against the Iran-aligned group."),
 ev(SD, "disrupted_weapons_use", "2025-04-18", "day", loc("Tel Aviv", "central Israel", "Tel Aviv District", "IL", 32.08, 34.78, "region"),
    IL, S, HOU, R,
    evidence="Israel's military said it intercepted the missile over central Israel."),
 {**ev(ERV, AIR, "2025-04-16", "day", loc("Bani Matar", "Bani Matar district, west of the capital Sanaa", "Sanaa Governorate", "YE", 15.3, 43.95, "region"),
    US, S, "Civilians (Yemen)", C, best=2,
    evidence="On Wednesday, U.S. strikes on Bani Matar district, west of the capital Sanaa, hit a telecommunications building, killing two people, residents said.")},
 ev(B, AC, "2025-04-17", "day", loc("Marib", "south of Marib city", "Marib Governorate", "YE", 15.46, 45.33, "region"),
    HOU, R, YEM, S, best=21, low=21,
    evidence="Yemen's UN-recognised government said separately that Houthi fighters had attacked its positions south of Marib city on Thursday, and that six of its soldiers and at least 15 Houthi fighters were killed in the fighting."),
]
e[2]["location"]["coords_note"] = "approximate centre of Bani Matar district"
arts.append(("probe-mideast-6", "2025-04-18", t, e))

out = pathlib.Path(__file__).with_name("probe-mideast.jsonl")
with out.open("w") as f:
    for i, pub, text, events in arts:
        for x in events:
            assert x["evidence"] in text, (i, x["evidence"][:40])
        f.write(json.dumps({"id": i, "url": None, "title": text.split("\n")[0], "published": pub,
                            "text": text, "events": events}) + "\n")
print(out)

"""Builds probe-pmagh.jsonl: own-written articles on conflict and unrest in North Africa (Tripoli armed
groups, drones on a western Libyan airbase and a clash on the Misrata-Sirte road, a North Sinai army
statement, a coastguard shooting and detention-centre beatings in a monitor's report, Western Sahara,
riots and marches in Tunisia and Algeria, a kidnapping in southern Libya; not dev text)."""
import json
from pathlib import Path


from probe_gold import ev, loc  # noqa: E402


arts = []
BAT, ERV, VAC, PRO, RIO, SD = ("battles", "explosions_remote_violence", "violence_against_civilians",
                               "protests", "riots", "strategic_developments")
GNU = "Military Forces of Libya (GNU)"
LNA = "Military Forces of Libya (LNA, Haftar)"

# 1 Tripoli: two armed groups fight in the southern districts; a truce the next day (wire)
t1 = """Six killed as rival armed groups clash in Libyan capital

TRIPOLI, May 12 (Reuters) - Heavy fighting erupted late on Monday between two of the most powerful armed groups in Tripoli, killing at least six people, two of them civilians, and shutting the capital's only working airport, medics and residents said.

Bursts of machinegun fire and loud blasts were heard from about 10 p.m. in the Abu Salim and Salah al-Din districts in the south of the city, where fighters of the Stability Support Apparatus (SSA) battled the 444 Combat Brigade, a unit that answers to the defence ministry of the Tripoli-based Government of National Unity (GNU). Residents said rocket-propelled grenades struck several blocks of flats and that families sheltered in stairwells until dawn.

The Emergency Medicine Centre said on Tuesday that six people had died and 23 had been wounded. A man and his teenage son were killed when their car came under fire on the airport road, a relative said.

Flights to Mitiga airport were diverted to Misrata and schools in the affected districts stayed closed on Tuesday.

By Tuesday afternoon the guns had fallen silent after the Presidential Council and a delegation of elders from Misrata brokered a truce under which both sides agreed to pull their armoured vehicles back to their barracks, a council spokesman told Reuters. Police units from the interior ministry were deployed at the main junctions.

The UN Support Mission in Libya said it was "deeply alarmed" and urged all sides to spare civilians and settle their differences through dialogue.

The SSA and the 444 Brigade have been rivals for control of the city's southern approaches for years. In August 2023, two days of fighting between the 444 Brigade and the Special Deterrence Force, known as Radaa, killed 55 people in the capital's southern suburbs.

Libya has had little stability since the NATO-backed uprising that toppled Muammar Gaddafi in 2011, and has been split since 2014 between rival administrations in the east and west."""
arts.append({"id": "probe-pmagh-1", "url": None,
             "title": "Six killed as rival armed groups clash in Libyan capital",
             "published": "2026-05-12", "text": t1, "events": [
    ev(BAT, "armed_clash", "2026-05-11", "day",
       loc("Tripoli", "the Abu Salim and Salah al-Din districts in the south of the city", "Tripoli", "LY", 32.89, 13.19),
       "SSA: Stability Support Apparatus", "political_militia", GNU, "state_forces", 6, 6, injured=23,
       evidence="Heavy fighting erupted late on Monday between two of the most powerful armed groups in Tripoli, killing at least six people, two of them civilians, and shutting the capital's only working airport, medics and residents said."),
    ev(SD, "agreement", "2026-05-12", "day",
       loc("Tripoli", "Tripoli", "Tripoli", "LY", 32.89, 13.19),
       GNU, "state_forces", "SSA: Stability Support Apparatus", "political_militia",
       evidence="By Tuesday afternoon the guns had fallen silent after the Presidential Council and a delegation of elders from Misrata brokered a truce under which both sides agreed to pull their armoured vehicles back to their barracks, a council spokesman told Reuters."),
    ev(BAT, "armed_clash", "2023-08-15", "month",
       loc("Tripoli", "the capital's southern suburbs", "Tripoli", "LY", 32.89, 13.19, precision="region"),
       GNU, "state_forces", "Radaa: Special Deterrence Force", "political_militia", 55,
       evidence="In August 2023, two days of fighting between the 444 Brigade and the Special Deterrence Force, known as Radaa, killed 55 people in the capital's southern suburbs.",
       bg=True),
]})

# 2 Western Libya and the coastal road: drones on an airbase, a drone shot down, a clash at Abu Grein (local daily)
t2 = """Drones hit Al-Watiya airbase; two soldiers killed in clash near Abu Grein

Libya Herald | Saturday 21 March 2026

Unidentified drones struck Al-Watiya airbase in western Libya in the early hours of Friday, destroying a hangar and two light aircraft parked near the runway, a military source at the base told the Libya Herald. No casualties were reported.

The Ministry of Defence of the Government of National Unity (GNU) said its air defences had shot down a third drone over the Jmeil area, about 50 kilometres to the north, shortly after the attack. Photos shared on social media showed the wreckage of a fixed-wing drone in a field.

No party has claimed the strike. A spokesman for the Libyan National Army (LNA) of Khalifa Haftar denied any involvement and warned that "any aggression against our positions will be met with a decisive response".

The base, some 140 kilometres south-west of Tripoli, has been used by the GNU and its Turkish allies since they took it from the LNA in May 2020. It was last hit in early July 2020, when unidentified warplanes bombed air-defence systems that Turkey had just installed there.

Further east, the truce line on the coastal road held only loosely this week. Forces of the Misrata-based Joint Operations Force exchanged fire with LNA units near Abu Grein, on the road between Misrata and Sirte, on Thursday evening. Two LNA soldiers were killed and four fighters on the Misrata side were wounded, according to an LNA statement and medics at Misrata Medical Centre.

Local elders in Abu Grein said traffic on the road had resumed by Friday morning.

The 5+5 Joint Military Commission, which brings together officers from both camps, is due to meet in Sirte next week to discuss the withdrawal of foreign fighters."""
arts.append({"id": "probe-pmagh-2", "url": None,
             "title": "Drones hit Al-Watiya airbase; two soldiers killed in clash near Abu Grein",
             "published": "2026-03-21", "text": t2, "events": [
    ev(ERV, "air_drone_strike", "2026-03-20", "day",
       dict(loc("Al Watiyah", "Al-Watiya airbase in western Libya", "An Nuqat al Khams", "LY", 32.48, 11.90),
            coords_note="position of the airbase"),
       "Unidentified Military Forces (Libya)", "unknown", GNU, "state_forces", 0,
       evidence="Unidentified drones struck Al-Watiya airbase in western Libya in the early hours of Friday, destroying a hangar and two light aircraft parked near the runway, a military source at the base told the Libya Herald."),
    ev(SD, "disrupted_weapons_use", "2026-03-20", "day",
       loc("Al Jumayl", "the Jmeil area", "An Nuqat al Khams", "LY", 32.85, 12.06),
       GNU, "state_forces", "Unidentified Military Forces (Libya)", "unknown",
       evidence="The Ministry of Defence of the Government of National Unity (GNU) said its air defences had shot down a third drone over the Jmeil area, about 50 kilometres to the north, shortly after the attack."),
    ev(BAT, "government_regains_territory", "2020-05-15", "month",
       dict(loc("Al Watiyah", "The base", "An Nuqat al Khams", "LY", 32.48, 11.90),
            coords_note="position of the airbase"),
       GNU, "state_forces", LNA, "state_forces",
       evidence="The base, some 140 kilometres south-west of Tripoli, has been used by the GNU and its Turkish allies since they took it from the LNA in May 2020.",
       bg=True),
    ev(ERV, "air_drone_strike", "2020-07-05", "month",
       dict(loc("Al Watiyah", "Al-Watiya airbase", "An Nuqat al Khams", "LY", 32.48, 11.90),
            coords_note="position of the airbase"),
       "Unidentified Military Forces (Libya)", "unknown", "Military Forces of Turkey", "state_forces",
       evidence="It was last hit in early July 2020, when unidentified warplanes bombed air-defence systems that Turkey had just installed there.",
       bg=True),
    ev(BAT, "armed_clash", "2026-03-19", "day",
       dict(loc("Abu Qurayn", "near Abu Grein, on the road between Misrata and Sirte", "Misratah", "LY", 31.45, 15.25),
            coords_note="approximate"),
       GNU, "state_forces", LNA, "state_forces", 2, injured=4,
       evidence="Forces of the Misrata-based Joint Operations Force exchanged fire with LNA units near Abu Grein, on the road between Misrata and Sirte, on Thursday evening."),
]})

# 3 North Sinai: a military spokesman's statement (army statement)
t3 = """Statement by the Military Spokesman of the Armed Forces

Cairo, Sunday 8 February 2026

The Military Spokesman of the Armed Forces announced today that units of the Second Field Army, in cooperation with the Civil Police, carried out a successful raid yesterday, Saturday, on hideouts used by takfiri elements in a mountainous area south of Sheikh Zuweid in North Sinai. An exchange of fire took place in which 9 highly dangerous takfiri elements were killed, while an officer and a conscript were martyred in the performance of their duty. The forces seized 7 automatic rifles, a quantity of ammunition and a four-wheel-drive vehicle.

The spokesman added that on Thursday a security checkpoint west of the city of El Arish came under attack by a group of terrorist elements. The forces at the checkpoint repelled the attack, killing three of the attackers, while a non-commissioned officer sustained a minor injury.

In parallel, military engineering units discovered and safely dismantled 14 explosive devices planted on agricultural roads around Bir al-Abd on Friday, and security forces arrested 6 wanted persons in the El Hassana area on Saturday, who were referred to the competent authorities.

The Armed Forces affirm their determination to continue the comprehensive operation until terrorism is uprooted from the land of Sinai, and recall the sacrifices of the Egyptian people, foremost among them the victims of the treacherous terrorist attack on the Al-Rawda mosque in Bir al-Abd in November 2017, which claimed the lives of more than 300 worshippers.

The General Command of the Armed Forces calls on the people of Sinai to report any suspicious activity on the hotlines."""
SINAI = "Unidentified jihadist group (Egypt)"
arts.append({"id": "probe-pmagh-3", "url": None,
             "title": "Statement by the Military Spokesman of the Armed Forces",
             "published": "2026-02-08", "text": t3, "events": [
    ev(BAT, "armed_clash", "2026-02-07", "day",
       dict(loc("Sheikh Zuweid", "a mountainous area south of Sheikh Zuweid in North Sinai", "North Sinai", "EG", 31.21, 34.11,
                precision="region"), coords_note="area south of the town; coordinates of Sheikh Zuweid"),
       "Military Forces of Egypt", "state_forces", SINAI, "rebel_group", 11,
       evidence="An exchange of fire took place in which 9 highly dangerous takfiri elements were killed, while an officer and a conscript were martyred in the performance of their duty."),
    ev(BAT, "armed_clash", "2026-02-05", "day",
       dict(loc("El Arish", "a security checkpoint west of the city of El Arish", "North Sinai", "EG", 31.13, 33.80,
                precision="region"), coords_note="checkpoint west of the city; coordinates of El Arish"),
       SINAI, "rebel_group", "Military Forces of Egypt", "state_forces", 3, injured=1,
       evidence="The spokesman added that on Thursday a security checkpoint west of the city of El Arish came under attack by a group of terrorist elements."),
    ev(SD, "disrupted_weapons_use", "2026-02-06", "day",
       loc("Bir al-Abd", "agricultural roads around Bir al-Abd", "North Sinai", "EG", 31.02, 33.01),
       "Military Forces of Egypt", "state_forces", None, None,
       evidence="In parallel, military engineering units discovered and safely dismantled 14 explosive devices planted on agricultural roads around Bir al-Abd on Friday, and security forces arrested 6 wanted persons in the El Hassana area on Saturday, who were referred to the competent authorities."),
    ev(SD, "arrests", "2026-02-07", "day",
       loc("El Hassana", "the El Hassana area", "North Sinai", "EG", 30.47, 33.78),
       "Security Forces of Egypt", "state_forces", None, None,
       evidence="In parallel, military engineering units discovered and safely dismantled 14 explosive devices planted on agricultural roads around Bir al-Abd on Friday, and security forces arrested 6 wanted persons in the El Hassana area on Saturday, who were referred to the competent authorities."),
    ev(VAC, "attack", "2017-11-15", "month",
       loc("Bir al-Abd", "the Al-Rawda mosque in Bir al-Abd", "North Sinai", "EG", 31.02, 33.01),
       SINAI, "rebel_group", "Civilians (Egypt)", "civilians", 300, 300,
       evidence="recall the sacrifices of the Egyptian people, foremost among them the victims of the treacherous terrorist attack on the Al-Rawda mosque in Bir al-Abd in November 2017, which claimed the lives of more than 300 worshippers",
       bg=True),
]})

# 4 Central Mediterranean: a monitoring group's report on a shooting at sea and beatings in detention (NGO report)
t4 = """Libya: coastguard opens fire on migrant boat, two dead - survivors also describe beatings in Tripoli detention

Press release | Mediterranean Rights Watch | 16 July 2026

Survivors interviewed by our team say a Libyan coastguard patrol boat fired live ammunition at a crowded wooden boat about 25 nautical miles north of Garabulli, east of Tripoli, on Sunday 12 July, killing two young men from Sudan and wounding four other passengers.

According to seven consistent testimonies, the patrol boat approached at speed shortly after sunrise and crew members shouted at the passengers to cut the engine. When the boat kept going, a crew member fired several bursts, first in the air and then at the hull and the people on deck. The 63 survivors were then taken aboard the patrol boat and returned to Tripoli.

From the port, the survivors were moved to the Tariq al-Sikka detention centre. Nine men told us that guards beat them with hoses and rifle butts on the night of Monday 13 July after they asked for medical care for the wounded. Two of them had visible injuries to the head when our partners saw them three days later.

This is not the first such incident involving the same vessel. In April, the patrol boat rammed an inflatable dinghy off Sabratha, and at least 11 people drowned, according to the accounts we gathered at the time.

Since January, at least 11,400 people have been intercepted at sea and returned to Libya, where they are routinely held in arbitrary detention. More than 900 people have died or gone missing on the central Mediterranean route this year.

We call on the European Union and Italy to suspend all support to the Libyan coastguard until an independent investigation is carried out, and on the Libyan authorities to release everyone held in the Tariq al-Sikka centre.

The Libyan coastguard did not respond to our requests for comment."""
arts.append({"id": "probe-pmagh-4", "url": None,
             "title": "Libya: coastguard opens fire on migrant boat, two dead - survivors also describe beatings in Tripoli detention",
             "published": "2026-07-16", "text": t4, "events": [
    ev(VAC, "attack", "2026-07-12", "day",
       dict(loc("Garabulli", "about 25 nautical miles north of Garabulli, east of Tripoli", "Tripoli", "LY", 32.76, 13.72,
                precision="region"), coords_note="boat fired on at sea north of Garabulli; coordinates of Garabulli"),
       "Military Forces of Libya (Libyan Coast Guard)", "state_forces", "Civilians (International)", "civilians", 2,
       injured=4,
       evidence="Survivors interviewed by our team say a Libyan coastguard patrol boat fired live ammunition at a crowded wooden boat about 25 nautical miles north of Garabulli, east of Tripoli, on Sunday 12 July, killing two young men from Sudan and wounding four other passengers."),
    ev(VAC, "attack", "2026-07-13", "day",
       loc("Tripoli", "the Tariq al-Sikka detention centre", "Tripoli", "LY", 32.89, 13.19),
       "Security Forces of Libya", "state_forces", "Civilians (International)", "civilians", injured=2,
       evidence="Nine men told us that guards beat them with hoses and rifle butts on the night of Monday 13 July after they asked for medical care for the wounded."),
    ev(VAC, "attack", "2026-04-15", "month",
       dict(loc("Sabratha", "off Sabratha", "An Nuqat al Khams", "LY", 32.79, 12.49, precision="region"),
            coords_note="dinghy rammed at sea off Sabratha; coordinates of Sabratha"),
       "Military Forces of Libya (Libyan Coast Guard)", "state_forces", "Civilians (International)", "civilians", 11, 11,
       evidence="In April, the patrol boat rammed an inflatable dinghy off Sabratha, and at least 11 people drowned, according to the accounts we gathered at the time.",
       bg=True),
]})

# 5 Western Sahara: news and background (explainer)
t5 = """Explainer: Why fighting is flaring again in Western Sahara

By our North Africa correspondent | 19 September 2026

A Moroccan drone strike killed three men travelling in a pickup truck near Tifariti, east of the sand wall that divides Western Sahara, on Tuesday, the Polisario Front said. The movement said the victims were civilians prospecting for gold; Rabat did not comment.

The next day, the Polisario's Sahrawi People's Liberation Army said its units had shelled Moroccan army positions in the Mahbes sector, in the north-east of the territory, "inflicting losses". Moroccan officials have in the past dismissed such claims as propaganda, and no damage could be confirmed.

Tension is also visible in the towns Morocco controls. On Thursday, police in Laayoune broke up a sit-in by several dozen Sahrawi activists demanding a referendum on self-determination and detained four of them, activists said.

What is Western Sahara?

A former Spanish colony of about 266,000 square kilometres on the Atlantic coast, Western Sahara was annexed by Morocco after Spain withdrew in 1975. The Algeria-backed Polisario Front fought for independence until a UN-brokered ceasefire in 1991, which promised a referendum that has never been held.

Why did the war resume?

In November 2020, Moroccan troops entered the buffer zone at Guerguerat, on the border with Mauritania, to remove Sahrawi protesters who had blocked the only road to the south for three weeks. The Polisario said it no longer considered itself bound by the ceasefire, and low-level fighting along the 2,700-kilometre berm has continued since.

Civilians in Moroccan-held towns have also been hit. On 29 October 2023, projectiles fell on residential districts of Smara, killing one man and wounding three other people; Morocco blamed the Polisario, which did not claim the attack.

What happens next?

The UN Security Council is due to vote next month on renewing the mandate of its peacekeeping mission, MINURSO. Several Western governments now back Morocco's autonomy plan as the basis for talks, a shift the Polisario and Algeria reject."""
POL, MAR = "Polisario Front", "Military Forces of Morocco"
arts.append({"id": "probe-pmagh-5", "url": None,
             "title": "Explainer: Why fighting is flaring again in Western Sahara",
             "published": "2026-09-19", "text": t5, "events": [
    ev(ERV, "air_drone_strike", "2026-09-15", "day",
       loc("Tifariti", "near Tifariti, east of the sand wall", "Laayoune-Sakia El Hamra", "EH", 26.16, -10.57),
       MAR, "state_forces", "Civilians (Western Sahara)", "civilians", 3,
       evidence="A Moroccan drone strike killed three men travelling in a pickup truck near Tifariti, east of the sand wall that divides Western Sahara, on Tuesday, the Polisario Front said."),
    ev(ERV, "shelling_artillery_missile_attack", "2026-09-16", "week",
       dict(loc("Mahbes", "the Mahbes sector, in the north-east of the territory", "Laayoune-Sakia El Hamra", "EH", 27.43, -9.05,
                precision="region"), coords_note="sector around the town; coordinates of Mahbes"),
       POL, "rebel_group", MAR, "state_forces",
       evidence="The next day, the Polisario's Sahrawi People's Liberation Army said its units had shelled Moroccan army positions in the Mahbes sector, in the north-east of the territory, \"inflicting losses\"."),
    ev(PRO, "protest_with_intervention", "2026-09-17", "day",
       loc("Laayoune", "Laayoune", "Laayoune-Sakia El Hamra", "EH", 27.15, -13.20),
       "Protesters (Western Sahara)", "protesters", "Police Forces of Morocco", "state_forces",
       evidence="On Thursday, police in Laayoune broke up a sit-in by several dozen Sahrawi activists demanding a referendum on self-determination and detained four of them, activists said."),
    ev(PRO, "protest_with_intervention", "2020-11-15", "month",
       loc("Guerguerat", "the buffer zone at Guerguerat, on the border with Mauritania", "Dakhla-Oued Ed-Dahab", "EH", 21.37, -16.96),
       "Protesters (Western Sahara)", "protesters", MAR, "state_forces",
       evidence="In November 2020, Moroccan troops entered the buffer zone at Guerguerat, on the border with Mauritania, to remove Sahrawi protesters who had blocked the only road to the south for three weeks.",
       bg=True),
    ev(ERV, "shelling_artillery_missile_attack", "2023-10-29", "day",
       loc("Smara", "residential districts of Smara", "Laayoune-Sakia El Hamra", "EH", 26.74, -11.67),
       POL, "rebel_group", "Civilians (Western Sahara)", "civilians", 1, injured=3,
       evidence="On 29 October 2023, projectiles fell on residential districts of Smara, killing one man and wounding three other people; Morocco blamed the Polisario, which did not claim the attack.",
       bg=True),
]})

# 6 Tunisia and Algeria: a day of unrest (live blog)
t6 = """Tunisia unrest live: night of clashes in Sbeitla, thousands march in Kasserine

Tuesday 20 January 2026

18:30 - Witnesses in Sbeitla say groups of young men are gathering again near the main roundabout as night falls. Several police vans have been deployed on the road to Kasserine.

17:45 - The presidency says President Kais Saied received the interior minister this afternoon and "instructed the security forces to apply the law firmly against those who attack public property".

16:20 - Some background: the Kasserine region was at the heart of the uprising that ended Zine El Abidine Ben Ali's rule. On 8 January 2011, police opened fire on protesters in Thala, north of Kasserine, killing at least five people. Unemployment in the governorate is still around twice the national rate.

14:50 - There is unrest across the border too. In the Algerian town of Touggourt, young men angry at week-long water cuts blocked the national highway with burning tyres and threw stones at gendarmerie vehicles on Monday night, local news sites report. Gendarmes used tear gas to reopen the road.

13:30 - The UGTT labour union has called a general strike in Kasserine governorate for Thursday.

12:15 - In Kasserine, about 2,000 people are marching peacefully towards the governorate headquarters, chanting "work, freedom, dignity". Many carry portraits of the vendor. There is no sign of police along the route.

10:40 - Police have arrested 38 people in Sbeitla since dawn in house-to-house searches, an interior ministry spokesman tells local radio.

09:10 - The interior ministry says 17 members of the security forces were injured overnight in Sbeitla, where youths threw stones and petrol bombs at the National Guard post and set a police car on fire. Police fired tear gas to disperse them. The unrest began after a 24-year-old street vendor died in police custody on Sunday; his family says he was beaten, the ministry says he fell ill.

08:05 - Good morning and welcome to our coverage of the unrest in central Tunisia."""
arts.append({"id": "probe-pmagh-6", "url": None,
             "title": "Tunisia unrest live: night of clashes in Sbeitla, thousands march in Kasserine",
             "published": "2026-01-20", "text": t6, "events": [
    ev(RIO, "violent_demonstration", "2026-01-20", "day",
       loc("Sbeitla", "Sbeitla", "Kasserine", "TN", 35.23, 9.12),
       "Rioters (Tunisia)", "rioters", "Police Forces of Tunisia", "state_forces", injured=17,
       evidence="The interior ministry says 17 members of the security forces were injured overnight in Sbeitla, where youths threw stones and petrol bombs at the National Guard post and set a police car on fire."),
    ev(SD, "arrests", "2026-01-20", "day",
       loc("Sbeitla", "Sbeitla", "Kasserine", "TN", 35.23, 9.12),
       "Police Forces of Tunisia", "state_forces", "Rioters (Tunisia)", "rioters",
       evidence="Police have arrested 38 people in Sbeitla since dawn in house-to-house searches, an interior ministry spokesman tells local radio."),
    ev(PRO, "peaceful_protest", "2026-01-20", "day",
       loc("Kasserine", "Kasserine", "Kasserine", "TN", 35.17, 8.84),
       "Protesters (Tunisia)", "protesters", None, None,
       evidence="In Kasserine, about 2,000 people are marching peacefully towards the governorate headquarters, chanting \"work, freedom, dignity\"."),
    ev(RIO, "violent_demonstration", "2026-01-19", "day",
       loc("Touggourt", "the Algerian town of Touggourt", "Touggourt", "DZ", 33.10, 6.06),
       "Rioters (Algeria)", "rioters", "Military Forces of Algeria (Gendarmerie)", "state_forces",
       evidence="In the Algerian town of Touggourt, young men angry at week-long water cuts blocked the national highway with burning tyres and threw stones at gendarmerie vehicles on Monday night, local news sites report."),
    ev(PRO, "excessive_force_against_protesters", "2011-01-08", "day",
       loc("Thala", "Thala, north of Kasserine", "Kasserine", "TN", 35.57, 8.67),
       "Police Forces of Tunisia", "state_forces", "Protesters (Tunisia)", "protesters", 5, 5,
       evidence="On 8 January 2011, police opened fire on protesters in Thala, north of Kasserine, killing at least five people.",
       bg=True),
]})

# 7 Southern Libya: foreign workers kidnapped, a raid on a farm, an oilfield shut (wire)
t7 = """Gunmen kidnap Turkish engineers in southern Libya

SEBHA, Libya, Oct 8, 2026 (AFP) - Gunmen kidnapped three Turkish engineers and their Libyan driver on Tuesday on the desert road between Sebha and Ubari in southern Libya, their employer and a local official said.

The four men were driving to a power plant project near Ubari when two pickup trucks carrying armed men forced their car off the road about 60 kilometres west of Sebha, the municipal council of Sebha said in a statement. Nobody has claimed the abduction and no ransom demand has been made public.

On Wednesday, fighters of the Tariq Ben Ziyad Brigade, a unit of Khalifa Haftar's Libyan National Army (LNA) that controls much of the south, stormed a farm near the village of Ghudwa, south of Sebha, where they believed the hostages were being held. One soldier and two of the gunmen were killed in the exchange of fire, LNA spokesman Ahmed al-Mismari said. The hostages were not found at the farm.

Turkey's foreign ministry said it was "in close contact with the Libyan authorities" to secure the men's release.

Kidnappings for ransom are common in the lawless south, where smuggling networks, tribal armed groups and foreign fighters from Chad and Sudan operate across poorly guarded borders. In March, gunmen seized five Egyptian labourers from a farm near Kufra; they were released nine days later after their employer paid a ransom, relatives said.

Separately, guards at the nearby Sharara oilfield, the country's largest, shut down production on Sunday in a protest over months of unpaid salaries, the National Oil Corporation said, costing the country about 270,000 barrels a day. The NOC said it hoped output would resume "within days".

Libya's oil output, its main source of revenue, has repeatedly been disrupted by blockades and protests since 2011."""
arts.append({"id": "probe-pmagh-7", "url": None,
             "title": "Gunmen kidnap Turkish engineers in southern Libya",
             "published": "2026-10-08", "text": t7, "events": [
    ev(VAC, "abduction_forced_disappearance", "2026-10-06", "day",
       dict(loc("Sabha", "the desert road between Sebha and Ubari", "Sabha", "LY", 27.04, 14.43, precision="region"),
            coords_note="about 60 km west of Sebha on the Ubari road; coordinates of Sebha"),
       "Unidentified Armed Group (Libya)", "unknown", "Civilians (Turkey)", "civilians",
       evidence="Gunmen kidnapped three Turkish engineers and their Libyan driver on Tuesday on the desert road between Sebha and Ubari in southern Libya, their employer and a local official said."),
    ev(BAT, "armed_clash", "2026-10-07", "day",
       dict(loc("Ghudwa", "a farm near the village of Ghudwa, south of Sebha", "Sabha", "LY", 27.04, 14.43, precision="region"),
            coords_note="village south of Sebha whose position I cannot give with confidence; coordinates of Sebha"),
       LNA, "state_forces", "Unidentified Armed Group (Libya)", "unknown", 3,
       evidence="On Wednesday, fighters of the Tariq Ben Ziyad Brigade, a unit of Khalifa Haftar's Libyan National Army (LNA) that controls much of the south, stormed a farm near the village of Ghudwa, south of Sebha, where they believed the hostages were being held."),
    ev(VAC, "abduction_forced_disappearance", "2026-03-15", "month",
       loc("Kufra", "a farm near Kufra", "Al Kufrah", "LY", 24.18, 23.29, precision="region"),
       "Unidentified Armed Group (Libya)", "unknown", "Civilians (Egypt)", "civilians",
       evidence="In March, gunmen seized five Egyptian labourers from a farm near Kufra; they were released nine days later after their employer paid a ransom, relatives said.",
       bg=True),
    ev(PRO, "peaceful_protest", "2026-10-04", "day",
       dict(loc("Sharara oilfield", "the nearby Sharara oilfield", "Wadi al Hayat", "LY", 26.55, 12.22, precision="region"),
            coords_note="approximate position of the oilfield"),
       "Protesters (Libya)", "protesters", None, None,
       evidence="Separately, guards at the nearby Sharara oilfield, the country's largest, shut down production on Sunday in a protest over months of unpaid salaries, the National Oil Corporation said, costing the country about 270,000 barrels a day."),
]})

for a in arts:
    for e in a["events"]:
        assert e["evidence"] in a["text"], (a["id"], e["evidence"])
out = Path(__file__).with_name("probe-pmagh.jsonl")
out.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in arts), encoding="utf-8")
print(out, len(arts), sum(len(a["events"]) for a in arts))

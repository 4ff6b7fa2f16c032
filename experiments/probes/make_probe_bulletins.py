"""Builds probe-bulletins.jsonl: own-written dense, list-like genres (army operations bulletin, live blog,
police weekly summary, humanitarian situation report, monitor's weekly digest, short wire brief, ministry
communique with a casualty paragraph) that carry many events in few words; not dev text."""
import json
from pathlib import Path

from probe_gold import ev, loc  # noqa: E402

arts = []
VAC, BAT, RIO, SD, ERV = ("violence_against_civilians", "battles", "riots", "strategic_developments",
                          "explosions_remote_violence")
RU, UA, CUA = "Military Forces of Russia", "Military Forces of Ukraine", "Civilians (Ukraine)"

# 1 Ukraine: General Staff style morning operations update
t1 = """Operational update of the General Staff of the Armed Forces of Ukraine as of 08:00, 18 March 2025

The Russian Federation's full-scale war against Ukraine continues. During 17 March, 138 combat engagements were recorded along the front line, the General Staff said in its morning summary.

In the Kupiansk direction, Russian units tried four times to break through the Ukrainian defences on the northern outskirts of Kupiansk. All assaults were repelled, the statement said, without giving figures for losses.

In the Siversk direction, the occupiers attacked Ukrainian positions near Siversk six times with the support of armoured vehicles. Two battles were still under way at the time of the update.

In the Pokrovsk direction, defenders stopped 41 assault actions in the area of Pokrovsk and the villages to its south and west. According to preliminary data, 112 Russian soldiers were killed and 71 wounded in this direction over the day.

Russian aviation dropped four guided aerial bombs on Kostiantynivka on Monday afternoon, killing a 64-year-old man and damaging a kindergarten, the head of the Donetsk regional military administration, Vadym Filashkin, wrote on Telegram. "The enemy keeps striking the city from the air every day," he said.

In Sumy region, a Russian drone hit a farm building on the edge of Bilopillia in the evening, wounding two local residents, the regional administration reported.

Overnight, air defence units shot down 31 attack drones of the Shahed type over Dnipropetrovsk region, the Air Force command said. Debris fell on a private house in Nikopol district, but no one was hurt.

Russia claimed in January that its troops had captured Kurakhove, a town west of Donetsk that had been under attack for months. Ukrainian commanders have since said the main Russian effort has shifted towards Pokrovsk and Kostiantynivka.

"The situation remains difficult but under control," said Colonel Andriy Hrytsenko, a spokesman for one of the army corps defending the region. Moscow did not comment on the Ukrainian figures, which could not be independently verified."""
arts.append({"id": "probe-bulletins-1", "url": None,
             "title": "Operational update of the General Staff of the Armed Forces of Ukraine as of 08:00, 18 March 2025",
             "published": "2025-03-18", "text": t1, "events": [
    ev(BAT, "armed_clash", "2025-03-17", "day",
       loc("Kupyansk", "the northern outskirts of Kupiansk", "Kharkiv Oblast", "UA", 49.71, 37.62),
       RU, "state_forces", UA, "state_forces",
       evidence="In the Kupiansk direction, Russian units tried four times to break through the Ukrainian defences on the northern outskirts of Kupiansk. All assaults were repelled, the statement said, without giving figures for losses."),
    ev(BAT, "armed_clash", "2025-03-17", "day",
       loc("Siversk", "near Siversk", "Donetsk Oblast", "UA", 48.86, 38.10),
       RU, "state_forces", UA, "state_forces",
       evidence="In the Siversk direction, the occupiers attacked Ukrainian positions near Siversk six times with the support of armoured vehicles."),
    ev(BAT, "armed_clash", "2025-03-17", "day",
       loc("Pokrovsk", "the area of Pokrovsk", "Donetsk Oblast", "UA", 48.28, 37.18),
       RU, "state_forces", UA, "state_forces", 112, None, None, 71,
       evidence="In the Pokrovsk direction, defenders stopped 41 assault actions in the area of Pokrovsk and the villages to its south and west. According to preliminary data, 112 Russian soldiers were killed and 71 wounded in this direction over the day."),
    ev(ERV, "air_drone_strike", "2025-03-17", "day",
       loc("Kostyantynivka", "Kostiantynivka", "Donetsk Oblast", "UA", 48.53, 37.71),
       RU, "state_forces", CUA, "civilians", 1,
       evidence="Russian aviation dropped four guided aerial bombs on Kostiantynivka on Monday afternoon, killing a 64-year-old man and damaging a kindergarten"),
    ev(ERV, "air_drone_strike", "2025-03-17", "day",
       loc("Bilopillia", "the edge of Bilopillia", "Sumy Oblast", "UA", 51.15, 34.31),
       RU, "state_forces", CUA, "civilians", injured=2,
       evidence="In Sumy region, a Russian drone hit a farm building on the edge of Bilopillia in the evening, wounding two local residents, the regional administration reported."),
    ev(SD, "disrupted_weapons_use", "2025-03-18", "day",
       loc("Dnipropetrovsk Oblast", "Dnipropetrovsk region", "Dnipropetrovsk Oblast", "UA", 48.47, 35.04, "admin1"),
       UA, "state_forces", RU, "state_forces",
       evidence="Overnight, air defence units shot down 31 attack drones of the Shahed type over Dnipropetrovsk region, the Air Force command said."),
    ev(BAT, "government_regains_territory", "2025-01-15", "month",
       loc("Kurakhove", "Kurakhove", "Donetsk Oblast", "UA", 47.98, 37.28),
       RU, "state_forces", UA, "state_forces",
       evidence="Russia claimed in January that its troops had captured Kurakhove, a town west of Donetsk that had been under attack for months.", bg=True),
]})

# 2 Sudan: live blog with timestamped entries
RSF, SAF, CSD = "RSF: Rapid Support Forces", "Military Forces of Sudan", "Civilians (Sudan)"
t2 = """Sudan war live: Drones hit Kosti fuel depot as fighting rages in Kordofan and Darfur

Our live coverage of the war in Sudan. All times are GMT.

15:50 - Army says it has retaken Bara
The Sudanese army said in a statement it had "fully liberated" the town of Bara in North Kordofan from the Rapid Support Forces and was clearing the surrounding villages. The RSF has not commented. Bara lies on the main road north of El Obeid, the state capital.

13:05 - UN: displacement in North Kordofan doubles
The UN migration agency says more than 60,000 people have fled villages around El Obeid and Um Rawaba in the past two weeks, many of them on foot.

12:20 - Villagers killed near Um Rawaba
Residents and a local emergency response room say RSF fighters stormed the village of Shagara, about 20 km west of Um Rawaba, on Sunday, shooting dead nine men and driving off hundreds of cattle and camels. "They came on motorbikes and pickups and went from house to house," a resident who fled to Um Rawaba told us by phone.

11:30 - MSF: 12 killed in El Fasher market shelling
Medecins Sans Frontieres says 12 people were killed and about 30 wounded when shells landed on a market in El Fasher on Monday evening. Local activists blamed the RSF, which has besieged the North Darfur capital for more than a year.

10:15 - Army repels attack on Babanusa
The army's 22nd Infantry Division in Babanusa, West Kordofan, said it repelled a "large-scale" RSF assault on the town on Monday, killing dozens of militia fighters. The RSF said it had inflicted heavy losses on the garrison. Neither claim could be verified.

08:40 - Drones strike Kosti fuel depot
Drones launched by the RSF struck a fuel depot in Kosti, White Nile State, early on Tuesday, setting storage tanks on fire, the army said. There were no casualties, according to a local official.

08:00 - Welcome
Welcome to our live coverage. The war between the army and the RSF, now in its third year, has killed tens of thousands of people. In March, the army recaptured the presidential palace in Khartoum after weeks of street fighting, a turning point in the battle for the capital. Since then the fighting has shifted west to Kordofan and Darfur."""
arts.append({"id": "probe-bulletins-2", "url": None,
             "title": "Sudan war live: Drones hit Kosti fuel depot as fighting rages in Kordofan and Darfur",
             "published": "2025-05-06", "text": t2, "events": [
    ev(BAT, "government_regains_territory", "2025-05-06", "week",
       loc("Bara", "the town of Bara in North Kordofan", "North Kordofan", "SD", 13.70, 30.37),
       SAF, "state_forces", RSF, "rebel_group",
       evidence="The Sudanese army said in a statement it had \"fully liberated\" the town of Bara in North Kordofan from the Rapid Support Forces and was clearing the surrounding villages."),
    ev(VAC, "attack", "2025-05-04", "day",
       {**loc("Um Rawaba", "the village of Shagara, about 20 km west of Um Rawaba", "North Kordofan", "SD", 12.91, 31.22, "region"),
        "coords_note": "Shagara placed at Um Rawaba, the nearest town known with confidence"},
       RSF, "rebel_group", CSD, "civilians", 9,
       evidence="Residents and a local emergency response room say RSF fighters stormed the village of Shagara, about 20 km west of Um Rawaba, on Sunday, shooting dead nine men and driving off hundreds of cattle and camels."),
    ev(ERV, "shelling_artillery_missile_attack", "2025-05-05", "day",
       loc("El Fasher", "a market in El Fasher", "North Darfur", "SD", 13.63, 25.35),
       RSF, "rebel_group", CSD, "civilians", 12, None, None, 30,
       evidence="Medecins Sans Frontieres says 12 people were killed and about 30 wounded when shells landed on a market in El Fasher on Monday evening. Local activists blamed the RSF"),
    ev(BAT, "armed_clash", "2025-05-05", "day",
       loc("Babanusa", "Babanusa, West Kordofan", "West Kordofan", "SD", 11.33, 27.80),
       RSF, "rebel_group", SAF, "state_forces",
       evidence="The army's 22nd Infantry Division in Babanusa, West Kordofan, said it repelled a \"large-scale\" RSF assault on the town on Monday, killing dozens of militia fighters."),
    ev(ERV, "air_drone_strike", "2025-05-06", "day",
       loc("Kosti", "a fuel depot in Kosti, White Nile State", "White Nile", "SD", 13.16, 32.66),
       RSF, "rebel_group", None, None, 0,
       evidence="Drones launched by the RSF struck a fuel depot in Kosti, White Nile State, early on Tuesday, setting storage tanks on fire, the army said. There were no casualties, according to a local official."),
    ev(BAT, "government_regains_territory", "2025-03-15", "month",
       loc("Khartoum", "the presidential palace in Khartoum", "Khartoum", "SD", 15.55, 32.53),
       SAF, "state_forces", RSF, "rebel_group",
       evidence="In March, the army recaptured the presidential palace in Khartoum after weeks of street fighting, a turning point in the battle for the capital.", bg=True),
]})

# 3 Colombia: local daily's weekly police security summary for Cauca
FD, PCO, CCO = "FARC Dissidents", "Police Forces of Colombia", "Civilians (Colombia)"
t3 = """Weekly security summary: attacks on police in Argelia and a motorcycle bomb in Jamundi

POPAYAN (El Correo del Cauca) - The Cauca Police Department presented on Sunday its weekly security balance for the region, a week marked by attacks on the security forces attributed to FARC dissident groups. These are the main incidents of the week, according to the police report and to our correspondents.

Tuesday, June 10. Members of the Carlos Patino front, a dissident faction of the former FARC, fired rifles and launched homemade explosives at the police station in Argelia for almost three hours. Two patrolmen were wounded and evacuated by helicopter to Popayan. The attackers withdrew before dawn.

Wednesday, June 11. A motorcycle loaded with explosives blew up near the mayor's office in Jamundi, in neighbouring Valle del Cauca, killing a street vendor and wounding four other people. Police blamed the Jaime Martinez front, which has been fighting for control of drug routes in the rural areas of the municipality.

Thursday, June 12. Officers of the police intelligence service arrested a man known as "El Flaco" in a neighbourhood of Popayan. He is accused of collecting extortion payments for the ELN guerrilla from shop owners in the north of the department.

Friday, June 13. A drone dropped two explosive charges on an army base in El Tambo. The military said no casualties were reported and blamed the dissidents.

Saturday, June 14. Two members of the indigenous guard were shot dead by unidentified gunmen on a rural road in Toribio, the Association of Indigenous Councils of Northern Cauca (ACIN) said. The police said they had opened an investigation.

"The dissident groups are using drones and explosives against the civilian population and our men, but we will not step back," said Colonel Ricardo Benavides, the commander of the Cauca police.

The police also reported that homicides in the department fell by 12 percent in the first five months of the year compared with the same period of 2024, while extortion complaints rose.

Argelia has been a frequent target. In May last year, a car bomb set off by the same front outside the town's police station killed two officers."""
arts.append({"id": "probe-bulletins-3", "url": None,
             "title": "Weekly security summary: attacks on police in Argelia and a motorcycle bomb in Jamundi",
             "published": "2025-06-15", "text": t3, "events": [
    ev(BAT, "armed_clash", "2025-06-10", "day",
       loc("Argelia", "the police station in Argelia", "Cauca", "CO", 2.26, -77.25),
       FD, "rebel_group", PCO, "state_forces", None, None, None, 2,
       evidence="Members of the Carlos Patino front, a dissident faction of the former FARC, fired rifles and launched homemade explosives at the police station in Argelia for almost three hours. Two patrolmen were wounded and evacuated by helicopter to Popayan."),
    ev(ERV, "remote_explosive_landmine_ied", "2025-06-11", "day",
       loc("Jamundi", "near the mayor's office in Jamundi", "Valle del Cauca", "CO", 3.26, -76.53),
       FD, "rebel_group", CCO, "civilians", 1, None, None, 4,
       evidence="A motorcycle loaded with explosives blew up near the mayor's office in Jamundi, in neighbouring Valle del Cauca, killing a street vendor and wounding four other people. Police blamed the Jaime Martinez front"),
    ev(SD, "arrests", "2025-06-12", "day",
       loc("Popayan", "a neighbourhood of Popayan", "Cauca", "CO", 2.44, -76.61),
       PCO, "state_forces", "ELN: National Liberation Army", "rebel_group",
       evidence="Officers of the police intelligence service arrested a man known as \"El Flaco\" in a neighbourhood of Popayan. He is accused of collecting extortion payments for the ELN guerrilla"),
    ev(ERV, "air_drone_strike", "2025-06-13", "day",
       loc("El Tambo", "an army base in El Tambo", "Cauca", "CO", 2.45, -76.81),
       FD, "rebel_group", "Military Forces of Colombia", "state_forces", 0,
       evidence="A drone dropped two explosive charges on an army base in El Tambo. The military said no casualties were reported and blamed the dissidents."),
    ev(VAC, "attack", "2025-06-14", "day",
       loc("Toribio", "a rural road in Toribio", "Cauca", "CO", 2.95, -76.27),
       "Unidentified Armed Group (Colombia)", "unknown", CCO, "civilians", 2,
       evidence="Two members of the indigenous guard were shot dead by unidentified gunmen on a rural road in Toribio"),
    ev(ERV, "remote_explosive_landmine_ied", "2024-05-15", "month",
       loc("Argelia", "outside the town's police station", "Cauca", "CO", 2.26, -77.25),
       FD, "rebel_group", PCO, "state_forces", 2,
       evidence="In May last year, a car bomb set off by the same front outside the town's police station killed two officers.", bg=True),
]})

# 4 DR Congo: OCHA-style humanitarian situation report, dated paragraphs
CCD = "Civilians (Democratic Republic of Congo)"
t4 = """DR Congo: North Kivu - Situation Report No. 19 (20 May 2025)

HIGHLIGHTS
- At least 16 civilians killed in attacks in Beni and Lubero territories
- Abductions reported in Masisi territory
- Humanitarian access remains restricted on the Butembo-Beni road

SITUATION OVERVIEW
The security situation in North Kivu remained volatile during the reporting period (12-19 May). Since the M23/AFC took control of Goma in January, humanitarian partners have faced repeated interruptions of their activities in Rutshuru, Masisi and Nyiragongo territories.

On 12 May, suspected Allied Democratic Forces (ADF) combatants attacked Mamove village, some 15 km north of Oicha in Beni territory, killing 14 civilians, including four women, and setting fire to about 20 houses, according to local authorities. Survivors fled towards Oicha, where some 3,000 newly displaced people were registered.

On 14 May, fighting broke out between M23/AFC elements and Wazalendo groups near Lubero town. The clashes lasted most of the day; the number of casualties could not be confirmed. Schools in the area remained closed until 17 May.

On 16 May, an explosive device went off in the central market of Butembo, killing two traders and injuring 11 people. No group claimed responsibility. Humanitarian partners suspended movements in the city for 48 hours.

On 17 May, M23 fighters abducted 11 civilians, among them three minors, in Nyabiondo in Masisi territory, accusing them of collaborating with Wazalendo groups, local civil society sources reported. Their whereabouts remain unknown.

HUMANITARIAN NEEDS AND RESPONSE
More than 1.2 million people are displaced in North Kivu. Cholera cases rose by 18 per cent compared with the previous week, mainly in Lubero and Rutshuru. Partners distributed food rations to 46,000 people in Beni territory and reopened two health centres near Oicha.

"Access is the first obstacle to saving lives," said the deputy humanitarian coordinator, Marie-Claire Ilunga. "Every attack on a market or a village forces families to flee again."

The 2025 Humanitarian Response Plan for DR Congo is 11 per cent funded.

For further information, please contact the OCHA office in Goma."""
arts.append({"id": "probe-bulletins-4", "url": None,
             "title": "DR Congo: North Kivu - Situation Report No. 19 (20 May 2025)",
             "published": "2025-05-20", "text": t4, "events": [
    ev(BAT, "non_state_actor_overtakes_territory", "2025-01-15", "month",
       loc("Goma", "Goma", "North Kivu", "CD", -1.68, 29.23),
       "M23: March 23 Movement", "rebel_group", "Military Forces of the Democratic Republic of Congo", "state_forces",
       evidence="Since the M23/AFC took control of Goma in January, humanitarian partners have faced repeated interruptions of their activities in Rutshuru, Masisi and Nyiragongo territories.", bg=True),
    ev(VAC, "attack", "2025-05-12", "day",
       {**loc("Oicha", "Mamove village, some 15 km north of Oicha in Beni territory", "North Kivu", "CD", 0.70, 29.52, "region"),
        "coords_note": "Mamove placed at Oicha"},
       "ADF: Allied Democratic Forces", "rebel_group", CCD, "civilians", 14,
       evidence="On 12 May, suspected Allied Democratic Forces (ADF) combatants attacked Mamove village, some 15 km north of Oicha in Beni territory, killing 14 civilians, including four women, and setting fire to about 20 houses, according to local authorities."),
    ev(BAT, "armed_clash", "2025-05-14", "day",
       loc("Lubero", "near Lubero town", "North Kivu", "CD", -0.16, 29.24),
       "M23: March 23 Movement", "rebel_group", "Wazalendo", "political_militia",
       evidence="On 14 May, fighting broke out between M23/AFC elements and Wazalendo groups near Lubero town."),
    ev(ERV, "remote_explosive_landmine_ied", "2025-05-16", "day",
       loc("Butembo", "the central market of Butembo", "North Kivu", "CD", 0.14, 29.29),
       "Unidentified Armed Group (Democratic Republic of Congo)", "unknown", CCD, "civilians", 2, None, None, 11,
       evidence="On 16 May, an explosive device went off in the central market of Butembo, killing two traders and injuring 11 people."),
    ev(VAC, "abduction_forced_disappearance", "2025-05-17", "day",
       {**loc("Masisi", "Nyabiondo in Masisi territory", "North Kivu", "CD", -1.40, 28.82, "region"),
        "coords_note": "Nyabiondo placed at Masisi, the territory's seat"},
       "M23: March 23 Movement", "rebel_group", CCD, "civilians",
       evidence="On 17 May, M23 fighters abducted 11 civilians, among them three minors, in Nyabiondo in Masisi territory"),
]})

# 5 Myanmar: a monitor's weekly digest with bullet points
MM, CMM = "Military Forces of Myanmar", "Civilians (Myanmar)"
t5 = """Myanmar Conflict Weekly | 8-14 September 2025

Published by the Irrawaddy Peace Monitor, Chiang Mai, 15 September 2025

This week: regime claims Kyaukme, jade miners killed in air raid, heavy fighting outside Bhamo.

KEY DEVELOPMENTS

* Shan State - The regime's information team announced on 11 September that its troops had "regained full control" of Kyaukme, the town the Ta'ang National Liberation Army (TNLA) captured in August 2024. The TNLA said its fighters had withdrawn to protect residents. Kyaukme sits on the Mandalay-Lashio highway, the main trade route to China.

* Kachin State - The Kachin Independence Army (KIA) and regime troops fought for several hours near Bhamo on 9 September. The KIA said 20 soldiers were killed; the regime gave no figures.

* Kachin State - A regime fighter jet bombed a jade mining camp in Hpakant township on 12 September, killing seven miners and wounding at least 15, according to a local rescue group. The military said it had targeted a KIA logistics base.

* Mandalay Region - A local People's Defence Force (PDF) unit ambushed a military convoy near Madaya on 13 September. The PDF claimed to have killed five soldiers and seized weapons; the figures could not be verified.

* Sagaing Region - Police and soldiers arrested 23 young men during raids in Monywa on 10 September on suspicion of supporting the resistance, relatives said.

OTHER NOTES

* Fuel prices rose by 9 per cent in Yangon over the week.
* The regime extended martial law in 63 townships ahead of the elections planned for December.

Analysis: The regime's return to Kyaukme follows weeks of Chinese pressure on the TNLA and shows how Beijing's leverage is reshaping the war in the north, our analysts note."""
arts.append({"id": "probe-bulletins-5", "url": None, "title": "Myanmar Conflict Weekly | 8-14 September 2025",
             "published": "2025-09-15", "text": t5, "events": [
    ev(BAT, "government_regains_territory", "2025-09-11", "week",
       loc("Kyaukme", "Kyaukme", "Shan", "MM", 22.54, 97.03),
       MM, "state_forces", "TNLA: Ta'ang National Liberation Army", "rebel_group",
       evidence="The regime's information team announced on 11 September that its troops had \"regained full control\" of Kyaukme, the town the Ta'ang National Liberation Army (TNLA) captured in August 2024."),
    ev(BAT, "non_state_actor_overtakes_territory", "2024-08-15", "month",
       loc("Kyaukme", "Kyaukme", "Shan", "MM", 22.54, 97.03),
       "TNLA: Ta'ang National Liberation Army", "rebel_group", MM, "state_forces",
       evidence="Kyaukme, the town the Ta'ang National Liberation Army (TNLA) captured in August 2024", bg=True),
    ev(BAT, "armed_clash", "2025-09-09", "day",
       loc("Bhamo", "near Bhamo", "Kachin", "MM", 24.25, 97.23),
       "KIA: Kachin Independence Army", "rebel_group", MM, "state_forces", 20,
       evidence="The Kachin Independence Army (KIA) and regime troops fought for several hours near Bhamo on 9 September. The KIA said 20 soldiers were killed; the regime gave no figures."),
    ev(ERV, "air_drone_strike", "2025-09-12", "day",
       loc("Hpakant", "a jade mining camp in Hpakant township", "Kachin", "MM", 25.61, 96.31, "region"),
       MM, "state_forces", CMM, "civilians", 7, None, None, 15,
       evidence="A regime fighter jet bombed a jade mining camp in Hpakant township on 12 September, killing seven miners and wounding at least 15, according to a local rescue group."),
    ev(BAT, "armed_clash", "2025-09-13", "day",
       loc("Madaya", "near Madaya", "Mandalay", "MM", 22.21, 96.10),
       "PDF: People's Defence Force", "rebel_group", MM, "state_forces", 5,
       evidence="A local People's Defence Force (PDF) unit ambushed a military convoy near Madaya on 13 September. The PDF claimed to have killed five soldiers and seized weapons"),
    ev(SD, "arrests", "2025-09-10", "day",
       loc("Monywa", "raids in Monywa", "Sagaing", "MM", 22.11, 95.14),
       "Security Forces of Myanmar", "state_forces", CMM, "civilians",
       evidence="Police and soldiers arrested 23 young men during raids in Monywa on 10 September on suspicion of supporting the resistance, relatives said."),
]})

# 6 Somalia: a short wire brief (about 130 words)
t6 = """Al Shabaab attack on Somali base kills five soldiers

MOGADISHU, Feb 3 (Reuters) - Al Shabaab fighters stormed a military base in Wanlaweyn in the Lower Shabelle region on Monday, killing five soldiers before being pushed back, a Somali army officer said.

"They came at dawn with a car bomb and then opened fire," Captain Abdirahman Nur told Reuters. The group said it had killed 17 soldiers.

In a separate incident on Tuesday morning, a roadside bomb hit a minibus near Afgooye, killing three passengers, police said.

The U.S. Africa Command said it carried out an airstrike against al Shabaab near Jilib on Sunday and assessed that no civilians were harmed.

Al Shabaab has been fighting for more than 15 years to topple the central government."""
arts.append({"id": "probe-bulletins-6", "url": None, "title": "Al Shabaab attack on Somali base kills five soldiers",
             "published": "2026-02-03", "text": t6, "events": [
    ev(BAT, "armed_clash", "2026-02-02", "day",
       loc("Wanlaweyn", "a military base in Wanlaweyn in the Lower Shabelle region", "Lower Shabeelle", "SO", 2.62, 44.89),
       "Al Shabaab", "rebel_group", "Military Forces of Somalia", "state_forces", 5, 5, 17,
       evidence="Al Shabaab fighters stormed a military base in Wanlaweyn in the Lower Shabelle region on Monday, killing five soldiers before being pushed back, a Somali army officer said."),
    ev(ERV, "remote_explosive_landmine_ied", "2026-02-03", "day",
       loc("Afgooye", "near Afgooye", "Lower Shabeelle", "SO", 2.14, 45.12),
       "Unidentified Armed Group (Somalia)", "unknown", "Civilians (Somalia)", "civilians", 3,
       evidence="In a separate incident on Tuesday morning, a roadside bomb hit a minibus near Afgooye, killing three passengers, police said."),
    ev(ERV, "air_drone_strike", "2026-02-01", "day",
       loc("Jilib", "near Jilib", "Middle Juba", "SO", 0.49, 42.79),
       "Military Forces of the United States", "state_forces", "Al Shabaab", "rebel_group",
       evidence="The U.S. Africa Command said it carried out an airstrike against al Shabaab near Jilib on Sunday and assessed that no civilians were harmed."),
]})

# 7 Burkina Faso: defence ministry communique with a per-place casualty paragraph
BF, JBF = "Military Forces of Burkina Faso", "Unidentified jihadist group (Burkina Faso)"
t7 = """Burkina Faso: Defence ministry reports results of operations in the Sahel, Nord and Est regions

OUAGADOUGOU, 10 March 2025 (Le Quotidien du Faso) - The Ministry of Defence and Veterans Affairs on Monday published a communique on the results of operations conducted by the Armed Forces and the Volunteers for the Defence of the Homeland (VDP) between 3 and 9 March. We publish the main passages.

"On 4 March, around 10 a.m., units of the 14th Rapid Intervention Battalion repelled an attack by a large group of terrorists on their position near Djibo. After more than two hours of fighting, the enemy fled, leaving behind bodies, motorcycles and weapons.

On 6 March, an aerial vector of the Air Force struck a terrorist base identified near Sebba, neutralising about twenty fighters and destroying their logistics.

On 7 March, a VDP patrol fell into an ambush between Titao and the village of Ouindigui. The volunteers held their ground until reinforcements arrived.

On 8 March, armed terrorists attacked the weekly market of Diapaga, killing four civilians. Units deployed in the area have launched a pursuit.

The provisional toll of these actions is as follows. Djibo: two soldiers killed and five wounded on our side; 31 terrorists neutralised. Titao: three VDP killed; 12 terrorists neutralised. Diapaga: four civilians killed.

The Chief of General Staff salutes the memory of our fallen comrades and assures the population that the offensive will continue."

The ministry did not give details of the Sebba operation beyond the communique. Djibo, under blockade for more than two years, was the target of one of the deadliest assaults of the conflict on 11 May 2024, when hundreds of jihadists attacked the army base.

A resident of Titao reached by phone said the ambush had caused panic in the town and that several families had left for Ouahigouya."""
arts.append({"id": "probe-bulletins-7", "url": None,
             "title": "Burkina Faso: Defence ministry reports results of operations in the Sahel, Nord and Est regions",
             "published": "2025-03-10", "text": t7, "events": [
    ev(BAT, "armed_clash", "2025-03-04", "day",
       loc("Djibo", "their position near Djibo", "Sahel", "BF", 14.10, -1.63),
       JBF, "rebel_group", BF, "state_forces", 33,
       evidence="On 4 March, around 10 a.m., units of the 14th Rapid Intervention Battalion repelled an attack by a large group of terrorists on their position near Djibo."),
    ev(ERV, "air_drone_strike", "2025-03-06", "day",
       loc("Sebba", "a terrorist base identified near Sebba", "Sahel", "BF", 13.44, 0.53),
       BF, "state_forces", JBF, "rebel_group", 20,
       evidence="On 6 March, an aerial vector of the Air Force struck a terrorist base identified near Sebba, neutralising about twenty fighters and destroying their logistics."),
    ev(BAT, "armed_clash", "2025-03-07", "day",
       loc("Titao", "between Titao and the village of Ouindigui", "Nord", "BF", 13.77, -2.07),
       JBF, "rebel_group", "VDP: Volunteers for the Defense of the Homeland", "political_militia", 15,
       evidence="On 7 March, a VDP patrol fell into an ambush between Titao and the village of Ouindigui."),
    ev(VAC, "attack", "2025-03-08", "day",
       loc("Diapaga", "the weekly market of Diapaga", "Est", "BF", 12.07, 1.79),
       JBF, "rebel_group", "Civilians (Burkina Faso)", "civilians", 4,
       evidence="On 8 March, armed terrorists attacked the weekly market of Diapaga, killing four civilians."),
    ev(BAT, "armed_clash", "2024-05-11", "day",
       loc("Djibo", "the army base", "Sahel", "BF", 14.10, -1.63),
       JBF, "rebel_group", BF, "state_forces",
       evidence="Djibo, under blockade for more than two years, was the target of one of the deadliest assaults of the conflict on 11 May 2024, when hundreds of jihadists attacked the army base.", bg=True),
]})

out = Path(__file__).with_name("probe-bulletins.jsonl")
with out.open("w") as f:
    for a in arts:
        for e in a["events"]:
            assert e["evidence"] in a["text"], (a["id"], e["evidence"][:60])
        f.write(json.dumps(a, ensure_ascii=False) + "\n")
print(len(arts), "articles", sum(len(a["events"]) for a in arts), "events ->", out)

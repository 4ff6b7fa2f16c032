"""Builds probe-daily.jsonl: own-written daily conflict updates and live-blog summaries of national and regional
outlets (a Ukrainian morning summary by oblast, a Palestinian day summary, a Yemeni update on US strikes, a Pakistani
daily's security page, a Nigerian daily on north-west banditry, a Somali outlet's operations round-up, a Syrian
outlet on Suwayda and the coast): several events per text, tolls by region, interceptions, several days in one
text, recalled acts, statements dated apart from the acts, denials (not dev text)."""
import json
from pathlib import Path

from probe_gold import ev, loc  # noqa: E402

arts = []
BAT, ERV, VAC, RIO, SD = ("battles", "explosions_remote_violence", "violence_against_civilians", "riots",
                          "strategic_developments")


def note(location, text):
    location["coords_note"] = text
    return location


# 1 Ukraine: a Kyiv outlet's morning summary of the overnight attack, oblast by oblast
RU, UA, CUA = "Military Forces of Russia", "Military Forces of Ukraine", "Civilians (Ukraine)"
t1 = """Morning summary: Russia launches 127 drones and four missiles overnight; two killed in Zaporizhzhia

Russian forces attacked Ukraine overnight with 127 attack drones of the Shahed and Gerbera types and four Iskander-M ballistic missiles, the Air Force said on Thursday morning. Air defence units shot down or suppressed 98 drones over the north, east and south of the country; hits by 26 drones and all four missiles were recorded at 11 locations.

Here is what we know so far, region by region.

Zaporizhzhia. Two people were killed and 11 others injured when drones struck a residential area of Zaporizhzhia shortly after 2 a.m., regional governor Ivan Fedorov said on Telegram. A nine-storey building and several private houses caught fire. Among the injured is a 14-year-old boy. Rescuers were still searching the rubble in the morning.

Poltava. A ballistic missile hit an industrial enterprise in Kremenchuk overnight, causing a fire, said the head of the regional military administration, Volodymyr Kohut. No casualties were reported. The city has been targeted repeatedly because of its oil refinery.

Kherson. Russian troops shelled the Dniprovskyi district of Kherson on Wednesday afternoon, killing a 58-year-old woman at a bus stop and wounding two men, governor Oleksandr Prokudin said. Over the past day, he said, 43 settlements of the region came under artillery fire and drone attacks, leaving 14 people injured.

Dnipropetrovsk. In the Nikopol district, Russian forces pounded Marhanets with heavy artillery during the day on Wednesday, injuring three people, regional head Serhiy Lysak reported. Power lines and a gas pipeline were damaged.

Chernihiv. A drone struck energy infrastructure in the Nizhyn district late on Wednesday, leaving several thousand households without electricity, the regional energy company said.

Kharkiv. The toll from Monday's drone attack on a residential building in Balakliia has risen to four after a 71-year-old woman died in hospital, governor Oleh Syniehubov said on Wednesday evening.

Meanwhile, Russia's Defence Ministry claimed that its air defences had destroyed 64 Ukrainian drones over the Bryansk region overnight. The governor of the region reported no casualties.

President Volodymyr Zelensky said on Wednesday evening that Russia had used more than 1,500 drones and 60 missiles against Ukraine over the past week, and urged partners to speed up deliveries of air defence systems. "Every night they choose civilian targets," he said.

The Kremlin has denied targeting civilians and says it strikes military and energy facilities."""
arts.append({"id": "probe-daily-1", "url": None,
             "title": "Morning summary: Russia launches 127 drones and four missiles overnight; two killed in Zaporizhzhia",
             "published": "2025-11-20", "text": t1, "events": [
    ev(SD, "disrupted_weapons_use", "2025-11-20", "day",
       loc("Ukraine", "the north, east and south of the country", None, "UA", 50.45, 30.52, "country"),
       UA, "state_forces", RU, "state_forces",
       evidence="Air defence units shot down or suppressed 98 drones over the north, east and south of the country"),
    ev(ERV, "air_drone_strike", "2025-11-20", "day",
       loc("Zaporizhzhia", "a residential area of Zaporizhzhia", "Zaporizhzhia Oblast", "UA", 47.84, 35.14),
       RU, "state_forces", CUA, "civilians", 2, injured=11,
       evidence="Two people were killed and 11 others injured when drones struck a residential area of Zaporizhzhia shortly after 2 a.m., regional governor Ivan Fedorov said on Telegram."),
    ev(ERV, "shelling_artillery_missile_attack", "2025-11-20", "day",
       loc("Kremenchuk", "an industrial enterprise in Kremenchuk", "Poltava Oblast", "UA", 49.07, 33.42),
       RU, "state_forces", None, None, 0,
       evidence="A ballistic missile hit an industrial enterprise in Kremenchuk overnight, causing a fire, said the head of the regional military administration, Volodymyr Kohut. No casualties were reported."),
    ev(ERV, "shelling_artillery_missile_attack", "2025-11-19", "day",
       loc("Kherson", "the Dniprovskyi district of Kherson", "Kherson Oblast", "UA", 46.64, 32.61),
       RU, "state_forces", CUA, "civilians", 1, injured=2,
       evidence="Russian troops shelled the Dniprovskyi district of Kherson on Wednesday afternoon, killing a 58-year-old woman at a bus stop and wounding two men, governor Oleksandr Prokudin said."),
    ev(ERV, "shelling_artillery_missile_attack", "2025-11-19", "day",
       loc("Marhanets", "Marhanets", "Dnipropetrovsk Oblast", "UA", 47.65, 34.63),
       RU, "state_forces", CUA, "civilians", injured=3,
       evidence="In the Nikopol district, Russian forces pounded Marhanets with heavy artillery during the day on Wednesday, injuring three people, regional head Serhiy Lysak reported."),
    ev(ERV, "air_drone_strike", "2025-11-19", "day",
       note(loc("Nizhyn", "the Nizhyn district", "Chernihiv Oblast", "UA", 51.05, 31.89, "region"),
            "district named only; Nizhyn town's coordinates"),
       RU, "state_forces", None, None,
       evidence="A drone struck energy infrastructure in the Nizhyn district late on Wednesday, leaving several thousand households without electricity, the regional energy company said."),
    ev(ERV, "air_drone_strike", "2025-11-17", "day",
       loc("Balakliia", "a residential building in Balakliia", "Kharkiv Oblast", "UA", 49.46, 36.86),
       RU, "state_forces", CUA, "civilians", 4,
       evidence="The toll from Monday's drone attack on a residential building in Balakliia has risen to four after a 71-year-old woman died in hospital, governor Oleh Syniehubov said on Wednesday evening."),
    ev(SD, "disrupted_weapons_use", "2025-11-20", "day",
       loc("Bryansk Oblast", "the Bryansk region", "Bryansk Oblast", "RU", 53.25, 34.37, "admin1"),
       RU, "state_forces", UA, "state_forces", 0,
       evidence="Meanwhile, Russia's Defence Ministry claimed that its air defences had destroyed 64 Ukrainian drones over the Bryansk region overnight. The governor of the region reported no casualties."),
]})

# 2 Palestine: a Ramallah outlet's day summary from Gaza and the West Bank (after the October 2025 ceasefire)
IL, CPS = "Military Forces of Israel", "Civilians (Palestine)"
t2 = """Day summary: two killed east of Khan Younis, settlers torch cars in Sinjil, arrests across the West Bank

RAMALLAH - Israeli fire killed two Palestinians in the southern Gaza Strip on Wednesday, while settlers attacked a village near Ramallah and the Israeli army carried out raids and arrests in several West Bank towns. Here is a summary of the day's main developments.

Gaza Strip

An Israeli drone fired a missile at a group of people in Bani Suheila, east of Khan Younis, on Wednesday morning, killing two brothers, medics at Nasser Hospital said. The Israeli army said its troops had identified "terrorists" who crossed the so-called yellow line and approached the forces, and that it had "eliminated the threat". The family said the brothers had gone to check on their destroyed home.

Late on Tuesday, Israeli tanks shelled the Shejaiya neighbourhood east of Gaza City, wounding three people, the Civil Defence said.

The Gaza health ministry said 357 Palestinians had been killed by Israeli fire since the ceasefire took effect on October 10. Hamas accused Israel of violating the truce, which the Israeli government denied, saying its forces were responding to threats.

West Bank

Dozens of settlers, some of them masked, attacked the village of Sinjil, north of Ramallah, on Wednesday afternoon, setting fire to three cars and a barn and throwing stones at residents, the village council said. Four Palestinians were injured, one of them by a stone to the head, according to the Palestine Red Crescent Society. Israeli troops later arrived and fired tear gas at the villagers, witnesses said.

In Tammun, south of Tubas, Israeli forces exchanged fire with gunmen during a pre-dawn raid, the army said. A member of the Al-Quds Brigades, the armed wing of Islamic Jihad, was killed, the group said. The army said a soldier was lightly wounded.

Israeli forces arrested at least 14 Palestinians in Beit Ummar, north of Hebron, overnight, the Palestinian Prisoners' Society said, among them two former prisoners. The army said it had detained "wanted persons" and seized weapons.

Settler attacks have intensified during the olive harvest. Last month, settlers set fire to a mosque in Deir Istiya, in the Salfit area, and daubed racist graffiti on its walls. No one was hurt.

The Israeli army said on Wednesday evening that it had opened an investigation into the Sinjil incident."""
arts.append({"id": "probe-daily-2", "url": None,
             "title": "Day summary: two killed east of Khan Younis, settlers torch cars in Sinjil, arrests across the West Bank",
             "published": "2025-12-03", "text": t2, "events": [
    ev(ERV, "air_drone_strike", "2025-12-03", "day",
       loc("Bani Suhayla", "Bani Suheila, east of Khan Younis", "Gaza Strip", "PS", 31.34, 34.32),
       IL, "state_forces", CPS, "civilians", 2,
       evidence="An Israeli drone fired a missile at a group of people in Bani Suheila, east of Khan Younis, on Wednesday morning, killing two brothers, medics at Nasser Hospital said."),
    ev(ERV, "shelling_artillery_missile_attack", "2025-12-02", "day",
       note(loc("Gaza", "the Shejaiya neighbourhood east of Gaza City", "Gaza Strip", "PS", 31.50, 34.47, "region"),
            "Shejaiya neighbourhood; Gaza City's coordinates"),
       IL, "state_forces", CPS, "civilians", injured=3,
       evidence="Late on Tuesday, Israeli tanks shelled the Shejaiya neighbourhood east of Gaza City, wounding three people, the Civil Defence said."),
    ev(RIO, "mob_violence", "2025-12-03", "day",
       loc("Sinjil", "the village of Sinjil, north of Ramallah", "West Bank", "PS", 32.03, 35.26),
       "Rioters (Israel): Israeli settlers", "rioters", CPS, "civilians", injured=4,
       evidence="Dozens of settlers, some of them masked, attacked the village of Sinjil, north of Ramallah, on Wednesday afternoon, setting fire to three cars and a barn and throwing stones at residents, the village council said."),
    ev(BAT, "armed_clash", "2025-12-03", "day",
       loc("Tammun", "Tammun, south of Tubas", "West Bank", "PS", 32.28, 35.38),
       IL, "state_forces", "Al-Quds Brigades", "rebel_group", 1, injured=1,
       evidence="In Tammun, south of Tubas, Israeli forces exchanged fire with gunmen during a pre-dawn raid, the army said."),
    ev(SD, "arrests", "2025-12-03", "day",
       loc("Bayt Ummar", "Beit Ummar, north of Hebron", "West Bank", "PS", 31.62, 35.10),
       IL, "state_forces", CPS, "civilians",
       evidence="Israeli forces arrested at least 14 Palestinians in Beit Ummar, north of Hebron, overnight, the Palestinian Prisoners' Society said, among them two former prisoners."),
    ev(SD, "looting_property_destruction", "2025-11-15", "month",
       loc("Dayr Istiya", "a mosque in Deir Istiya, in the Salfit area", "West Bank", "PS", 32.13, 35.14),
       "Rioters (Israel): Israeli settlers", "rioters", CPS, "civilians",
       evidence="Last month, settlers set fire to a mosque in Deir Istiya, in the Salfit area, and daubed racist graffiti on its walls.",
       bg=True),
]})

# 3 Yemen: an Aden-based outlet's daily update on US strikes and Houthi launches (spring 2025 campaign)
US, HM, CYE = "Military Forces of the United States", "Houthi Movement", "Civilians (Yemen)"
t3 = """Yemen update: US strikes hit Saada and Sanhan; Houthis say they downed another MQ-9 over Marib

ADEN - US warplanes struck Houthi-held areas in several provinces overnight and on Tuesday, as the group said it had shot down an American drone and fired missiles at US warships in the Red Sea, in the third week of the US campaign against the Iran-aligned movement.

The Houthi-run health ministry in Sanaa said four people were killed and six wounded when strikes hit a telecommunications building in the Sahar district of Saada province overnight. The group's al-Masirah television said the victims were civilians working at the site. There was no comment from the US military on the specific target.

Late on Tuesday, a series of strikes targeted the Jarban area of Sanhan district, south of the capital Sanaa, al-Masirah said, without reporting casualties. Residents said the blasts shook windows across the southern districts of the city.

On Monday, strikes hit Kamaran island off the coast of Hodeidah province, the channel said. It did not give details of damage or casualties.

Houthi military spokesman Yahya Saree said in a televised statement on Tuesday that the group's air defences had shot down a US MQ-9 Reaper drone "while it was carrying out hostile missions" over Marib province on Monday. A US official, speaking on condition of anonymity, confirmed that an MQ-9 had been lost over Yemen but did not say what caused it.

Saree also said the Houthis had targeted the aircraft carrier USS Harry S. Truman and its escort ships in the northern Red Sea with cruise missiles and drones. US officials said no US ship had been hit.

On the ground, three soldiers of the government forces were killed and five wounded in clashes with Houthi fighters in Raghwan district of Marib province on Tuesday, a military source told our correspondent. The source said the Houthis had attacked army positions after an artillery barrage and were pushed back. The Houthis did not comment.

The US campaign began on March 15, when strikes on Sanaa, Saada and other provinces killed 53 people, according to the Houthis. Washington says it has hit hundreds of targets since, including command centres and weapons depots, and that the strikes will continue until the Houthis stop attacking shipping.

The Houthis began targeting vessels in the Red Sea and the Gulf of Aden in November 2023, saying they were acting in solidarity with Palestinians in Gaza."""
arts.append({"id": "probe-daily-3", "url": None,
             "title": "Yemen update: US strikes hit Saada and Sanhan; Houthis say they downed another MQ-9 over Marib",
             "published": "2025-04-02", "text": t3, "events": [
    ev(ERV, "air_drone_strike", "2025-04-02", "day",
       note(loc("Sa'dah", "the Sahar district of Saada province", "Sa'dah", "YE", 16.94, 43.76, "region"),
            "Sahar district surrounds Saada city; Saada's coordinates"),
       US, "state_forces", CYE, "civilians", 4, injured=6,
       evidence="The Houthi-run health ministry in Sanaa said four people were killed and six wounded when strikes hit a telecommunications building in the Sahar district of Saada province overnight."),
    ev(ERV, "air_drone_strike", "2025-04-01", "day",
       note(loc("Sanaa", "the Jarban area of Sanhan district, south of the capital Sanaa", "Sanaa", "YE", 15.35,
                44.21, "region"), "Sanhan district south of Sanaa; Sanaa's coordinates"),
       US, "state_forces", None, None,
       evidence="Late on Tuesday, a series of strikes targeted the Jarban area of Sanhan district, south of the capital Sanaa, al-Masirah said, without reporting casualties."),
    ev(ERV, "air_drone_strike", "2025-03-31", "day",
       loc("Kamaran", "Kamaran island off the coast of Hodeidah province", "Al Hudaydah", "YE", 15.35, 42.60),
       US, "state_forces", None, None,
       evidence="On Monday, strikes hit Kamaran island off the coast of Hodeidah province, the channel said."),
    ev(SD, "disrupted_weapons_use", "2025-03-31", "day",
       loc("Ma'rib", "over Marib province", "Ma'rib", "YE", 15.46, 45.32, "admin1"),
       HM, "rebel_group", US, "state_forces",
       evidence="Houthi military spokesman Yahya Saree said in a televised statement on Tuesday that the group's air defences had shot down a US MQ-9 Reaper drone \"while it was carrying out hostile missions\" over Marib province on Monday."),
    ev(BAT, "armed_clash", "2025-04-01", "day",
       note(loc("Raghwan", "Raghwan district of Marib province", "Ma'rib", "YE", 15.73, 45.05, "region"),
            "Raghwan district; approximate"),
       HM, "rebel_group", "Military Forces of Yemen", "state_forces", 3, injured=5,
       evidence="On the ground, three soldiers of the government forces were killed and five wounded in clashes with Houthi fighters in Raghwan district of Marib province on Tuesday, a military source told our correspondent."),
]})

# 4 Pakistan: a Peshawar/Quetta daily's security page for Khyber Pakhtunkhwa and Balochistan
TTP, PPK, MPK = "TTP: Tehreek-i-Taliban Pakistan", "Police Forces of Pakistan", "Military Forces of Pakistan"
UAG, CPK = "Unidentified Armed Group (Pakistan)", "Civilians (Pakistan)"
t4 = """Militants attack Bannu police station, IED kills two in Lakki; labourers shot dead in Kech

BANNU / QUETTA: Militants attacked the Mandan police station in Bannu district with heavy weapons and quadcopters late on Wednesday night, triggering an exchange of fire that lasted over two hours, police said on Thursday.

District police officer Saleem Abbas Kulachi told this newspaper that the attack was repulsed and the militants fled under cover of darkness. Two constables were injured and shifted to the District Headquarters Hospital. He blamed the banned Tehreek-i-Taliban Pakistan (TTP) for the attack, the third on the same station this year.

Earlier on Wednesday, a roadside bomb struck a police mobile van in Sarai Naurang, in Lakki Marwat district, killing a constable and a passer-by and injuring four others, a police spokesman said. A search operation was launched in the area. No group claimed the blast.

Separately, the military's media wing, ISPR, said on Wednesday that security forces had killed six "khwarij" in an intelligence-based operation in the Datta Khel area of North Waziristan on Tuesday. A large cache of arms was recovered, it said. The term is used by the state for TTP militants. The figures could not be verified independently as journalists are barred from the area.

In Balochistan, unidentified gunmen shot dead two labourers from Punjab at a construction site in Hoshab, in Kech district, on Tuesday night, the Levies force said. The bodies were shifted to Turbat. The Balochistan Liberation Front (BLF) later claimed the killings, but a police official said the investigation was still at an early stage.

In Quetta, three people were wounded when unknown men hurled a hand grenade at a shop on Sariab Road on Wednesday evening, police said.

The provincial Counter-Terrorism Department (CTD) said on Wednesday that it had arrested four suspected members of the Balochistan Liberation Army (BLA) in a raid in Nushki and recovered explosives and a suicide vest. It did not say when the raid took place.

The BLA has carried out some of the deadliest attacks in the province in recent years. A suicide bomber blew himself up at Quetta's railway station on November 9 last year, killing 26 people, many of them soldiers waiting for a train.

Officials say more than 400 security personnel have been killed in Khyber Pakhtunkhwa and Balochistan so far this year."""
arts.append({"id": "probe-daily-4", "url": None,
             "title": "Militants attack Bannu police station, IED kills two in Lakki; labourers shot dead in Kech",
             "published": "2025-09-25", "text": t4, "events": [
    ev(BAT, "armed_clash", "2025-09-24", "day",
       note(loc("Bannu", "the Mandan police station in Bannu district", "Khyber Pakhtunkhwa", "PK", 32.99, 70.60,
                "region"), "Mandan area of Bannu district; Bannu's coordinates"),
       TTP, "rebel_group", PPK, "state_forces", injured=2,
       evidence="Militants attacked the Mandan police station in Bannu district with heavy weapons and quadcopters late on Wednesday night, triggering an exchange of fire that lasted over two hours, police said on Thursday."),
    ev(ERV, "remote_explosive_landmine_ied", "2025-09-24", "day",
       loc("Sarai Naurang", "Sarai Naurang, in Lakki Marwat district", "Khyber Pakhtunkhwa", "PK", 32.83, 70.78),
       UAG, "unknown", PPK, "state_forces", 2, injured=4,
       evidence="Earlier on Wednesday, a roadside bomb struck a police mobile van in Sarai Naurang, in Lakki Marwat district, killing a constable and a passer-by and injuring four others, a police spokesman said."),
    ev(BAT, "armed_clash", "2025-09-23", "day",
       note(loc("Datta Khel", "the Datta Khel area of North Waziristan", "Khyber Pakhtunkhwa", "PK", 32.96, 69.82,
                "region"), "approximate"),
       MPK, "state_forces", TTP, "rebel_group", 6,
       evidence="Separately, the military's media wing, ISPR, said on Wednesday that security forces had killed six \"khwarij\" in an intelligence-based operation in the Datta Khel area of North Waziristan on Tuesday."),
    ev(VAC, "attack", "2025-09-23", "day",
       loc("Hoshab", "a construction site in Hoshab, in Kech district", "Balochistan", "PK", 26.02, 63.90),
       "BLF: Balochistan Liberation Front", "rebel_group", CPK, "civilians", 2,
       evidence="In Balochistan, unidentified gunmen shot dead two labourers from Punjab at a construction site in Hoshab, in Kech district, on Tuesday night, the Levies force said."),
    ev(ERV, "grenade", "2025-09-24", "day",
       note(loc("Quetta", "a shop on Sariab Road", "Balochistan", "PK", 30.19, 67.01), "Sariab Road in Quetta"),
       UAG, "unknown", CPK, "civilians", injured=3,
       evidence="In Quetta, three people were wounded when unknown men hurled a hand grenade at a shop on Sariab Road on Wednesday evening, police said."),
    ev(SD, "arrests", "2025-09-24", "week",
       loc("Nushki", "a raid in Nushki", "Balochistan", "PK", 29.55, 66.02),
       PPK, "state_forces", "BLA: Baloch Liberation Army", "rebel_group",
       evidence="The provincial Counter-Terrorism Department (CTD) said on Wednesday that it had arrested four suspected members of the Balochistan Liberation Army (BLA) in a raid in Nushki and recovered explosives and a suicide vest."),
    ev(ERV, "suicide_bomb", "2024-11-09", "day",
       loc("Quetta", "Quetta's railway station", "Balochistan", "PK", 30.19, 67.01),
       "BLA: Baloch Liberation Army", "rebel_group", MPK, "state_forces", 26,
       evidence="A suicide bomber blew himself up at Quetta's railway station on November 9 last year, killing 26 people, many of them soldiers waiting for a train.",
       bg=True),
]})

# 5 Nigeria: a Lagos/Kaduna daily on bandit abductions in the north-west
NAG, CNG = "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)"
t5 = """Bandits abduct 23 in Sokoto, kill three in Katsina as police rescue nine kidnap victims

From our correspondents in Sokoto, Katsina and Gusau

Armed bandits have abducted at least 23 people, mostly women and children, in an overnight raid on Bargaja village in Isa Local Government Area of Sokoto State, residents said on Tuesday.

A community leader, who spoke on condition of anonymity, said the gunmen arrived on motorcycles at about 11pm on Sunday and moved from house to house for nearly three hours. "They took my two wives and four of my children. We have not heard from them," another resident said by telephone. The state police command confirmed the attack but put the number of those abducted at 15.

In Katsina State, bandits on Monday evening stormed Yankara town in Faskari LGA, shooting dead three men who tried to flee and abducting 11 others, according to a councillor in the area. Residents said the attackers also carted away foodstuff and livestock.

Meanwhile, the Katsina State Police Command said its operatives, working with local security outfits, engaged bandits in a gun duel on the Danmusa-Safana road on Tuesday, rescuing nine kidnapped victims. The command's spokesperson, Abubakar Sadiq Aliyu, said one of the bandits was neutralised while others escaped with gunshot wounds.

In Zamfara State, the Nigerian Air Force said its fighter jets struck a bandit enclave in the Tsafe area on Saturday after intelligence showed that a notorious kingpin was holding a meeting with his commanders. The Air Force said "scores of terrorists" were neutralised, but did not give a figure. Residents of nearby villages could not confirm the toll.

In Kebbi State, suspected Lakurawa fighters killed two herders and rustled more than 100 cattle near Kangiwa in Arewa LGA last Thursday, a local vigilante leader said. The police spokesman in Birnin Kebbi said he had "no record" of any killing in the area.

Kidnapping for ransom has become a thriving business across the north-west, where armed groups hold hundreds of captives in forest camps and demand payments from families and communities. Some communities have signed so-called peace deals with bandit leaders, paying levies in exchange for being allowed to farm.

The crisis drew global attention in December 2020, when gunmen abducted more than 300 schoolboys from a government secondary school in Kankara, Katsina State. The boys were released about a week later.

Governor Ahmed Aliyu of Sokoto State on Tuesday described the Isa attack as "barbaric" and promised that the abductees would be rescued."""
arts.append({"id": "probe-daily-5", "url": None,
             "title": "Bandits abduct 23 in Sokoto, kill three in Katsina as police rescue nine kidnap victims",
             "published": "2025-10-15", "text": t5, "events": [
    ev(VAC, "abduction_forced_disappearance", "2025-10-12", "day",
       note(loc("Isa", "Bargaja village in Isa Local Government Area of Sokoto State", "Sokoto", "NG", 13.20, 6.40,
                "region"), "Bargaja village; Isa town's coordinates"),
       NAG, "unknown", CNG, "civilians",
       evidence="Armed bandits have abducted at least 23 people, mostly women and children, in an overnight raid on Bargaja village in Isa Local Government Area of Sokoto State, residents said on Tuesday."),
    ev(VAC, "attack", "2025-10-13", "day",
       loc("Yankara", "Yankara town in Faskari LGA", "Katsina", "NG", 11.92, 7.10),
       NAG, "unknown", CNG, "civilians", 3,
       evidence="In Katsina State, bandits on Monday evening stormed Yankara town in Faskari LGA, shooting dead three men who tried to flee and abducting 11 others, according to a councillor in the area."),
    ev(VAC, "abduction_forced_disappearance", "2025-10-13", "day",
       loc("Yankara", "Yankara town in Faskari LGA", "Katsina", "NG", 11.92, 7.10),
       NAG, "unknown", CNG, "civilians",
       evidence="In Katsina State, bandits on Monday evening stormed Yankara town in Faskari LGA, shooting dead three men who tried to flee and abducting 11 others, according to a councillor in the area."),
    ev(BAT, "armed_clash", "2025-10-14", "day",
       note(loc("Danmusa", "the Danmusa-Safana road", "Katsina", "NG", 12.27, 7.35, "region"),
            "a road between two towns; Danmusa's coordinates, approximate"),
       "Police Forces of Nigeria", "state_forces", NAG, "unknown", 1,
       evidence="Meanwhile, the Katsina State Police Command said its operatives, working with local security outfits, engaged bandits in a gun duel on the Danmusa-Safana road on Tuesday, rescuing nine kidnapped victims."),
    ev(ERV, "air_drone_strike", "2025-10-11", "day",
       note(loc("Tsafe", "the Tsafe area", "Zamfara", "NG", 11.96, 6.92, "region"), "approximate"),
       "Military Forces of Nigeria", "state_forces", NAG, "unknown",
       evidence="In Zamfara State, the Nigerian Air Force said its fighter jets struck a bandit enclave in the Tsafe area on Saturday after intelligence showed that a notorious kingpin was holding a meeting with his commanders."),
    ev(VAC, "attack", "2025-10-09", "day",
       note(loc("Kangiwa", "near Kangiwa in Arewa LGA", "Kebbi", "NG", 12.55, 3.82, "region"), "approximate"),
       "Lakurawa", "rebel_group", CNG, "civilians", 2,
       evidence="In Kebbi State, suspected Lakurawa fighters killed two herders and rustled more than 100 cattle near Kangiwa in Arewa LGA last Thursday, a local vigilante leader said."),
    ev(VAC, "abduction_forced_disappearance", "2020-12-15", "month",
       loc("Kankara", "a government secondary school in Kankara, Katsina State", "Katsina", "NG", 11.93, 7.41),
       NAG, "unknown", "Civilians (Nigeria): students", "civilians",
       evidence="The crisis drew global attention in December 2020, when gunmen abducted more than 300 schoolboys from a government secondary school in Kankara, Katsina State.",
       bg=True),
]})

# 6 Somalia: a Mogadishu outlet's round-up of al-Shabaab attacks and army operations
SH, SNA, CSO = "Al Shabaab", "Military Forces of Somalia", "Civilians (Somalia)"
t6 = """Army says 17 al-Shabaab fighters killed near Awdheegle; mortars hit Mogadishu's Wadajir district

MOGADISHU - Somali National Army (SNA) forces repelled an al-Shabaab attack on their positions on the outskirts of Awdheegle in Lower Shabelle region at dawn on Wednesday, killing 17 militants, the Ministry of Information said.

Two soldiers were also killed in the fighting, which lasted about three hours, a military officer told our reporter by phone from the town. Al-Shabaab, in a statement on its affiliated websites, claimed to have overrun two army positions and killed "dozens of apostate soldiers", a claim the army dismissed as propaganda.

In the capital, several mortar shells fired by the militants landed in the Wadajir district near Aden Adde International Airport on Tuesday night, wounding three civilians, including a child, residents and a district official said. Al-Shabaab said it had targeted the airport, which hosts the UN compound and foreign embassies.

On the Mogadishu-Afgoye road, a roadside bomb struck an army truck on Wednesday morning, killing three soldiers, a military official said. Al-Shabaab said it had killed eight.

In Hiraan region, government forces backed by local clan militia entered the village of Moqokori on Monday without a fight after al-Shabaab fighters withdrew the previous night, the regional administration said. Residents said the militants had torched a water point before leaving.

Further north, US Africa Command (AFRICOM) said on Wednesday that it had conducted an airstrike against Islamic State-Somalia fighters in the Cal Miskaad mountains, southeast of Bosaso, on August 26, in coordination with the Federal Government of Somalia. It said its initial assessment was that no civilians were harmed, and did not say how many militants were killed. Puntland forces have been fighting the group in the mountains since the start of the year.

The government launched a new offensive in Lower and Middle Shabelle this year after al-Shabaab retook several towns that the army had captured in 2022 and 2023. In March, the militants targeted President Hassan Sheikh Mohamud's convoy with a roadside bomb in Mogadishu; he was unhurt.

The African Union Support and Stabilisation Mission in Somalia (AUSSOM), which replaced the previous mission in January, has about 11,000 troops in the country but is facing a funding shortfall."""
arts.append({"id": "probe-daily-6", "url": None,
             "title": "Army says 17 al-Shabaab fighters killed near Awdheegle; mortars hit Mogadishu's Wadajir district",
             "published": "2025-08-28", "text": t6, "events": [
    ev(BAT, "armed_clash", "2025-08-27", "day",
       loc("Awdheegle", "the outskirts of Awdheegle in Lower Shabelle region", "Lower Shabeelle", "SO", 1.98, 44.83),
       SH, "rebel_group", SNA, "state_forces", 19,
       evidence="Somali National Army (SNA) forces repelled an al-Shabaab attack on their positions on the outskirts of Awdheegle in Lower Shabelle region at dawn on Wednesday, killing 17 militants, the Ministry of Information said."),
    ev(ERV, "shelling_artillery_missile_attack", "2025-08-26", "day",
       note(loc("Mogadishu", "the Wadajir district near Aden Adde International Airport", "Banaadir", "SO", 2.04,
                45.34, "region"), "Wadajir district of Mogadishu; Mogadishu's coordinates"),
       SH, "rebel_group", CSO, "civilians", injured=3,
       evidence="In the capital, several mortar shells fired by the militants landed in the Wadajir district near Aden Adde International Airport on Tuesday night, wounding three civilians, including a child, residents and a district official said."),
    ev(ERV, "remote_explosive_landmine_ied", "2025-08-27", "day",
       note(loc("Afgoye", "the Mogadishu-Afgoye road", "Lower Shabeelle", "SO", 2.14, 45.12, "region"),
            "a road between two towns; Afgoye's coordinates"),
       SH, "rebel_group", SNA, "state_forces", 3, 3, 8,
       evidence="On the Mogadishu-Afgoye road, a roadside bomb struck an army truck on Wednesday morning, killing three soldiers, a military official said. Al-Shabaab said it had killed eight."),
    ev(SD, "non_violent_transfer_of_territory", "2025-08-25", "day",
       note(loc("Moqokori", "the village of Moqokori", "Hiiraan", "SO", 4.05, 46.12), "approximate"),
       SNA, "state_forces", SH, "rebel_group",
       evidence="In Hiraan region, government forces backed by local clan militia entered the village of Moqokori on Monday without a fight after al-Shabaab fighters withdrew the previous night, the regional administration said."),
    ev(ERV, "air_drone_strike", "2025-08-26", "day",
       note(loc("Bosaso", "the Cal Miskaad mountains, southeast of Bosaso", "Bari", "SO", 11.28, 49.18, "region"),
            "mountain range south-east of Bosaso; Bosaso's coordinates"),
       US, "state_forces", "Islamic State (Somalia)", "rebel_group",
       evidence="Further north, US Africa Command (AFRICOM) said on Wednesday that it had conducted an airstrike against Islamic State-Somalia fighters in the Cal Miskaad mountains, southeast of Bosaso, on August 26, in coordination with the Federal Government of Somalia."),
    ev(ERV, "remote_explosive_landmine_ied", "2025-03-15", "month",
       loc("Mogadishu", "in Mogadishu", "Banaadir", "SO", 2.04, 45.34),
       SH, "rebel_group", "Government of Somalia", "state_forces", 0,
       evidence="In March, the militants targeted President Hassan Sheikh Mohamud's convoy with a roadside bomb in Mogadishu; he was unhurt.",
       bg=True),
]})

# 7 Syria: a Damascus outlet on Suwayda ceasefire violations and killings on the coast
SSY, DRZ, CSY = "Security Forces of Syria (2024-)", "Druze Militia (Syria)", "Civilians (Syria)"
t7 = """Suwayda: two security personnel killed in clashes near al-Mazraa; gunmen kill two brothers in Jableh countryside

DAMASCUS - Two members of the General Security forces were killed and four wounded on Wednesday in clashes with local armed groups on the western edge of Suwayda province, near the town of al-Mazraa, the Interior Ministry said, accusing "outlaw groups" of breaching the ceasefire.

The so-called National Guard, a coalition of Druze factions loyal to spiritual leader Sheikh Hikmat al-Hijri, said one of its fighters was killed and accused government forces of trying to advance towards the village of Walgha under cover of heavy machine-gun fire.

Local news network Suwayda 24 reported that mortar shells fell on Walgha on Tuesday evening, wounding a child, and blamed tribal fighters positioned in the nearby countryside of Daraa. The ministry denied that any of its units or affiliated groups had fired on the village.

The ceasefire, brokered by the United States and Jordan, has largely held since July, when fighting between Druze factions, Bedouin tribal fighters and government forces killed more than 1,000 people in the province, according to monitors.

On the coast, unidentified gunmen on a motorcycle shot dead two brothers from the Alawite community near their home in the village of Ain al-Sharqiya, in the countryside of Jableh, late on Monday, the Syrian Observatory for Human Rights said. Residents said the brothers worked as farmers. No one claimed the killing.

The Interior Ministry said on Wednesday that it had arrested five members of a "cell of remnants of the former regime" in Tal Kalakh, west of Homs, accusing them of attacking a checkpoint in the area last month. It did not say when the arrests were made.

In Quneitra province, an Israeli army force entered the village of Jubata al-Khashab on Tuesday morning and detained three shepherds, local sources said. Two were released hours later. The Israeli army did not comment.

The coastal provinces have seen sporadic killings since March, when gunmen loyal to the former government of Bashar al-Assad ambushed security patrols near Jableh on March 6, triggering days of violence in which hundreds of Alawite civilians were killed, according to a government-appointed inquiry.

President Ahmed al-Sharaa has promised to hold perpetrators of abuses to account and to integrate armed factions into the new army."""
arts.append({"id": "probe-daily-7", "url": None,
             "title": "Suwayda: two security personnel killed in clashes near al-Mazraa; gunmen kill two brothers in Jableh countryside",
             "published": "2025-11-13", "text": t7, "events": [
    ev(BAT, "armed_clash", "2025-11-12", "day",
       note(loc("Al Mazra'ah", "near the town of al-Mazraa", "As Suwayda", "SY", 32.78, 36.48), "approximate"),
       SSY, "state_forces", DRZ, "identity_militia", 3, injured=4,
       evidence="Two members of the General Security forces were killed and four wounded on Wednesday in clashes with local armed groups on the western edge of Suwayda province, near the town of al-Mazraa, the Interior Ministry said, accusing \"outlaw groups\" of breaching the ceasefire."),
    ev(ERV, "shelling_artillery_missile_attack", "2025-11-11", "day",
       note(loc("Walgha", "Walgha", "As Suwayda", "SY", 32.79, 36.52), "approximate"),
       "Bedouin Tribal Militia (Syria)", "identity_militia", CSY, "civilians", injured=1,
       evidence="Local news network Suwayda 24 reported that mortar shells fell on Walgha on Tuesday evening, wounding a child, and blamed tribal fighters positioned in the nearby countryside of Daraa."),
    ev(VAC, "attack", "2025-11-10", "day",
       note(loc("Jableh", "the village of Ain al-Sharqiya, in the countryside of Jableh", "Latakia", "SY", 35.36,
                35.93, "region"), "Ain al-Sharqiya village; Jableh's coordinates"),
       "Unidentified Armed Group (Syria)", "unknown", CSY, "civilians", 2,
       evidence="On the coast, unidentified gunmen on a motorcycle shot dead two brothers from the Alawite community near their home in the village of Ain al-Sharqiya, in the countryside of Jableh, late on Monday, the Syrian Observatory for Human Rights said."),
    ev(SD, "arrests", "2025-11-12", "week",
       loc("Tall Kalakh", "Tal Kalakh, west of Homs", "Homs", "SY", 34.67, 36.26),
       SSY, "state_forces", "Unidentified Armed Group (Syria)", "unknown",
       evidence="The Interior Ministry said on Wednesday that it had arrested five members of a \"cell of remnants of the former regime\" in Tal Kalakh, west of Homs, accusing them of attacking a checkpoint in the area last month."),
    ev(SD, "arrests", "2025-11-11", "day",
       note(loc("Jubata al-Khashab", "the village of Jubata al-Khashab", "Quneitra", "SY", 33.26, 35.83),
            "approximate"),
       IL, "state_forces", CSY, "civilians",
       evidence="In Quneitra province, an Israeli army force entered the village of Jubata al-Khashab on Tuesday morning and detained three shepherds, local sources said."),
    ev(BAT, "armed_clash", "2025-03-06", "day",
       loc("Jableh", "near Jableh", "Latakia", "SY", 35.36, 35.93, "region"),
       "Unidentified Armed Group (Syria)", "unknown", SSY, "state_forces",
       evidence="The coastal provinces have seen sporadic killings since March, when gunmen loyal to the former government of Bashar al-Assad ambushed security patrols near Jableh on March 6, triggering days of violence in which hundreds of Alawite civilians were killed, according to a government-appointed inquiry.",
       bg=True),
]})

for a in arts:
    for e in a["events"]:
        assert e["evidence"] in a["text"], (a["id"], e["evidence"][:60])
    words = len(a["text"].split())
    assert 250 <= words <= 700, (a["id"], words)

out = Path(__file__).with_name("probe-daily.jsonl")
out.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in arts), encoding="utf-8")
print(f"{len(arts)} articles, {sum(len(a['events']) for a in arts)} events -> {out.name}")

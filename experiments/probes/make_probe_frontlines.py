"""Builds probe-frontlines.jsonl: own-written articles from active front lines (Sudan's Kordofan, Myanmar's
Sagaing, eastern DR Congo, Ethiopia's Amhara, Mali and Burkina Faso, Yemen's fronts, Colombia's Catatumbo and
Cauca): several events per article, relative dates, tolls with sources, a recalled background event and
places at several levels (not dev text)."""
import json
from pathlib import Path


from probe_gold import ev, loc  # noqa: E402


arts = []
BAT, ERV, VAC, SD = ("battles", "explosions_remote_violence", "violence_against_civilians",
                     "strategic_developments")
RSF, SAF, CIV_SD = "RSF: Rapid Support Forces", "Military Forces of Sudan", "Civilians (Sudan)"
MMA, CIV_MM = "Military Forces of Myanmar", "Civilians (Myanmar)"
FARDC, CIV_CD = "Military Forces of the Democratic Republic of Congo", "Civilians (Democratic Republic of Congo)"
ENDF, CIV_ET = "Military Forces of Ethiopia", "Civilians (Ethiopia)"
JNIM = "JNIM: Group for Support of Islam and Muslims"
HOU, YEM, CIV_YE = "Houthi Movement", "Military Forces of Yemen", "Civilians (Yemen)"
ELN, DISS = "ELN: National Liberation Army", "FARC Dissidents"

# 1 Sudan: Kordofan (wire)
t1 = """Drone strike on market kills 23 in besieged Sudanese town as fighting spreads across Kordofan

PORT SUDAN, Jan 14 (Reuters) - A drone strike on a crowded market in the besieged town of Dilling in Sudan's South Kordofan state killed at least 23 people on Tuesday, a medical group said, as fighting between the army and the paramilitary Rapid Support Forces (RSF) spread across the vast Kordofan region.

The Sudan Doctors Network said the drone hit the town's main grain and livestock market around midday, when it was at its busiest, and that 41 people had been wounded, many of them women and children. The army-aligned government in Port Sudan blamed the RSF, which did not respond to a request for comment.

"People were queueing for sorghum when it fell. We collected the bodies with our hands," a trader reached by satellite phone said.

Dilling and the state capital Kadugli, about 120 km (75 miles) to the south, have been encircled for months by the RSF and its ally, the Sudan People's Liberation Movement-North (SPLM-N) led by Abdelaziz al-Hilu, cutting off food and medicine. U.N.-backed experts confirmed famine in Kadugli in November.

On Sunday, shells fired by the RSF and the SPLM-N fell on residential neighbourhoods of Kadugli, killing six civilians, including two children, a local resistance committee said.

Further north, the army said on Monday that its troops had recaptured the village of Kazgil, about 40 km south of El Obeid, the capital of North Kordofan state, driving out RSF fighters who had held it since the autumn. It gave no casualty figures.

A day earlier, RSF fighters raided three villages near the town of Bara, north of El Obeid, killing 11 villagers and driving off their cattle, the Emergency Lawyers rights group said. Survivors fled on foot towards El Obeid, it said.

In West Kordofan, RSF fighters stormed the outer defences of the army's 22nd Infantry Division base in Babanusa early on Tuesday but were pushed back after several hours of fighting, a military source said. The source said dozens of attackers had been killed, a figure that could not be independently verified. The RSF said on its Telegram channel that it had destroyed several army vehicles.

The fighting in Kordofan has intensified since the RSF seized El Fasher, the army's last stronghold in the western Darfur region, on Oct. 26 after an 18-month siege. U.N. officials and survivors have since described mass killings of civilians fleeing the city.

Analysts say the RSF is seeking to push east towards El Obeid, a logistics hub on the road to Khartoum, while the army aims to break the sieges of Dilling and Kadugli.

The war, which erupted in April 2023 over plans to merge the two forces, has killed tens of thousands of people and displaced about 12 million, according to U.N. agencies."""
arts.append({"id": "probe-frontlines-1", "url": None,
             "title": "Drone strike on market kills 23 in besieged Sudanese town as fighting spreads across Kordofan",
             "published": "2026-01-14", "text": t1, "events": [
    ev(ERV, "air_drone_strike", "2026-01-13", "day",
       loc("Dilling", "the besieged town of Dilling in Sudan's South Kordofan state", "South Kordofan", "SD",
           12.05, 29.65),
       RSF, "rebel_group", CIV_SD, "civilians", 23, 23, injured=41,
       evidence="A drone strike on a crowded market in the besieged town of Dilling in Sudan's South Kordofan state killed at least 23 people on Tuesday, a medical group said, as fighting between the army and the paramilitary Rapid Support Forces (RSF) spread across the vast Kordofan region."),
    ev(ERV, "shelling_artillery_missile_attack", "2026-01-11", "day",
       loc("Kadugli", "residential neighbourhoods of Kadugli", "South Kordofan", "SD", 11.01, 29.72),
       RSF, "rebel_group", CIV_SD, "civilians", 6,
       evidence="On Sunday, shells fired by the RSF and the SPLM-N fell on residential neighbourhoods of Kadugli, killing six civilians, including two children, a local resistance committee said."),
    ev(BAT, "government_regains_territory", "2026-01-12", "week",
       {**loc("Kazgil", "the village of Kazgil, about 40 km south of El Obeid", "North Kordofan", "SD",
              13.18, 30.22, "region"),
        "coords_note": "village not placed with confidence; El Obeid's coordinates, about 40 km away"},
       SAF, "state_forces", RSF, "rebel_group",
       evidence="Further north, the army said on Monday that its troops had recaptured the village of Kazgil, about 40 km south of El Obeid, the capital of North Kordofan state, driving out RSF fighters who had held it since the autumn."),
    ev(VAC, "attack", "2026-01-11", "day",
       {**loc("Bara", "three villages near the town of Bara", "North Kordofan", "SD", 13.70, 30.37, "region"),
        "coords_note": "villages unnamed; Bara's coordinates"},
       RSF, "rebel_group", CIV_SD, "civilians", 11,
       evidence="A day earlier, RSF fighters raided three villages near the town of Bara, north of El Obeid, killing 11 villagers and driving off their cattle, the Emergency Lawyers rights group said."),
    ev(BAT, "armed_clash", "2026-01-13", "day",
       loc("Babanusa", "the army's 22nd Infantry Division base in Babanusa", "West Kordofan", "SD", 11.33, 27.80),
       RSF, "rebel_group", SAF, "state_forces",
       evidence="In West Kordofan, RSF fighters stormed the outer defences of the army's 22nd Infantry Division base in Babanusa early on Tuesday but were pushed back after several hours of fighting, a military source said."),
    ev(BAT, "non_state_actor_overtakes_territory", "2025-10-26", "day",
       loc("El Fasher", "El Fasher", "North Darfur", "SD", 13.63, 25.35),
       RSF, "rebel_group", SAF, "state_forces",
       evidence="The fighting in Kordofan has intensified since the RSF seized El Fasher, the army's last stronghold in the western Darfur region, on Oct. 26 after an 18-month siege.",
       bg=True),
]})

# 2 Myanmar: Sagaing and Mandalay (local outlet)
t2 = """Resistance forces seize Pinlebu as junta jets bomb Sagaing villages

By MYANMAR NOW | February 11, 2026

Resistance forces said on Tuesday they had taken full control of Pinlebu, a town in the north of Sagaing Region's Katha District, after a battle of more than two weeks that ended with the surrender of over 30 regime soldiers.

A joint force of the Kachin Independence Army (KIA) and local People's Defence Force (PDF) battalions overran the last regime positions in the town, the police station and the township administration compound, on Monday evening, a spokesperson for the Pinlebu PDF told Myanmar Now. He said 14 resistance fighters had been killed in the final assault. The junta has not commented.

Early on Tuesday, a regime fighter jet dropped two bombs on Nyaung Kone, a village about 15 km east of Pinlebu where many residents of the town had taken shelter, killing nine civilians, including four children, according to a local rescue team.

"There were no fighters in the village. They bombed the people who ran away from the town," said a member of the team, who asked not to be named for security reasons.

Fighting also continued on Tuesday on the outskirts of Kawlin, about 50 km to the south-east, where KIA and PDF fighters attacked a regime battalion base that they have kept surrounded since December. There was no word on casualties.

In Salingyi Township in the south of the region, a regime paramotor unit dropped bombs on a crowd gathered for a pagoda festival in Kan Gyi village on Saturday night, killing 18 people and injuring 27, the township administration of the civilian National Unity Government (NUG) said. Paramotors, motorised paragliders that fly low and slow, have been used by the military in a series of attacks on villages in central Myanmar since last year.

Meanwhile, the state-run Global New Light of Myanmar reported on Sunday that regime troops had "regained control" of Singu, a town on the Irrawaddy River about 70 km north of Mandalay, after "terrorists" of the Mandalay PDF withdrew. Residents said the resistance group had pulled out after days of artillery fire.

Since the regime's staged election in December and January, the military has stepped up air strikes on areas held by resistance forces, according to monitors.

On September 12 last year, a regime jet bombed two private high schools in Kyauktaw Township in Rakhine State, killing 19 students aged between 15 and 21, in one of the deadliest attacks on a school since the 2021 coup.

More than 3.5 million people are displaced across the country, according to the United Nations."""
arts.append({"id": "probe-frontlines-2", "url": None,
             "title": "Resistance forces seize Pinlebu as junta jets bomb Sagaing villages",
             "published": "2026-02-11", "text": t2, "events": [
    ev(BAT, "non_state_actor_overtakes_territory", "2026-02-09", "day",
       {**loc("Pinlebu", "Pinlebu, a town in the north of Sagaing Region's Katha District", "Sagaing", "MM",
              24.08, 95.37),
        "coords_note": "approximate"},
       "KIA: Kachin Independence Army", "rebel_group", MMA, "state_forces", 14,
       evidence="A joint force of the Kachin Independence Army (KIA) and local People's Defence Force (PDF) battalions overran the last regime positions in the town, the police station and the township administration compound, on Monday evening, a spokesperson for the Pinlebu PDF told Myanmar Now."),
    ev(ERV, "air_drone_strike", "2026-02-10", "day",
       {**loc("Nyaung Kone", "Nyaung Kone, a village about 15 km east of Pinlebu", "Sagaing", "MM", 24.08, 95.37,
              "region"),
        "coords_note": "village placed at Pinlebu (approximate), about 15 km away"},
       MMA, "state_forces", CIV_MM, "civilians", 9,
       evidence="Early on Tuesday, a regime fighter jet dropped two bombs on Nyaung Kone, a village about 15 km east of Pinlebu where many residents of the town had taken shelter, killing nine civilians, including four children, according to a local rescue team."),
    ev(BAT, "armed_clash", "2026-02-10", "day",
       {**loc("Kawlin", "the outskirts of Kawlin", "Sagaing", "MM", 23.78, 95.68), "coords_note": "approximate"},
       "KIA: Kachin Independence Army", "rebel_group", MMA, "state_forces",
       evidence="Fighting also continued on Tuesday on the outskirts of Kawlin, about 50 km to the south-east, where KIA and PDF fighters attacked a regime battalion base that they have kept surrounded since December."),
    ev(ERV, "air_drone_strike", "2026-02-07", "day",
       {**loc("Salingyi", "Kan Gyi village", "Sagaing", "MM", 22.11, 95.14, "region"),
        "coords_note": "village in Salingyi Township placed at Monywa, the nearest town known with confidence"},
       MMA, "state_forces", CIV_MM, "civilians", 18, injured=27,
       evidence="In Salingyi Township in the south of the region, a regime paramotor unit dropped bombs on a crowd gathered for a pagoda festival in Kan Gyi village on Saturday night, killing 18 people and injuring 27, the township administration of the civilian National Unity Government (NUG) said."),
    ev(BAT, "government_regains_territory", "2026-02-08", "week",
       {**loc("Singu", "Singu, a town on the Irrawaddy River about 70 km north of Mandalay", "Mandalay", "MM",
              22.55, 96.00), "coords_note": "approximate"},
       MMA, "state_forces", "PDF: People's Defence Force", "rebel_group",
       evidence="Meanwhile, the state-run Global New Light of Myanmar reported on Sunday that regime troops had \"regained control\" of Singu, a town on the Irrawaddy River about 70 km north of Mandalay, after \"terrorists\" of the Mandalay PDF withdrew."),
    ev(ERV, "air_drone_strike", "2025-09-12", "day",
       loc("Kyauktaw", "Kyauktaw Township in Rakhine State", "Rakhine", "MM", 20.84, 92.98, "region"),
       MMA, "state_forces", CIV_MM, "civilians", 19,
       evidence="On September 12 last year, a regime jet bombed two private high schools in Kyauktaw Township in Rakhine State, killing 19 students aged between 15 and 21, in one of the deadliest attacks on a school since the 2021 coup.",
       bg=True),
]})

# 3 DR Congo: Beni, Masisi, Uvira plain, Fizi highlands (wire)
t3 = """ADF rebels kill at least 27 in eastern Congo village as M23 pushes south

BENI, DR Congo, March 5 (AFP) - Suspected Allied Democratic Forces (ADF) rebels killed at least 27 civilians in a night raid on a village in the Beni territory of eastern Democratic Republic of Congo, local authorities said on Thursday, in the latest of a string of massacres blamed on the Islamic State-linked group.

The attackers, armed with machetes and guns, entered Mayimoya, about 30 km north of the town of Oicha, late on Tuesday and went from house to house, the territory's administrator told AFP by telephone. "We have so far recovered 27 bodies," he said. A local civil society group said it had counted 34 dead and that several people were still missing. The attackers also set fire to about 20 homes and a health centre.

Congolese and Ugandan troops, who have been conducting joint operations against the ADF since late 2021, said they had tracked the attackers and killed four of them in a clash on Wednesday in the forest west of Mayimoya.

The ADF, which pledged allegiance to the Islamic State group in 2019, killed at least 43 worshippers in an attack on a Catholic church in Komanda, in neighbouring Ituri province, in July last year.

Further south, in North Kivu's Masisi territory, fighting between the AFC/M23 rebels and pro-government Wazalendo militias resumed on Monday around Nyabiondo, after Wazalendo fighters attacked rebel positions on the hills above the town. Local sources said at least eight fighters had been killed.

In South Kivu province, the Rwanda-backed M23 on Wednesday took control of Luvungi, a town on the road between Kamanyola and Uvira, after several hours of fighting with government troops and their Wazalendo allies, residents said. The army has not commented on the loss of the town.

The M23 has controlled the provincial capitals Goma and Bukavu since early last year, despite a peace agreement signed in Washington by Congo and Rwanda and a separate framework agreed with the rebels in Doha.

Meanwhile, the Twirwaneho self-defence group accused the Congolese army of carrying out a drone strike on Sunday on a market in Minembwe, in the highlands of Fizi territory, killing five civilians. The army did not respond to a request for comment.

Eastern Congo has been plagued by violence for three decades, and more than seven million people are displaced, according to U.N. figures."""
arts.append({"id": "probe-frontlines-3", "url": None,
             "title": "ADF rebels kill at least 27 in eastern Congo village as M23 pushes south",
             "published": "2026-03-05", "text": t3, "events": [
    ev(VAC, "attack", "2026-03-03", "day",
       {**loc("Mayimoya", "Mayimoya, about 30 km north of the town of Oicha", "North Kivu", "CD", 0.70, 29.52,
              "region"), "coords_note": "village placed at Oicha, about 30 km away"},
       "ADF: Allied Democratic Forces", "rebel_group", CIV_CD, "civilians", 27, 27, 34,
       evidence="The attackers, armed with machetes and guns, entered Mayimoya, about 30 km north of the town of Oicha, late on Tuesday and went from house to house, the territory's administrator told AFP by telephone."),
    ev(BAT, "armed_clash", "2026-03-04", "day",
       {**loc("Mayimoya", "the forest west of Mayimoya", "North Kivu", "CD", 0.70, 29.52, "region"),
        "coords_note": "forest placed at Oicha, about 30 km away"},
       FARDC, "state_forces", "ADF: Allied Democratic Forces", "rebel_group", 4,
       evidence="Congolese and Ugandan troops, who have been conducting joint operations against the ADF since late 2021, said they had tracked the attackers and killed four of them in a clash on Wednesday in the forest west of Mayimoya."),
    ev(VAC, "attack", "2025-07-15", "month",
       {**loc("Komanda", "a Catholic church in Komanda, in neighbouring Ituri province", "Ituri", "CD", 1.37, 29.77),
        "coords_note": "approximate"},
       "ADF: Allied Democratic Forces", "rebel_group", CIV_CD, "civilians", 43, 43,
       evidence="The ADF, which pledged allegiance to the Islamic State group in 2019, killed at least 43 worshippers in an attack on a Catholic church in Komanda, in neighbouring Ituri province, in July last year.",
       bg=True),
    ev(BAT, "armed_clash", "2026-03-02", "day",
       {**loc("Nyabiondo", "around Nyabiondo", "North Kivu", "CD", -1.57, 29.04, "region"),
        "coords_note": "placed at the Masisi territory reference point"},
       "Wazalendo", "political_militia", "M23: March 23 Movement", "rebel_group", 8, 8,
       evidence="Further south, in North Kivu's Masisi territory, fighting between the AFC/M23 rebels and pro-government Wazalendo militias resumed on Monday around Nyabiondo, after Wazalendo fighters attacked rebel positions on the hills above the town."),
    ev(BAT, "non_state_actor_overtakes_territory", "2026-03-04", "day",
       {**loc("Luvungi", "Luvungi, a town on the road between Kamanyola and Uvira", "South Kivu", "CD", -2.86,
              29.04), "coords_note": "approximate"},
       "M23: March 23 Movement", "rebel_group", FARDC, "state_forces",
       evidence="In South Kivu province, the Rwanda-backed M23 on Wednesday took control of Luvungi, a town on the road between Kamanyola and Uvira, after several hours of fighting with government troops and their Wazalendo allies, residents said."),
    ev(ERV, "air_drone_strike", "2026-03-01", "day",
       {**loc("Minembwe", "a market in Minembwe, in the highlands of Fizi territory", "South Kivu", "CD", -3.90,
              28.85, "region"), "coords_note": "approximate"},
       FARDC, "state_forces", CIV_CD, "civilians", 5,
       evidence="Meanwhile, the Twirwaneho self-defence group accused the Congolese army of carrying out a drone strike on Sunday on a market in Minembwe, in the highlands of Fizi territory, killing five civilians."),
]})

# 4 Ethiopia: Amhara (local outlet)
t4 = """Fano fighters overrun Mehal Meda as drone strike kills nine in West Gojjam

Addis Abeba, March 24/2026 - Fano militia fighters took control of Mehal Meda, the administrative centre of Menz Gera Midir district in North Shewa Zone of the Amhara region, on Saturday after a day of heavy fighting with the Ethiopian National Defense Force (ENDF), residents and a local official told Addis Standard.

The fighters entered the town from three directions in the early hours and by evening had taken the police station, the district administration offices and the prison, from which they freed several hundred inmates, a resident who asked not to be named said. At least 11 people, including three civilians caught in crossfire, were killed, according to a health worker at the town's hospital.

On Sunday, a drone strike hit the weekly market in Dembecha town, West Gojjam Zone, killing nine civilians and wounding 15 others, two residents and a medical source said. Residents blamed the ENDF, which has relied heavily on drones in its campaign against Fano. The federal government did not respond to requests for comment.

Fighting was also reported on Monday on the outskirts of Gondar city, around the Azezo area, where Fano fighters attacked an army camp. Residents said they heard heavy gunfire for several hours; there was no information on casualties.

In Debre Markos, the capital of East Gojjam Zone, soldiers shot dead four young men during house-to-house searches on Thursday, relatives of the victims said. The searches followed an ambush by Fano fighters on a military convoy outside the city on Wednesday.

The Amhara regional government's communication bureau said in a statement on Monday that security forces had "neutralised" more than 70 "extremists" in operations in North Shewa and North Gondar zones over the past week. The claim could not be verified.

The conflict in Amhara erupted in August 2023, months after the federal government moved to dissolve regional special forces. Rights groups have accused both sides of abuses. In January 2024, soldiers killed at least 45 civilians in the town of Merawi, west of Bahir Dar, in what the state-appointed Ethiopian Human Rights Commission described as extrajudicial killings following a Fano attack on the town.

Internet access remains restricted in much of the region, making it difficult to verify information."""
arts.append({"id": "probe-frontlines-4", "url": None,
             "title": "Fano fighters overrun Mehal Meda as drone strike kills nine in West Gojjam",
             "published": "2026-03-24", "text": t4, "events": [
    ev(BAT, "non_state_actor_overtakes_territory", "2026-03-21", "day",
       loc("Mehal Meda", "Mehal Meda, the administrative centre of Menz Gera Midir district in North Shewa Zone",
           "Amhara", "ET", 10.31, 39.66),
       "Fano", "identity_militia", ENDF, "state_forces", 11, 11,
       evidence="Fano militia fighters took control of Mehal Meda, the administrative centre of Menz Gera Midir district in North Shewa Zone of the Amhara region, on Saturday after a day of heavy fighting with the Ethiopian National Defense Force (ENDF), residents and a local official told Addis Standard."),
    ev(ERV, "air_drone_strike", "2026-03-22", "day",
       loc("Dembecha", "the weekly market in Dembecha town, West Gojjam Zone", "Amhara", "ET", 10.55, 37.48),
       ENDF, "state_forces", CIV_ET, "civilians", 9, injured=15,
       evidence="On Sunday, a drone strike hit the weekly market in Dembecha town, West Gojjam Zone, killing nine civilians and wounding 15 others, two residents and a medical source said."),
    ev(BAT, "armed_clash", "2026-03-23", "day",
       loc("Gondar", "the outskirts of Gondar city, around the Azezo area", "Amhara", "ET", 12.60, 37.47),
       "Fano", "identity_militia", ENDF, "state_forces",
       evidence="Fighting was also reported on Monday on the outskirts of Gondar city, around the Azezo area, where Fano fighters attacked an army camp."),
    ev(VAC, "attack", "2026-03-19", "day",
       loc("Debre Markos", "Debre Markos, the capital of East Gojjam Zone", "Amhara", "ET", 10.35, 37.73),
       ENDF, "state_forces", CIV_ET, "civilians", 4,
       evidence="In Debre Markos, the capital of East Gojjam Zone, soldiers shot dead four young men during house-to-house searches on Thursday, relatives of the victims said."),
    ev(BAT, "armed_clash", "2026-03-18", "day",
       loc("Debre Markos", "outside the city", "Amhara", "ET", 10.35, 37.73),
       "Fano", "identity_militia", ENDF, "state_forces",
       evidence="The searches followed an ambush by Fano fighters on a military convoy outside the city on Wednesday."),
    ev(VAC, "attack", "2024-01-15", "month",
       loc("Merawi", "the town of Merawi, west of Bahir Dar", "Amhara", "ET", 11.42, 37.17),
       ENDF, "state_forces", CIV_ET, "civilians", 45, 45,
       evidence="In January 2024, soldiers killed at least 45 civilians in the town of Merawi, west of Bahir Dar, in what the state-appointed Ethiopian Human Rights Commission described as extrajudicial killings following a Fano attack on the town.",
       bg=True),
]})

# 5 Mali and Burkina Faso: convoys and reprisals (wire)
t5 = """Jihadists torch fuel convoy in western Mali, abduct drivers

BAMAKO, April 16 (AFP) - Jihadists linked to Al-Qaeda attacked a convoy of fuel tankers under army escort in western Mali on Wednesday, setting dozens of trucks ablaze and abducting several drivers, security and local sources told AFP.

The convoy of more than 80 tankers, travelling from the Senegalese border towards Bamako, was ambushed near the village of Sandare, on the national road between Kayes and Diema. A security source said seven soldiers had been killed and that the army had "neutralised" around 15 assailants. The attackers also took away at least five drivers, an official of the truck drivers' union said.

The Group for the Support of Islam and Muslims (JNIM) claimed the attack in a statement on its propaganda channels. The group announced a blockade on fuel imports in September, cutting supplies to the capital for weeks and forcing schools to close.

On Tuesday, a roadside bomb struck an army vehicle escorting lorries near Kolokani, in the Koulikoro region, killing three soldiers, a local elected official said. No group claimed responsibility.

In the central Segou region, residents accused soldiers and Russian paramilitaries of the Africa Corps of executing at least 12 men in the village of Dogofry, in the Niono district, on Sunday. "They gathered the men in front of the mosque, tied their hands and took them behind the village," a relative of one victim said by telephone. The victims were mostly Fulani herders. The army did not respond to a request for comment.

In neighbouring Burkina Faso, JNIM fighters attacked a supply convoy escorted by soldiers and members of the Volunteers for the Defence of the Homeland (VDP) near Djibo on Monday, killing about 20 soldiers and volunteers, two security sources said. The northern town has been under a jihadist blockade since 2022.

Human rights groups have repeatedly accused the armies of both countries of killing civilians suspected of collaborating with jihadists. In March last year, soldiers and VDP militiamen killed dozens of Fulani civilians in and around the western Burkinabe town of Solenzo, according to Human Rights Watch.

Mali, Burkina Faso and Niger, all ruled by juntas, have expelled French troops and turned to Russia for security support."""
arts.append({"id": "probe-frontlines-5", "url": None,
             "title": "Jihadists torch fuel convoy in western Mali, abduct drivers",
             "published": "2026-04-16", "text": t5, "events": [
    ev(BAT, "armed_clash", "2026-04-15", "day",
       {**loc("Sandare", "near the village of Sandare, on the national road between Kayes and Diema", "Kayes",
              "ML", 14.70, -10.30), "coords_note": "approximate"},
       JNIM, "rebel_group", "Military Forces of Mali", "state_forces", 22,
       evidence="The convoy of more than 80 tankers, travelling from the Senegalese border towards Bamako, was ambushed near the village of Sandare, on the national road between Kayes and Diema."),
    ev(VAC, "abduction_forced_disappearance", "2026-04-15", "day",
       {**loc("Sandare", "near the village of Sandare", "Kayes", "ML", 14.70, -10.30), "coords_note": "approximate"},
       JNIM, "rebel_group", "Civilians (Mali)", "civilians",
       evidence="The attackers also took away at least five drivers, an official of the truck drivers' union said."),
    ev(ERV, "remote_explosive_landmine_ied", "2026-04-14", "day",
       loc("Kolokani", "near Kolokani, in the Koulikoro region", "Koulikoro", "ML", 13.57, -8.03),
       "Unidentified Armed Group (Mali)", "unknown", "Military Forces of Mali", "state_forces", 3,
       evidence="On Tuesday, a roadside bomb struck an army vehicle escorting lorries near Kolokani, in the Koulikoro region, killing three soldiers, a local elected official said."),
    ev(VAC, "attack", "2026-04-12", "day",
       {**loc("Dogofry", "the village of Dogofry, in the Niono district", "Segou", "ML", 14.25, -5.99, "region"),
        "coords_note": "village placed at Niono, the district seat"},
       "Military Forces of Mali and Africa Corps", "state_forces", "Civilians (Mali)", "civilians", 12, 12,
       evidence="In the central Segou region, residents accused soldiers and Russian paramilitaries of the Africa Corps of executing at least 12 men in the village of Dogofry, in the Niono district, on Sunday."),
    ev(BAT, "armed_clash", "2026-04-13", "day",
       loc("Djibo", "near Djibo", "Sahel", "BF", 14.10, -1.63),
       JNIM, "rebel_group", "Military Forces of Burkina Faso", "state_forces", 20,
       evidence="In neighbouring Burkina Faso, JNIM fighters attacked a supply convoy escorted by soldiers and members of the Volunteers for the Defence of the Homeland (VDP) near Djibo on Monday, killing about 20 soldiers and volunteers, two security sources said."),
    ev(VAC, "attack", "2025-03-15", "month",
       loc("Solenzo", "in and around the western Burkinabe town of Solenzo", "Boucle du Mouhoun", "BF", 12.17, -4.08),
       "Military Forces of Burkina Faso", "state_forces", "Civilians (Burkina Faso)", "civilians",
       evidence="In March last year, soldiers and VDP militiamen killed dozens of Fulani civilians in and around the western Burkinabe town of Solenzo, according to Human Rights Watch.",
       bg=True),
]})

# 6 Yemen: Hodeidah, Marib, Dhale and Taiz fronts (local outlet)
t6 = """Houthi drone kills three in Hays market as fighting flares on Marib and Dhale fronts

ADEN, May 7 - Three civilians were killed and eight others wounded on Wednesday when a Houthi drone struck a vegetable market in the town of Hays, in the south of Hodeidah governorate, local officials and medics said.

The explosives-laden drone hit the market shortly after morning prayers, when farmers were unloading their produce, the health office of the government-run part of the governorate said. The National Resistance forces that hold the area accused the Houthis of "deliberately targeting civilians".

In Marib, government troops repelled a Houthi attack on their positions in the Raghwan area, north-west of the city, on Tuesday night, the army's media centre said. Six soldiers were killed and more than 20 Houthi fighters died in the fighting, which lasted until dawn, the centre said. The Houthis did not comment.

On Monday, Houthi artillery shelled government positions in Qataba district, in the northern part of al-Dhale governorate, killing two soldiers, a military official said.

In the besieged city of Taiz, a Houthi sniper shot dead a 12-year-old boy as he was fetching water in the Kalaba neighbourhood in the east of the city on Sunday, the local human rights office said.

The front lines have changed little since a U.N.-brokered truce took effect in April 2022. The truce formally expired six months later, but large-scale fighting has not resumed, and talks on a road map for peace have stalled.

Yemen's internationally recognised government accuses the Houthis of using the lull to build up forces around Marib, the last government stronghold in the north. In January 2022, an air strike by the Saudi-led coalition on a detention centre in Saada, the Houthis' northern stronghold, killed at least 80 people, one of the deadliest incidents of the war.

The conflict has killed tens of thousands of people since 2014 and created one of the world's worst humanitarian crises."""
arts.append({"id": "probe-frontlines-6", "url": None,
             "title": "Houthi drone kills three in Hays market as fighting flares on Marib and Dhale fronts",
             "published": "2026-05-07", "text": t6, "events": [
    ev(ERV, "air_drone_strike", "2026-05-06", "day",
       loc("Hays", "a vegetable market in the town of Hays, in the south of Hodeidah governorate", "Al Hudaydah",
           "YE", 13.93, 43.48),
       HOU, "rebel_group", CIV_YE, "civilians", 3, injured=8,
       evidence="Three civilians were killed and eight others wounded on Wednesday when a Houthi drone struck a vegetable market in the town of Hays, in the south of Hodeidah governorate, local officials and medics said."),
    ev(BAT, "armed_clash", "2026-05-05", "day",
       loc("Raghwan", "their positions in the Raghwan area, north-west of the city", "Marib", "YE", 15.77, 45.08,
           "region"),
       HOU, "rebel_group", YEM, "state_forces", 26, 26,
       evidence="In Marib, government troops repelled a Houthi attack on their positions in the Raghwan area, north-west of the city, on Tuesday night, the army's media centre said."),
    ev(ERV, "shelling_artillery_missile_attack", "2026-05-04", "day",
       loc("Qataba", "Qataba district, in the northern part of al-Dhale governorate", "Ad Dali", "YE", 13.85,
           44.71, "region"),
       HOU, "rebel_group", YEM, "state_forces", 2,
       evidence="On Monday, Houthi artillery shelled government positions in Qataba district, in the northern part of al-Dhale governorate, killing two soldiers, a military official said."),
    ev(VAC, "attack", "2026-05-03", "day",
       loc("Taiz", "the Kalaba neighbourhood in the east of the city", "Taiz", "YE", 13.58, 44.02),
       HOU, "rebel_group", CIV_YE, "civilians", 1,
       evidence="In the besieged city of Taiz, a Houthi sniper shot dead a 12-year-old boy as he was fetching water in the Kalaba neighbourhood in the east of the city on Sunday, the local human rights office said."),
    ev(SD, "agreement", "2022-04-15", "month",
       {**loc("Yemen", None, None, "YE", 15.35, 44.21, "country"), "coords_note": "national capital"},
       "Government of Yemen", "state_forces", HOU, "rebel_group",
       evidence="The front lines have changed little since a U.N.-brokered truce took effect in April 2022.",
       bg=True),
    ev(ERV, "air_drone_strike", "2022-01-15", "month",
       loc("Saada", "a detention centre in Saada", "Saada", "YE", 16.94, 43.76),
       "Military Forces of Saudi Arabia", "state_forces", CIV_YE, "civilians", 80, 80,
       evidence="In January 2022, an air strike by the Saudi-led coalition on a detention centre in Saada, the Houthis' northern stronghold, killed at least 80 people, one of the deadliest incidents of the war.",
       bg=True),
]})

# 7 Colombia: Catatumbo, Cauca, Arauca (wire)
t7 = """Thousands flee Colombia's Catatumbo as ELN, FARC dissidents clash; drones hit Cauca police station

BOGOTA, June 2 (AFP) - More than 3,000 people have fled their homes in Colombia's Catatumbo region since fighting between National Liberation Army (ELN) guerrillas and FARC dissidents flared again over the weekend, the ombudsman's office said on Tuesday.

The clashes broke out on Saturday in rural areas of the municipality of Tibu, in the northeastern department of Norte de Santander near the border with Venezuela, between the ELN and the 33rd Front, a dissident faction of the former FARC rebels that rejected the 2016 peace deal. At least nine fighters were killed, according to the army; a local human rights network put the toll at 14.

Voting in Sunday's first round of the presidential election was suspended at two rural polling stations in Tibu because of the fighting, the national registrar said.

In neighbouring El Tarra, gunmen killed a community leader at his home on Sunday evening. The ombudsman's office blamed the ELN, which has accused local leaders of collaborating with the dissidents.

In the southwestern department of Cauca, explosive-laden drones struck the police station in the town of Suarez on Monday, wounding three police officers and a woman who lived nearby, police said. They blamed the Jaime Martinez front of the dissident group led by Ivan Mordisco, which has carried out dozens of drone attacks in the region this year.

Also on Monday, soldiers arrested a commander of the ELN's Eastern War Front, known by the alias "Ruben", in a rural area of Saravena, in Arauca department, the army said. He is accused of organising attacks on the Cano Limon-Covenas oil pipeline.

An ELN offensive in Catatumbo in January last year left more than 80 people dead and forced more than 50,000 to flee, the worst displacement crisis in Colombia in decades, prompting the government to suspend peace talks with the group.

Dissident factions have also taken their war to the cities. In August last year, a truck loaded with explosives blew up near the Marco Fidel Suarez air base in Cali, killing six civilians and injuring more than 60, in an attack the authorities blamed on the Jaime Martinez front.

The outgoing government of President Gustavo Petro, whose "total peace" policy sought negotiations with all armed groups, leaves office in August."""
arts.append({"id": "probe-frontlines-7", "url": None,
             "title": "Thousands flee Colombia's Catatumbo as ELN, FARC dissidents clash; drones hit Cauca police station",
             "published": "2026-06-02", "text": t7, "events": [
    ev(BAT, "armed_clash", "2026-05-30", "day",
       loc("Tibu", "rural areas of the municipality of Tibu", "Norte de Santander", "CO", 8.64, -72.74, "region"),
       ELN, "rebel_group", DISS, "rebel_group", 9, 9, 14,
       evidence="The clashes broke out on Saturday in rural areas of the municipality of Tibu, in the northeastern department of Norte de Santander near the border with Venezuela, between the ELN and the 33rd Front, a dissident faction of the former FARC rebels that rejected the 2016 peace deal."),
    ev(VAC, "attack", "2026-05-31", "day",
       loc("El Tarra", "neighbouring El Tarra", "Norte de Santander", "CO", 8.58, -73.10),
       ELN, "rebel_group", "Civilians (Colombia)", "civilians", 1,
       evidence="In neighbouring El Tarra, gunmen killed a community leader at his home on Sunday evening."),
    ev(ERV, "air_drone_strike", "2026-06-01", "day",
       loc("Suarez", "the police station in the town of Suarez", "Cauca", "CO", 2.95, -76.70),
       DISS, "rebel_group", "Police Forces of Colombia", "state_forces", injured=4,
       evidence="In the southwestern department of Cauca, explosive-laden drones struck the police station in the town of Suarez on Monday, wounding three police officers and a woman who lived nearby, police said."),
    ev(SD, "arrests", "2026-06-01", "day",
       loc("Saravena", "a rural area of Saravena, in Arauca department", "Arauca", "CO", 6.96, -71.88, "region"),
       "Military Forces of Colombia", "state_forces", ELN, "rebel_group",
       evidence="Also on Monday, soldiers arrested a commander of the ELN's Eastern War Front, known by the alias \"Ruben\", in a rural area of Saravena, in Arauca department, the army said."),
    ev(ERV, "remote_explosive_landmine_ied", "2025-08-15", "month",
       loc("Cali", "near the Marco Fidel Suarez air base in Cali", "Valle del Cauca", "CO", 3.43, -76.52),
       DISS, "rebel_group", "Civilians (Colombia)", "civilians", 6, injured=60,
       evidence="In August last year, a truck loaded with explosives blew up near the Marco Fidel Suarez air base in Cali, killing six civilians and injuring more than 60, in an attack the authorities blamed on the Jaime Martinez front.",
       bg=True),
]})

for a in arts:
    for e in a["events"]:
        assert e["evidence"] in a["text"], (a["id"], e["evidence"])
out = Path(__file__).with_name("probe-frontlines.jsonl")
out.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in arts), encoding="utf-8")
print(out, len(arts), sum(len(a["events"]) for a in arts))

"""Builds probe-follow.jsonl: own-written follow-up and second-day stories (not dev text). A toll that rises a day
after a car bomb in Somalia's Hiiraan and after a missile strike on Dnipro, a funeral in Colombia's northern Cauca
that turns into a march and a road blockade, a Sagaing town retaken by the junta a week after resistance forces took
it, an aid convoy struck in North Darfur after an earlier strike, arrests announced in Kirkuk days after a roadside
bomb, and a jihadist claim in eastern Burkina Faso days after the attack. The earlier event is background when it is
only recalled; the new acts told are news. Outlet styles: a Somali news site, an English-language Colombian daily,
Myanmar exile media, a Darfur radio's copy, an Iraqi state agency, an AFP-style wire, a Kyiv daily."""
import json
from pathlib import Path


from probe_gold import ev, loc  # noqa: E402


arts = []
BAT, ERV, VAC, PRO, SD = ("battles", "explosions_remote_violence", "violence_against_civilians", "protests",
                          "strategic_developments")
SO_MIL, SHB = "Military Forces of Somalia", "Al Shabaab"
MM = "Military Forces of Myanmar"
SDN, RSF = "Military Forces of Sudan", "RSF: Rapid Support Forces"
IQ_MIL, IS_IQ = "Military Forces of Iraq", "Islamic State (Iraq)"
BF_MIL, JNIM = "Military Forces of Burkina Faso", "JNIM: Group for Support of Islam and Muslims"
RU, UA = "Military Forces of Russia", "Military Forces of Ukraine"


def note(location, text):
    location["coords_note"] = text
    return location


# 1 Somalia, Hiiraan: a Somali news site, the day after a car bomb
t1 = """Beledweyne bombing toll climbs to 27 as wounded die in hospital

BELEDWEYNE (Somali Daily Monitor) - The number of people killed in Wednesday's suicide car bombing at a military checkpoint on the northern outskirts of Beledweyne has climbed to 27, the Hiiraan regional administration said on Thursday, after six of the wounded died overnight at the town's general hospital.

Deputy governor for security Abdirahman Hassan Guure told journalists that at least 45 other people were still receiving treatment, eleven of them in a critical condition. He said soldiers of the Somali National Army and minibus drivers who had been queuing to be searched were among the dead.

Witnesses said the attacker rammed a pickup loaded with explosives into the checkpoint shortly before 10 a.m. yesterday. Al-Shabaab said in a statement carried by its Andalus radio that its fighters had carried out the attack against what it called apostate troops.

"My two brothers sold khat by the road. They were not soldiers," said Faadumo Cali as she waited outside the hospital gate on Thursday morning.

Police spokesman Abdikarim Nuur said officers had picked up four men overnight in house-to-house searches in the Kooshin and Hawlwadaag neighbourhoods on suspicion of sheltering the bomber. He did not name them.

Further south, government troops beat back an al-Shabaab assault on their base in Jalalaqsi late on Wednesday, a military officer in the town said. Three soldiers were killed and several others wounded in the fighting, which lasted about an hour, he said.

The government and allied clan militias launched an offensive against al-Shabaab in Hiiraan in 2022 and drove the group from dozens of villages, but the militants have since stepped up bombings in towns along the Shabelle river.

Beledweyne itself has been struck before. In March 2022, twin suicide bombings in the town killed at least 48 people, among them a federal lawmaker who was campaigning for re-election."""
arts.append({"id": "probe-follow-1", "url": None,
             "title": "Beledweyne bombing toll climbs to 27 as wounded die in hospital",
             "published": "2026-03-12", "text": t1, "events": [
    ev(ERV, "suicide_bomb", "2026-03-11", "day",
       loc("Beledweyne", "a military checkpoint on the northern outskirts of Beledweyne", "Hiiraan", "SO", 4.74, 45.20),
       SHB, "rebel_group", SO_MIL, "state_forces", 27, injured=45,
       evidence="The number of people killed in Wednesday's suicide car bombing at a military checkpoint on the northern outskirts of Beledweyne has climbed to 27, the Hiiraan regional administration said on Thursday, after six of the wounded died overnight at the town's general hospital."),
    ev(SD, "arrests", "2026-03-12", "day",
       loc("Beledweyne", "the Kooshin and Hawlwadaag neighbourhoods", "Hiiraan", "SO", 4.74, 45.20),
       "Police Forces of Somalia", "state_forces", "Civilians (Somalia)", "civilians",
       evidence="Police spokesman Abdikarim Nuur said officers had picked up four men overnight in house-to-house searches in the Kooshin and Hawlwadaag neighbourhoods on suspicion of sheltering the bomber."),
    ev(BAT, "armed_clash", "2026-03-11", "day",
       loc("Jalalaqsi", "their base in Jalalaqsi", "Hiiraan", "SO", 3.38, 45.60),
       SHB, "rebel_group", SO_MIL, "state_forces", 3,
       evidence="Further south, government troops beat back an al-Shabaab assault on their base in Jalalaqsi late on Wednesday, a military officer in the town said."),
    ev(ERV, "suicide_bomb", "2022-03-15", "month",
       loc("Beledweyne", "the town", "Hiiraan", "SO", 4.74, 45.20),
       SHB, "rebel_group", "Civilians (Somalia)", "civilians", 48, 48,
       evidence="In March 2022, twin suicide bombings in the town killed at least 48 people, among them a federal lawmaker who was campaigning for re-election.",
       bg=True),
]})

# 2 Colombia, northern Cauca: an English-language Colombian daily, a funeral that becomes a march and a blockade
DR = "FARC Dissidents: Dagoberto Ramos Mobile Column"
t2 = """Burial of Indigenous guard leader turns into march; police clear Pan-American Highway blockade

TORIBÍO, Cauca - Thousands of Nasa Indigenous people who gathered on Saturday to bury Indigenous Guard coordinator Wilson Yatacué turned his funeral into a march through the streets of Toribío, waving the green and red flags of the guard and chanting against the armed groups that control the surrounding mountains.

Yatacué, 41, was shot dead last Tuesday near Tacueyó, in rural Toribío, by men that the Association of Indigenous Councils of Northern Cauca (ACIN) identified as members of the Dagoberto Ramos column, a faction of the FARC dissidents. He had led a guard patrol that days earlier had freed two teenagers recruited by the group.

The procession on Saturday passed off peacefully. On Sunday, however, several hundred mourners travelled to Santander de Quilichao and blocked the Pan-American Highway for more than six hours, demanding that the government send troops to protect the reservations. Riot police fired tear gas and used a water cannon to reopen the road in the afternoon. The Cauca government said two demonstrators and a police officer were hurt.

"We buried our brother with dignity, and the answer of the State was gas," an ACIN spokesperson said in a video posted on social media.

The army said on Sunday that soldiers had fought dissidents of the same column in the hills above Toribío early on Saturday, killing one of them, and that the operation was continuing.

Northern Cauca is one of the regions most affected by the conflict that has persisted since the 2016 peace accord with the FARC. The Indigenous organisations say dozens of their members have been killed this year, most of them for refusing to let the armed groups recruit their children."""
arts.append({"id": "probe-follow-2", "url": None,
             "title": "Burial of Indigenous guard leader turns into march; police clear Pan-American Highway blockade",
             "published": "2026-05-25", "text": t2, "events": [
    ev(PRO, "peaceful_protest", "2026-05-23", "day",
       loc("Toribio", "the streets of Toribío", "Cauca", "CO", 2.95, -76.27),
       "Protesters (Colombia)", "protesters", None, None,
       evidence="Thousands of Nasa Indigenous people who gathered on Saturday to bury Indigenous Guard coordinator Wilson Yatacué turned his funeral into a march through the streets of Toribío, waving the green and red flags of the guard and chanting against the armed groups that control the surrounding mountains."),
    ev(PRO, "protest_with_intervention", "2026-05-24", "day",
       loc("Santander de Quilichao", "Santander de Quilichao", "Cauca", "CO", 3.01, -76.48),
       "Protesters (Colombia)", "protesters", "Police Forces of Colombia", "state_forces", injured=3,
       evidence="On Sunday, however, several hundred mourners travelled to Santander de Quilichao and blocked the Pan-American Highway for more than six hours, demanding that the government send troops to protect the reservations. Riot police fired tear gas and used a water cannon to reopen the road in the afternoon."),
    ev(BAT, "armed_clash", "2026-05-23", "day",
       note(loc("Toribio", "the hills above Toribío", "Cauca", "CO", 2.95, -76.27, "region"),
            "hills above the town; Toribío's coordinates"),
       "Military Forces of Colombia", "state_forces", DR, "rebel_group", 1,
       evidence="The army said on Sunday that soldiers had fought dissidents of the same column in the hills above Toribío early on Saturday, killing one of them, and that the operation was continuing."),
    ev(VAC, "attack", "2026-05-19", "day",
       note(loc("Toribio", "near Tacueyó, in rural Toribío", "Cauca", "CO", 2.95, -76.27, "region"),
            "Tacueyó, a village of Toribío municipality; Toribío's coordinates"),
       DR, "rebel_group", "Civilians (Colombia)", "civilians", 1,
       evidence="Yatacué, 41, was shot dead last Tuesday near Tacueyó, in rural Toribío, by men that the Association of Indigenous Councils of Northern Cauca (ACIN) identified as members of the Dagoberto Ramos column, a faction of the FARC dissidents.",
       bg=True),
]})

# 3 Myanmar, Sagaing: exile media, a town retaken a week after it fell
t3 = """Regime troops recapture Kanbalu a week after resistance takeover

Junta troops backed by fighter jets and artillery took back the town of Kanbalu in Sagaing Region on Thursday, one week after resistance forces had driven them out, the local People's Defense Force said.

Regime soldiers who had regrouped at a battalion base south of the town advanced into Kanbalu on Thursday morning and had control of the market, the hospital and the township offices by the afternoon, a spokesman for the Kanbalu PDF told our reporter on Friday. Seven resistance fighters were killed in the fighting for the town, he said.

"We pulled out to save the people. The regime was bombing every street we held," the spokesman said.

Resistance forces had captured Kanbalu on June 11 after overrunning the police station and the township administration office in a two-day assault, the first time the town had fallen out of junta hands since the 2021 coup.

On Wednesday, as the counteroffensive began, a junta jet bombed a monastery in Ye-U Township where families who had fled Kanbalu were sheltering, killing 11 people, including four children, according to residents and the National Unity Government. At least 20 others were injured.

The regime's information team said in a statement that the army had "cleared terrorists" from the town and restored administration, without mentioning casualties.

Kanbalu Township has suffered some of the worst air strikes of the conflict. In April 2023, a junta air strike on a ceremony in Pazigyi village killed more than 160 people, among them dozens of children.

Fighting has continued in parts of Sagaing since the military launched a campaign to recover lost towns in late 2024, and the resistance says it still controls most of the villages around Kanbalu."""
PDF = "PDF: People's Defense Force"
arts.append({"id": "probe-follow-3", "url": None,
             "title": "Regime troops recapture Kanbalu a week after resistance takeover",
             "published": "2026-06-20", "text": t3, "events": [
    ev(BAT, "government_regains_territory", "2026-06-18", "day",
       loc("Kanbalu", "the town of Kanbalu in Sagaing Region", "Sagaing", "MM", 23.20, 95.52),
       MM, "state_forces", PDF, "rebel_group", 7,
       evidence="Junta troops backed by fighter jets and artillery took back the town of Kanbalu in Sagaing Region on Thursday, one week after resistance forces had driven them out, the local People's Defense Force said."),
    ev(ERV, "air_drone_strike", "2026-06-17", "day",
       note(loc("Ye-U", "a monastery in Ye-U Township", "Sagaing", "MM", 22.77, 95.43, "region"),
            "a monastery in Ye-U township; Ye-U town (approximate)"),
       MM, "state_forces", "Civilians (Myanmar)", "civilians", 11, injured=20,
       evidence="On Wednesday, as the counteroffensive began, a junta jet bombed a monastery in Ye-U Township where families who had fled Kanbalu were sheltering, killing 11 people, including four children, according to residents and the National Unity Government."),
    ev(BAT, "non_state_actor_overtakes_territory", "2026-06-11", "day",
       loc("Kanbalu", "Kanbalu", "Sagaing", "MM", 23.20, 95.52),
       PDF, "rebel_group", MM, "state_forces",
       evidence="Resistance forces had captured Kanbalu on June 11 after overrunning the police station and the township administration office in a two-day assault, the first time the town had fallen out of junta hands since the 2021 coup.",
       bg=True),
    ev(ERV, "air_drone_strike", "2023-04-15", "month",
       note(loc("Kanbalu", "Pazigyi village", "Sagaing", "MM", 23.20, 95.52, "region"),
            "Pazigyi, a village of Kanbalu township; Kanbalu's coordinates"),
       MM, "state_forces", "Civilians (Myanmar)", "civilians", 160, 160,
       evidence="In April 2023, a junta air strike on a ceremony in Pazigyi village killed more than 160 people, among them dozens of children.",
       bg=True),
]})

# 4 Sudan, North Darfur: a Darfur radio's copy, an aid convoy hit after an earlier strike
t4 = """Drone hits WFP convoy near Mellit, second aid convoy looted near Kutum

MELLIT / EL FASHER (Darfur Radio Network) - Three truck drivers were killed and five others injured when a drone struck a convoy carrying food aid for the World Food Programme near Mellit in North Darfur late on Monday, the UN agency and local sources said on Wednesday.

The convoy of 16 trucks had crossed from Chad and was parked for the night on the outskirts of the town when it was hit, a driver who survived told Darfur Radio Network. Four trucks caught fire and their cargo of sorghum and lentils was destroyed.

The civil administration set up by the Rapid Support Forces in North Darfur blamed the Sudanese army's drones for the strike. The army did not comment.

"Attacks on aid convoys must stop. Every truck that burns is food taken from children who are already starving," the WFP country director said in a statement.

The next day, gunmen on motorcycles stopped two trucks of a second convoy on the road west of Kutum, forced the drivers out and drove off with the vehicles and their cargo. The drivers reached Kutum on foot and were unharmed, a member of the local emergency room said.

Humanitarian convoys have been hit repeatedly in Darfur. In June last year, five aid workers were killed when a joint WFP and UNICEF convoy was struck by a drone while waiting for clearance in North Darfur. The UN did not say who was responsible.

The RSF seized El Fasher, the last army stronghold in Darfur, in October last year after a siege of a year and a half, and aid agencies say hundreds of thousands of people who fled the city are living in makeshift camps with little food."""
arts.append({"id": "probe-follow-4", "url": None,
             "title": "Drone hits WFP convoy near Mellit, second aid convoy looted near Kutum",
             "published": "2026-07-08", "text": t4, "events": [
    ev(ERV, "air_drone_strike", "2026-07-06", "day",
       loc("Mellit", "near Mellit in North Darfur", "North Darfur", "SD", 14.13, 25.55),
       SDN, "state_forces", "Civilians (Sudan)", "civilians", 3, injured=5,
       evidence="Three truck drivers were killed and five others injured when a drone struck a convoy carrying food aid for the World Food Programme near Mellit in North Darfur late on Monday, the UN agency and local sources said on Wednesday."),
    ev(SD, "looting_property_destruction", "2026-07-07", "day",
       note(loc("Kutum", "the road west of Kutum", "North Darfur", "SD", 14.20, 24.67, "region"),
            "a road west of the town; Kutum's coordinates"),
       "Unidentified Armed Group (Sudan)", "unknown", "Civilians (Sudan)", "civilians",
       evidence="The next day, gunmen on motorcycles stopped two trucks of a second convoy on the road west of Kutum, forced the drivers out and drove off with the vehicles and their cargo."),
    ev(ERV, "air_drone_strike", "2025-06-15", "month",
       loc("El Fasher", "North Darfur", "North Darfur", "SD", 13.63, 25.35, "admin1"),
       "Unidentified Military Forces (Sudan)", "unknown", "Civilians (Sudan)", "civilians", 5,
       evidence="In June last year, five aid workers were killed when a joint WFP and UNICEF convoy was struck by a drone while waiting for clearance in North Darfur.",
       bg=True),
    ev(BAT, "non_state_actor_overtakes_territory", "2025-10-15", "month",
       loc("El Fasher", "El Fasher", "North Darfur", "SD", 13.63, 25.35),
       RSF, "rebel_group", SDN, "state_forces",
       evidence="The RSF seized El Fasher, the last army stronghold in Darfur, in October last year after a siege of a year and a half, and aid agencies say hundreds of thousands of people who fled the city are living in makeshift camps with little food.",
       bg=True),
]})

# 5 Iraq, Kirkuk and Salahuddin: an Iraqi state agency, arrests announced days after a roadside bomb
t5 = """Security Media Cell: four members of the cell behind the Wadi al-Shay bombing arrested

Baghdad - The Security Media Cell announced on Sunday the arrest of four terrorists in Hawija district, west of Kirkuk, who belong to the cell that planted the explosive device that targeted an army patrol in the Wadi al-Shay area.

The Cell said in a statement that units of the Counter-Terrorism Service carried out the operation on the basis of accurate intelligence information and a judicial warrant, and that the detainees confessed during preliminary questioning to planting the device and to providing shelter to remnants of ISIS gangs.

An improvised explosive device struck a patrol of the 8th Division on Monday in Wadi al-Shay, south-west of Kirkuk, killing an officer and two soldiers and wounding two others. Prime Minister and Commander-in-Chief of the Armed Forces directed at the time that an investigation be opened.

In another statement, the Cell said that Iraqi F-16 aircraft carried out an air strike on Saturday on a den of ISIS terrorists in the Hamrin mountains within the Tuz Khurmatu sector, killing five terrorists, adding that the strike was carried out in coordination with the Joint Operations Command.

The Cell called on citizens to cooperate with the security forces and to report any suspicious movements, stressing that operations to pursue the remnants of terrorism will continue until they are eliminated.

Iraq declared victory over ISIS in late 2017, but cells of the organisation remain active in the rugged areas between Kirkuk, Salahuddin and Diyala."""
arts.append({"id": "probe-follow-5", "url": None,
             "title": "Security Media Cell: four members of the cell behind the Wadi al-Shay bombing arrested",
             "published": "2026-10-11", "text": t5, "events": [
    ev(SD, "arrests", "2026-10-11", "week",
       note(loc("Hawija", "Hawija district, west of Kirkuk", "Kirkuk", "IQ", 35.33, 43.77, "region"),
            "Hawija district; Hawija town's coordinates"),
       IQ_MIL, "state_forces", IS_IQ, "rebel_group",
       evidence="Baghdad - The Security Media Cell announced on Sunday the arrest of four terrorists in Hawija district, west of Kirkuk, who belong to the cell that planted the explosive device that targeted an army patrol in the Wadi al-Shay area."),
    ev(ERV, "air_drone_strike", "2026-10-10", "day",
       note(loc("Tuz Khurmatu", "the Hamrin mountains within the Tuz Khurmatu sector", "Salahuddin", "IQ", 34.89,
                44.63, "region"), "Hamrin mountains; Tuz Khurmatu's coordinates"),
       IQ_MIL, "state_forces", IS_IQ, "rebel_group", 5,
       evidence="In another statement, the Cell said that Iraqi F-16 aircraft carried out an air strike on Saturday on a den of ISIS terrorists in the Hamrin mountains within the Tuz Khurmatu sector, killing five terrorists, adding that the strike was carried out in coordination with the Joint Operations Command."),
    ev(ERV, "remote_explosive_landmine_ied", "2026-10-05", "day",
       note(loc("Kirkuk", "Wadi al-Shay, south-west of Kirkuk", "Kirkuk", "IQ", 35.47, 44.39, "region"),
            "Wadi al-Shay valley; Kirkuk's coordinates (approximate)"),
       IS_IQ, "rebel_group", IQ_MIL, "state_forces", 3, injured=2,
       evidence="An improvised explosive device struck a patrol of the 8th Division on Monday in Wadi al-Shay, south-west of Kirkuk, killing an officer and two soldiers and wounding two others.",
       bg=True),
]})

# 6 Burkina Faso, East region: an AFP-style wire, a jihadist claim days after the attack
t6 = """Burkina: jihadists claim deadly attack on army post in Diapaga

Ouagadougou (AFP) - The Al-Qaeda-linked Group for the Support of Islam and Muslims (JNIM) on Wednesday claimed an attack at the weekend on an army post in Diapaga, in eastern Burkina Faso, in which at least 20 soldiers and auxiliaries were killed, according to security sources.

Hundreds of fighters on motorbikes stormed the post on Sunday morning and fought the troops for several hours before withdrawing with weapons and vehicles, a security source told AFP. Members of the Volunteers for the Defence of the Homeland (VDP), the civilian auxiliaries who fight alongside the army, were among the dead.

In its claim, relayed by its propaganda outlet az-Zallaqa, JNIM said it had killed "dozens" of soldiers. The group did not mention its own losses.

The army said in a communique read on state television on Monday evening that air strikes had "neutralised" dozens of assailants whose column was fleeing towards the W park after the attack. It did not give the date of the strikes.

On Tuesday, soldiers and VDP who arrived as reinforcements killed at least 14 civilians, most of them Fulani herders, in a village near Diapaga, residents and the Collective against Impunity and Stigmatisation of Communities (CISC) said. The government did not respond to AFP's questions.

Burkina Faso, ruled by a military junta since 2022, has been fighting jihadist groups linked to Al-Qaeda and the Islamic State for a decade. Authorities rarely give tolls, and AFP could not independently verify the figures.

In August 2024, JNIM fighters killed hundreds of civilians who were digging trenches around the town of Barsalogho, in one of the deadliest attacks in the country's history."""
arts.append({"id": "probe-follow-6", "url": None,
             "title": "Burkina: jihadists claim deadly attack on army post in Diapaga",
             "published": "2026-09-17", "text": t6, "events": [
    ev(BAT, "armed_clash", "2026-09-13", "day",
       loc("Diapaga", "an army post in Diapaga", "Est", "BF", 12.07, 1.79),
       JNIM, "rebel_group", BF_MIL, "state_forces", 20, 20,
       evidence="Ouagadougou (AFP) - The Al-Qaeda-linked Group for the Support of Islam and Muslims (JNIM) on Wednesday claimed an attack at the weekend on an army post in Diapaga, in eastern Burkina Faso, in which at least 20 soldiers and auxiliaries were killed, according to security sources."),
    ev(ERV, "air_drone_strike", "2026-09-14", "week",
       note(loc("Diapaga", "towards the W park", "Est", "BF", 12.07, 1.79, "region"),
            "between Diapaga and the W park; Diapaga's coordinates"),
       BF_MIL, "state_forces", JNIM, "rebel_group",
       evidence="The army said in a communique read on state television on Monday evening that air strikes had \"neutralised\" dozens of assailants whose column was fleeing towards the W park after the attack."),
    ev(VAC, "attack", "2026-09-15", "day",
       note(loc("Diapaga", "a village near Diapaga", "Est", "BF", 12.07, 1.79, "region"),
            "an unnamed village near Diapaga; Diapaga's coordinates"),
       BF_MIL, "state_forces", "Civilians (Burkina Faso)", "civilians", 14, 14,
       evidence="On Tuesday, soldiers and VDP who arrived as reinforcements killed at least 14 civilians, most of them Fulani herders, in a village near Diapaga, residents and the Collective against Impunity and Stigmatisation of Communities (CISC) said."),
    ev(VAC, "attack", "2024-08-15", "month",
       note(loc("Barsalogho", "the town of Barsalogho", "Centre-Nord", "BF", 13.42, -1.06),
            "approximate"),
       JNIM, "rebel_group", "Civilians (Burkina Faso)", "civilians",
       evidence="In August 2024, JNIM fighters killed hundreds of civilians who were digging trenches around the town of Barsalogho, in one of the deadliest attacks in the country's history.",
       bg=True),
]})

# 7 Ukraine: a Kyiv daily, the toll of a missile strike rises two days later
t7 = """Death toll of Russian missile strike on Dnipro rises to 19, SBU detains suspected spotter

The death toll from Russia's Nov. 17 missile attack on a residential building in Dnipro has risen to 19, including three children, the Dnipropetrovsk Oblast Military Administration reported on Nov. 19, as rescuers finished clearing the rubble.

More than 60 people were injured when a ballistic missile hit the nine-story building in the city's Sobornyi district on the evening of Nov. 17, the administration said. Twelve people remain in hospital.

The Security Service of Ukraine (SBU) said on Nov. 19 that it had detained a 27-year-old Dnipro resident the previous day on suspicion of sending Russian intelligence photos of energy and military facilities in the city. Investigators are checking whether the information was used to plan the Nov. 17 strike, the agency said. The suspect faces life imprisonment if convicted of treason.

"Every one of these 19 people had a name. We will find everyone who helped the enemy aim," the city's mayor wrote on Telegram.

Russia also attacked Kharkiv with drones overnight on Nov. 19, injuring six people and damaging a school and several houses, the regional governor said.

Ukraine's Air Force said its air defenses had shot down 84 of the 112 drones Russia launched overnight across the country.

The strike on Dnipro was the deadliest on the city since January 2023, when a Russian Kh-22 missile destroyed part of an apartment block on Naberezhna Peremohy street, killing 46 people."""
arts.append({"id": "probe-follow-7", "url": None,
             "title": "Death toll of Russian missile strike on Dnipro rises to 19, SBU detains suspected spotter",
             "published": "2026-11-19", "text": t7, "events": [
    ev(ERV, "shelling_artillery_missile_attack", "2026-11-17", "day",
       loc("Dnipro", "a residential building in Dnipro", "Dnipropetrovsk", "UA", 48.47, 35.04),
       RU, "state_forces", "Civilians (Ukraine)", "civilians", 19, injured=60,
       evidence="The death toll from Russia's Nov. 17 missile attack on a residential building in Dnipro has risen to 19, including three children, the Dnipropetrovsk Oblast Military Administration reported on Nov. 19, as rescuers finished clearing the rubble."),
    ev(SD, "arrests", "2026-11-18", "day",
       loc("Dnipro", "Dnipro", "Dnipropetrovsk", "UA", 48.47, 35.04),
       "Security Service of Ukraine", "state_forces", "Civilians (Ukraine)", "civilians",
       evidence="The Security Service of Ukraine (SBU) said on Nov. 19 that it had detained a 27-year-old Dnipro resident the previous day on suspicion of sending Russian intelligence photos of energy and military facilities in the city."),
    ev(ERV, "air_drone_strike", "2026-11-19", "day",
       loc("Kharkiv", "Kharkiv", "Kharkiv", "UA", 49.98, 36.25),
       RU, "state_forces", "Civilians (Ukraine)", "civilians", injured=6,
       evidence="Russia also attacked Kharkiv with drones overnight on Nov. 19, injuring six people and damaging a school and several houses, the regional governor said."),
    ev(SD, "disrupted_weapons_use", "2026-11-19", "day",
       loc("Ukraine", "across the country", None, "UA", 50.45, 30.52, "country"),
       UA, "state_forces", RU, "state_forces",
       evidence="Ukraine's Air Force said its air defenses had shot down 84 of the 112 drones Russia launched overnight across the country."),
    ev(ERV, "shelling_artillery_missile_attack", "2023-01-15", "month",
       loc("Dnipro", "an apartment block on Naberezhna Peremohy street", "Dnipropetrovsk", "UA", 48.47, 35.04),
       RU, "state_forces", "Civilians (Ukraine)", "civilians", 46,
       evidence="The strike on Dnipro was the deadliest on the city since January 2023, when a Russian Kh-22 missile destroyed part of an apartment block on Naberezhna Peremohy street, killing 46 people.",
       bg=True),
]})

for a in arts:
    n = len(a["text"].split())
    assert 150 <= n <= 400, (a["id"], n)
    for e in a["events"]:
        assert e["evidence"] in a["text"], (a["id"], e["evidence"])
out = Path(__file__).with_name("probe-follow.jsonl")
out.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in arts), encoding="utf-8")
print(out, len(arts), sum(len(a["events"]) for a in arts))

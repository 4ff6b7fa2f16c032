"""Builds probe-horn.jsonl: own-written articles on the Horn of Africa and Sudan (Somalia, Ethiopia,
Sudan, South Sudan; wire, local-radio and UN-statement styles; not dev text)."""
import json
from pathlib import Path


from probe_gold import ev, loc  # noqa: E402


arts = []
VAC, BAT, RIO, SD, ERV, PRO = ("violence_against_civilians", "battles", "riots", "strategic_developments",
                               "explosions_remote_violence", "protests")
SHAB = "Al Shabaab"
SOM_ARMY = "Military Forces of Somalia"
RSF = "RSF: Rapid Support Forces"
SAF = "Military Forces of Sudan"
ETH = "Military Forces of Ethiopia"
SSD = "Military Forces of South Sudan"

# 1 Somalia (Reuters-style): base assault near Balcad, US strike near Jilib, Mogadishu roadside bomb,
#   background: Adan Yabaal taken in April
t1 = """Al Shabaab fighters storm Somali army base near Balcad, at least 17 soldiers killed

MOGADISHU, Aug 20 (Reuters) - Al Shabaab militants attacked a Somali army base outside the town of Balcad in the Middle Shabelle region before dawn on Tuesday, setting off hours of fighting that killed at least 17 soldiers, a military officer and residents said.

The insurgents came from three directions and fought their way into the outer trenches before troops backed by armoured vehicles pushed them out by mid-morning, Captain Abdirahman Hassan Nur told Reuters by telephone.

"We drove them back, but we lost many good men. Some of the wounded were taken to Mogadishu," he said.

The defence ministry said in a statement that the army had "repulsed the terrorists" and killed scores of them, a claim that could not be independently verified. Al Shabaab said on its Andalus radio station that its fighters had seized weapons and two pickup trucks mounted with machine guns.

Residents said the militants withdrew east across the Shabelle river. "We stayed under our beds from four o'clock until the sun was high," said Halima Osman, a mother of five who lives near the base.

Separately, the U.S. Africa Command (AFRICOM) said it carried out an airstrike against al Shabaab on Sunday in the vicinity of Jilib, about 370 km (230 miles) southwest of Mogadishu, in coordination with the Somali federal government. It said its initial assessment was that no civilians were hurt but did not give a toll.

In the capital, a roadside bomb struck a minibus carrying municipal workers in Hodan district on Monday evening, wounding six people, police spokesman Abdifatah Aden said. No group claimed the blast.

The attack on the Balcad base, roughly 35 km north of Mogadishu, is the closest the group has come to the capital in months and has added to worries that it is regaining ground lost during a 2022-23 government offensive. In April, the group's fighters captured the town of Adan Yabaal, which the army had used as a forward base.

An African Union force, AUSSOM, is helping Somali troops guard main towns, but funding shortfalls have slowed its deployment."""
arts.append({"id": "probe-horn-1", "url": None,
             "title": "Al Shabaab fighters storm Somali army base near Balcad, at least 17 soldiers killed",
             "published": "2025-08-20", "text": t1, "events": [
    ev(BAT, "armed_clash", "2025-08-19", "day",
       loc("Balcad", "outside the town of Balcad in the Middle Shabelle region", "Middle Shabele", "SO", 2.36, 45.39),
       SHAB, "rebel_group", SOM_ARMY, "state_forces", 17, 17,
       evidence="MOGADISHU, Aug 20 (Reuters) - Al Shabaab militants attacked a Somali army base outside the town of Balcad in the Middle Shabelle region before dawn on Tuesday, setting off hours of fighting that killed at least 17 soldiers, a military officer and residents said."),
    ev(ERV, "air_drone_strike", "2025-08-17", "day",
       loc("Jilib", "in the vicinity of Jilib", "Middle Juba", "SO", 0.49, 42.77),
       "Military Forces of the United States", "state_forces", SHAB, "rebel_group",
       evidence="Separately, the U.S. Africa Command (AFRICOM) said it carried out an airstrike against al Shabaab on Sunday in the vicinity of Jilib, about 370 km (230 miles) southwest of Mogadishu, in coordination with the Somali federal government."),
    ev(ERV, "remote_explosive_landmine_ied", "2025-08-18", "day",
       loc("Mogadishu", "Hodan district", "Banadir", "SO", 2.04, 45.34),
       "Unidentified Armed Group (Somalia)", "unknown", "Civilians (Somalia)", "civilians", injured=6,
       evidence="In the capital, a roadside bomb struck a minibus carrying municipal workers in Hodan district on Monday evening, wounding six people, police spokesman Abdifatah Aden said."),
    ev(BAT, "non_state_actor_overtakes_territory", "2025-04-15", "month",
       dict(loc("Adan Yabaal", "the town of Adan Yabaal", "Middle Shabele", "SO", 2.78, 45.50, "region"),
            coords_note="position of Adan Yabaal uncertain; Jowhar, the regional capital, used"),
       SHAB, "rebel_group", SOM_ARMY, "state_forces",
       evidence="In April, the group's fighters captured the town of Adan Yabaal, which the army had used as a forward base.",
       bg=True),
]})

# 2 Sudan (AP-style): RSF shelling of Abu Shouk camp, army air strike near Mellit, Bara retaken,
#   RSF drone on Kosti fuel depot; background: Zamzam camp attack in April
t2 = """Paramilitary shelling kills 24 at displacement camp near Sudan's besieged El Fasher

CAIRO (AP) — Sudan's paramilitary Rapid Support Forces shelled a sprawling displacement camp on the edge of the besieged city of El Fasher on Tuesday, killing at least 24 people, including eight children, and wounding 40 others, a medical group said.

The shells crashed into the Abu Shouk camp, just north of the city, in the early afternoon as families lined up at a communal kitchen, the Sudan Doctors Network said in a statement Wednesday. It said the wounded were carried on donkey carts to the city's only partly working hospital.

"There is no safe place left in El Fasher. People are sleeping in holes they dug in the ground," said Adam Rijal, a spokesman for a coordination body of Darfur's displaced people.

The RSF did not respond to a request for comment. The group has in the past denied targeting civilians and blamed the army for using camps as military positions.

El Fasher, the last major city in the western Darfur region still held by the military, has been under RSF siege since May last year. In April, RSF fighters stormed the nearby Zamzam camp and killed hundreds of displaced people, according to the United Nations, sending about 400,000 people fleeing.

The military said Monday that its warplanes had destroyed an RSF convoy near Mellit, some 60 kilometers (37 miles) north of El Fasher, killing "dozens of rebels." The claim could not be independently verified.

Hundreds of kilometers to the east, the army said on Sunday that its troops had recaptured the town of Bara in North Kordofan province from the RSF after two days of battles. Bara lies on a key road linking the provincial capital, El Obeid, to Khartoum.

Also on Monday, an RSF drone struck a fuel depot in the city of Kosti in White Nile province, starting a fire that burned for hours, local authorities said. No casualties were reported.

Sudan plunged into war in April 2023, when simmering tensions between the military and the RSF exploded into open fighting in the capital, Khartoum, and elsewhere. The conflict has killed tens of thousands of people and driven more than 12 million from their homes, according to U.N. figures."""
arts.append({"id": "probe-horn-2", "url": None,
             "title": "Paramilitary shelling kills 24 at displacement camp near Sudan's besieged El Fasher",
             "published": "2025-09-03", "text": t2, "events": [
    ev(ERV, "shelling_artillery_missile_attack", "2025-09-02", "day",
       dict(loc("Abu Shouk", "the Abu Shouk camp, just north of the city", "North Darfur", "SD", 13.66, 25.33),
            coords_note="approximate position of the camp, on El Fasher's northern edge"),
       RSF, "rebel_group", "Civilians (Sudan)", "civilians", 24, 24, injured=40,
       evidence="CAIRO (AP) — Sudan's paramilitary Rapid Support Forces shelled a sprawling displacement camp on the edge of the besieged city of El Fasher on Tuesday, killing at least 24 people, including eight children, and wounding 40 others, a medical group said."),
    ev(VAC, "attack", "2025-04-15", "month",
       dict(loc("Zamzam", "the nearby Zamzam camp", "North Darfur", "SD", 13.48, 25.30),
            coords_note="approximate position of the camp, south of El Fasher"),
       RSF, "rebel_group", "Civilians (Sudan)", "civilians",
       evidence="In April, RSF fighters stormed the nearby Zamzam camp and killed hundreds of displaced people, according to the United Nations, sending about 400,000 people fleeing.",
       bg=True),
    ev(ERV, "air_drone_strike", "2025-09-01", "week",
       loc("Mellit", "near Mellit", "North Darfur", "SD", 14.13, 25.55),
       SAF, "state_forces", RSF, "rebel_group",
       evidence="The military said Monday that its warplanes had destroyed an RSF convoy near Mellit, some 60 kilometers (37 miles) north of El Fasher, killing \"dozens of rebels.\""),
    ev(BAT, "government_regains_territory", "2025-08-31", "week",
       loc("Bara", "the town of Bara in North Kordofan province", "North Kordofan", "SD", 13.70, 30.37),
       SAF, "state_forces", RSF, "rebel_group",
       evidence="Hundreds of kilometers to the east, the army said on Sunday that its troops had recaptured the town of Bara in North Kordofan province from the RSF after two days of battles."),
    ev(ERV, "air_drone_strike", "2025-09-01", "day",
       loc("Kosti", "the city of Kosti in White Nile province", "White Nile", "SD", 13.16, 32.66),
       RSF, "rebel_group", None, None, 0,
       evidence="Also on Monday, an RSF drone struck a fuel depot in the city of Kosti in White Nile province, starting a fire that burned for hours, local authorities said."),
]})

# 3 Sudan (Radio Dabanga-style): farmers killed and women abducted near Tawila, young men seized in
#   Kutum, trader shot in Zalingei; background: drone on Kabkabiya market last month
t3 = """Seven farmers killed, three women abducted in attack south of Tawila

TAWILA / KUTUM / ZALINGEI – Gunmen on camels and motorcycles, described by witnesses as members of the Rapid Support Forces (RSF), killed seven farmers and wounded four others on their fields near the village of Goz Minu, about 15 kilometres south of Tawila in North Darfur, on Saturday.

A farmer who survived the attack told Radio Dabanga that the gunmen arrived in the late morning while families were harvesting millet. "They fired at anyone who ran. Afterwards they took our donkeys and the sacks we had filled," he said. He added that the attackers forced three young women onto their camels and left in the direction of Dobo. Their families have had no news of them since.

The Tawila emergency room said the four wounded were brought to the MSF-supported hospital in the town, one of them in critical condition.

Tawila has swollen to more than half a million people since the spring, as families fled the fighting in and around El Fasher. Farmers in the area say they have been attacked repeatedly this season and that many have abandoned their plots.

In Kutum, RSF troops rounded up 12 young men at the livestock market on Sunday and accused them of spying for the Sudanese Armed Forces (SAF), relatives said. One relative said the men were taken to an RSF base on the outskirts of the town and that the families have been asked to pay for their release.

In Central Darfur, a well-known grain trader was shot dead inside his shop in Zalingei's main market on Saturday evening by two armed men who fled on a motorcycle, a member of the market's traders' committee reported. Traders closed their shops on Sunday and Monday in protest at the deteriorating security.

Last month, an RSF drone struck the weekly market in Kabkabiya, killing 11 people, according to the Darfur Bar Association, which has documented repeated violations by both warring parties.

The war between the SAF and the RSF, which broke out in April 2023, has left much of Darfur under RSF control."""
arts.append({"id": "probe-horn-3", "url": None,
             "title": "Seven farmers killed, three women abducted in attack south of Tawila",
             "published": "2025-10-14", "text": t3, "events": [
    ev(VAC, "attack", "2025-10-11", "day",
       dict(loc("Tawila", "near the village of Goz Minu, about 15 kilometres south of Tawila in North Darfur",
                "North Darfur", "SD", 13.50, 24.84, "region"),
            coords_note="village not located; Tawila's approximate position"),
       RSF, "rebel_group", "Civilians (Sudan)", "civilians", 7, injured=4,
       evidence="TAWILA / KUTUM / ZALINGEI – Gunmen on camels and motorcycles, described by witnesses as members of the Rapid Support Forces (RSF), killed seven farmers and wounded four others on their fields near the village of Goz Minu, about 15 kilometres south of Tawila in North Darfur, on Saturday."),
    ev(VAC, "abduction_forced_disappearance", "2025-10-11", "day",
       dict(loc("Tawila", "Goz Minu", "North Darfur", "SD", 13.50, 24.84, "region"),
            coords_note="village not located; Tawila's approximate position"),
       RSF, "rebel_group", "Civilians (Sudan)", "civilians",
       evidence="He added that the attackers forced three young women onto their camels and left in the direction of Dobo."),
    ev(VAC, "abduction_forced_disappearance", "2025-10-12", "day",
       loc("Kutum", "Kutum", "North Darfur", "SD", 14.20, 24.67),
       RSF, "rebel_group", "Civilians (Sudan)", "civilians",
       evidence="In Kutum, RSF troops rounded up 12 young men at the livestock market on Sunday and accused them of spying for the Sudanese Armed Forces (SAF), relatives said."),
    ev(VAC, "attack", "2025-10-11", "day",
       loc("Zalingei", "Zalingei's main market", "Central Darfur", "SD", 12.91, 23.47),
       "Unidentified Armed Group (Sudan)", "unknown", "Civilians (Sudan)", "civilians", 1,
       evidence="In Central Darfur, a well-known grain trader was shot dead inside his shop in Zalingei's main market on Saturday evening by two armed men who fled on a motorcycle, a member of the market's traders' committee reported."),
    ev(ERV, "air_drone_strike", "2025-09-15", "month",
       loc("Kabkabiya", "the weekly market in Kabkabiya", "North Darfur", "SD", 13.64, 24.09),
       RSF, "rebel_group", "Civilians (Sudan)", "civilians", 11,
       evidence="Last month, an RSF drone struck the weekly market in Kabkabiya, killing 11 people, according to the Darfur Bar Association, which has documented repeated violations by both warring parties.",
       bg=True),
]})

# 4 Ethiopia (Al Jazeera-style): drone strike on a minibus near Dejen, Fano takes Mota, OLA abducts bus
#   passengers near Gedo; background: January drone strike on a wedding in North Shewa
t4 = """Drone strike on minibus kills 12 in Ethiopia's Amhara region, witnesses say

A drone strike on a minibus in Ethiopia's Amhara region has killed at least 12 passengers, including a pregnant woman and two children, witnesses and a health official have told Al Jazeera.

The vehicle was hit on Tuesday afternoon on the main road just outside Dejen, a town in East Gojjam zone near the bridge over the Abay (Blue Nile) gorge, according to two residents who helped pull bodies from the wreckage. Five other passengers were wounded.

"There were no fighters in that car. They were traders going to the market and a family returning from a funeral," said one of the residents, who asked not to be named for fear of reprisals.

A health official at Dejen's health centre confirmed the toll. Ethiopia's government and the military did not respond to requests for comment. Officials have previously said the air force targets only "extremist" Fano fighters.

Witnesses blamed a federal army drone; the Ethiopian National Defence Force is the only force known to fly armed drones in the region.

The strike was the deadliest in Amhara since January, when a government drone hit a wedding party in North Shewa zone, killing 30 people, according to a local administrator.

Fighting has meanwhile intensified further north. Fano fighters seized the town of Mota on Wednesday after a day of heavy fighting with federal troops, who withdrew towards Bahir Dar, residents said. A nurse at the town's hospital said it had received the bodies of nine people, among them four civilians caught in crossfire.

A spokesman for the Amhara Fano National Movement, one of several Fano factions, said on social media that the group now controlled "the whole of Mota and its surroundings". The military made no comment.

The Fano, a loose network of Amhara militias that fought alongside the federal army during the 2020-22 war in Tigray, turned their guns on the government in August 2023 after Addis Ababa moved to disband regional forces.

In neighbouring Oromia, suspected fighters of the Oromo Liberation Army (OLA) stopped a bus on the road between Ambo and Gedo on Monday and abducted 18 passengers, among them university students, the West Shewa zone police said. The OLA denied involvement and accused government-allied militias.

Kidnappings for ransom have become common on the roads west of Addis Ababa, where the OLA has waged an insurgency since 2018."""
arts.append({"id": "probe-horn-4", "url": None,
             "title": "Drone strike on minibus kills 12 in Ethiopia's Amhara region, witnesses say",
             "published": "2025-05-22", "text": t4, "events": [
    ev(ERV, "air_drone_strike", "2025-05-20", "day",
       loc("Dejen", "just outside Dejen, a town in East Gojjam zone", "Amhara", "ET", 10.17, 38.13),
       ETH, "state_forces", "Civilians (Ethiopia)", "civilians", 12, 12, injured=5,
       evidence="The vehicle was hit on Tuesday afternoon on the main road just outside Dejen, a town in East Gojjam zone near the bridge over the Abay (Blue Nile) gorge, according to two residents who helped pull bodies from the wreckage."),
    ev(ERV, "air_drone_strike", "2025-01-15", "month",
       dict(loc("North Shewa Zone", "North Shewa zone", "Amhara", "ET", 9.68, 39.53, "region"),
            coords_note="zone only; Debre Birhan, the zone's capital, used"),
       ETH, "state_forces", "Civilians (Ethiopia)", "civilians", 30,
       evidence="The strike was the deadliest in Amhara since January, when a government drone hit a wedding party in North Shewa zone, killing 30 people, according to a local administrator.",
       bg=True),
    ev(BAT, "non_state_actor_overtakes_territory", "2025-05-21", "day",
       loc("Mota", "the town of Mota", "Amhara", "ET", 11.08, 37.87),
       "Fano", "identity_militia", ETH, "state_forces", 9,
       evidence="Fano fighters seized the town of Mota on Wednesday after a day of heavy fighting with federal troops, who withdrew towards Bahir Dar, residents said."),
    ev(VAC, "abduction_forced_disappearance", "2025-05-19", "day",
       dict(loc("Gedo", "the road between Ambo and Gedo", "Oromia", "ET", 9.02, 37.45, "region"),
            coords_note="road between Ambo and Gedo; Gedo used"),
       "OLA: Oromo Liberation Army", "rebel_group", "Civilians (Ethiopia)", "civilians",
       evidence="In neighbouring Oromia, suspected fighters of the Oromo Liberation Army (OLA) stopped a bus on the road between Ambo and Gedo on Monday and abducted 18 passengers, among them university students, the West Shewa zone police said."),
]})

# 5 South Sudan (AFP-style): White Army overruns an army base in Ulang, air strikes on Nasir, Murle
#   cattle raid in Bor county; background: January clash near Yei
t5 = """South Sudan army base overrun as Upper Nile fighting spreads

JUBA (AFP) - Armed youths known as the White Army overran an army base in South Sudan's Upper Nile state on Monday, killing 14 soldiers, a military spokesman said, in the latest blow to a fragile peace deal.

Hundreds of youths armed with rifles and rocket-propelled grenades attacked the garrison at Ulang, on the Sobat river, at dawn, and the soldiers withdrew after several hours of fighting, army spokesman Lul Ruai Koang told AFP.

"Our forces made a tactical withdrawal to avoid more loss of life," he said, adding that the army "will soon restore order".

The government accused the SPLA-IO, the armed wing of First Vice President Riek Machar's party, of backing the attack, an accusation the opposition denied.

On Tuesday, government aircraft bombed areas around the town of Nasir, about 50 kilometres upstream, killing at least five civilians including two children, according to a local official who asked not to be named. An opposition spokesman said the bombs were "barrel bombs dropped from Antonov planes".

The UN Mission in South Sudan (UNMISS) said it was "deeply alarmed" by the fighting and urged all sides to exercise restraint. "Civilians are once again paying the price," the mission's head said in a statement.

Further south, in Jonglei state, raiders from the Murle community attacked a cattle camp in Makuach, in Bor county, on Saturday, shooting dead 11 people, among them women and children, and driving off about 3,000 head of cattle, the county commissioner said.

Cattle raids and revenge attacks between Jonglei's Dinka, Nuer and Murle communities kill hundreds of people every year, and the raiders are often better armed than the local police.

South Sudan, which became independent in 2011, plunged into civil war in December 2013. A 2018 peace deal ended the worst of the fighting, but elections have been postponed repeatedly and clashes continue.

In January, at least 20 people were killed when government troops and SPLA-IO forces clashed near Yei in Central Equatoria, according to the ceasefire monitoring body CTSAMVM."""
arts.append({"id": "probe-horn-5", "url": None, "title": "South Sudan army base overrun as Upper Nile fighting spreads",
             "published": "2025-03-12", "text": t5, "events": [
    ev(BAT, "non_state_actor_overtakes_territory", "2025-03-10", "day",
       dict(loc("Ulang", "the garrison at Ulang, on the Sobat river", "Upper Nile", "SS", 8.62, 32.70),
            coords_note="approximate"),
       "White Army", "identity_militia", SSD, "state_forces", 14,
       evidence="JUBA (AFP) - Armed youths known as the White Army overran an army base in South Sudan's Upper Nile state on Monday, killing 14 soldiers, a military spokesman said, in the latest blow to a fragile peace deal."),
    ev(ERV, "air_drone_strike", "2025-03-11", "day",
       dict(loc("Nasir", "areas around the town of Nasir", "Upper Nile", "SS", 8.60, 33.07),
            coords_note="approximate"),
       SSD, "state_forces", "Civilians (South Sudan)", "civilians", 5, 5,
       evidence="On Tuesday, government aircraft bombed areas around the town of Nasir, about 50 kilometres upstream, killing at least five civilians including two children, according to a local official who asked not to be named."),
    ev(VAC, "attack", "2025-03-08", "day",
       dict(loc("Bor", "a cattle camp in Makuach, in Bor county", "Jonglei", "SS", 6.21, 31.56, "region"),
            coords_note="Makuach not located; Bor, the county seat, used"),
       "Murle Ethnic Militia (South Sudan)", "identity_militia", "Civilians (South Sudan)", "civilians", 11,
       evidence="Further south, in Jonglei state, raiders from the Murle community attacked a cattle camp in Makuach, in Bor county, on Saturday, shooting dead 11 people, among them women and children, and driving off about 3,000 head of cattle, the county commissioner said."),
    ev(BAT, "armed_clash", "2025-01-15", "month",
       loc("Yei", "near Yei in Central Equatoria", "Central Equatoria", "SS", 4.09, 30.68),
       SSD, "state_forces", "SPLA-IO: Sudan People's Liberation Army-In Opposition", "rebel_group", 20, 20,
       evidence="In January, at least 20 people were killed when government troops and SPLA-IO forces clashed near Yei in Central Equatoria, according to the ceasefire monitoring body CTSAMVM.",
       bg=True),
]})

# 6 Sudan (UN statement): Kordofan attacks listed by day; background: fall of El Fasher
t6 = """Sudan: Humanitarian Coordinator condemns deadly attacks on civilians and aid operations in Kordofan

Port Sudan, 6 November 2025 - The Resident and Humanitarian Coordinator for Sudan is appalled by the surge in attacks on civilians, health facilities and humanitarian operations across North and South Kordofan over the past week.

On 1 November, armed men stopped a clearly marked vehicle of a national NGO on the road between El Obeid and Bara and abducted four of its staff. Their whereabouts remain unknown.

On 2 November, artillery shells struck the central market in Kadugli, South Kordofan, at midday, killing at least nine civilians and injuring more than 20, according to local health authorities. The next day, shelling damaged the Dilling teaching hospital, killing a nurse and forcing the suspension of surgical services for thousands of people.

On 4 November, a drone hit a convoy of trucks carrying food assistance for the World Food Programme west of El Obeid, killing two drivers and destroying three trucks and their cargo.

"Aid workers and civilians are not a target. These attacks are flagrant violations of international humanitarian law," the Humanitarian Coordinator said. "I call on all parties to stop the fighting, to protect civilians and to allow safe and unimpeded access to people in need."

The attacks come less than two weeks after the Rapid Support Forces took control of El Fasher on 26 October, following an 18-month siege. Since then, more than 40,000 people have fled the Bara area and surrounding villages, and many more have arrived in El Obeid and Kosti.

Kadugli and Dilling have been cut off by fighting for months, and the United Nations has confirmed famine conditions in parts of the region. Humanitarian partners are ready to scale up, but need security guarantees and funding. The 2025 Sudan Humanitarian Response Plan is only 25 per cent funded.

For further information, please contact the OCHA Sudan office."""
arts.append({"id": "probe-horn-6", "url": None,
             "title": "Sudan: Humanitarian Coordinator condemns deadly attacks on civilians and aid operations in Kordofan",
             "published": "2025-11-06", "text": t6, "events": [
    ev(VAC, "abduction_forced_disappearance", "2025-11-01", "day",
       dict(loc("El Obeid", "the road between El Obeid and Bara", "North Kordofan", "SD", 13.18, 30.22, "region"),
            coords_note="road between El Obeid and Bara; El Obeid used"),
       "Unidentified Armed Group (Sudan)", "unknown", "Civilians (Sudan)", "civilians",
       evidence="On 1 November, armed men stopped a clearly marked vehicle of a national NGO on the road between El Obeid and Bara and abducted four of its staff."),
    ev(ERV, "shelling_artillery_missile_attack", "2025-11-02", "day",
       loc("Kadugli", "the central market in Kadugli, South Kordofan", "South Kordofan", "SD", 11.01, 29.72),
       "Unidentified Armed Group (Sudan)", "unknown", "Civilians (Sudan)", "civilians", 9, 9, injured=20,
       evidence="On 2 November, artillery shells struck the central market in Kadugli, South Kordofan, at midday, killing at least nine civilians and injuring more than 20, according to local health authorities."),
    ev(ERV, "shelling_artillery_missile_attack", "2025-11-03", "day",
       loc("Dilling", "the Dilling teaching hospital", "South Kordofan", "SD", 12.05, 29.65),
       "Unidentified Armed Group (Sudan)", "unknown", "Civilians (Sudan)", "civilians", 1,
       evidence="The next day, shelling damaged the Dilling teaching hospital, killing a nurse and forcing the suspension of surgical services for thousands of people."),
    ev(ERV, "air_drone_strike", "2025-11-04", "day",
       dict(loc("El Obeid", "west of El Obeid", "North Kordofan", "SD", 13.18, 30.22, "region"),
            coords_note="west of El Obeid; El Obeid used"),
       "Unidentified Military Forces (Sudan)", "unknown", "Civilians (Sudan)", "civilians", 2,
       evidence="On 4 November, a drone hit a convoy of trucks carrying food assistance for the World Food Programme west of El Obeid, killing two drivers and destroying three trucks and their cargo."),
    ev(BAT, "non_state_actor_overtakes_territory", "2025-10-26", "day",
       loc("El Fasher", "El Fasher", "North Darfur", "SD", 13.63, 25.35),
       RSF, "rebel_group", SAF, "state_forces",
       evidence="The attacks come less than two weeks after the Rapid Support Forces took control of El Fasher on 26 October, following an 18-month siege.",
       bg=True),
]})

# 7 Somalia (local outlet): Puntland takes ISIS hideouts, clan clash near Dhusamareb and ceasefire,
#   Mogadishu arrests; background: ISIS suicide car bomb at Dharjaale on December 31
t7 = """Puntland forces capture ISIS hideouts in Cal Miskaad mountains

BOSASO, Puntland - Puntland security forces on Sunday captured a string of ISIS hideouts in the Cal Miskaad mountains southeast of Bosaso after fierce fighting that killed 26 militants and three soldiers, officials said on Monday.

Colonel Mohamud Said, a commander of the operation, told reporters in Bosaso that troops had taken control of the Dhasaan valley, which the militants had used as a training camp and weapons store, and were "clearing the caves one by one". Puntland's information ministry said foreign fighters were among the dead.

The offensive, dubbed Operation Hilaac, began in late December after ISIS fighters attacked a military base at Dharjaale. In that attack, on December 31, a suicide bomber drove an explosives-laden vehicle into the base's gate, killing 22 soldiers.

The group's Somali branch, led by Abdulqadir Mumin, is believed to have a few hundred fighters but has become an important financial hub for the Islamic State's operations in Africa, according to U.N. experts.

In Galmudug state, at least eight people were killed and 12 wounded on Sunday when militias from two sub-clans fought over a disputed water well in the village of Xerale, about 40 km west of Dhusamareb, local elders said. The fighting lasted several hours before Galmudug troops separated the two sides.

Elders from the two sub-clans signed a ceasefire in Dhusamareb on Monday under an agreement brokered by Galmudug's interior ministry, which also provides for the payment of blood money.

Clan clashes over water and grazing land are common in central Somalia, especially during the dry season.

In Mogadishu, police said they arrested 14 suspected al-Shabaab tax collectors in raids on shops in the Bakara market on Saturday. Police spokesman Abdifatah Aden said the suspects had been extorting money from traders on behalf of the militant group and would face military courts."""
arts.append({"id": "probe-horn-7", "url": None, "title": "Puntland forces capture ISIS hideouts in Cal Miskaad mountains",
             "published": "2025-02-18", "text": t7, "events": [
    ev(BAT, "government_regains_territory", "2025-02-16", "day",
       dict(loc("Cal Miskaad", "the Cal Miskaad mountains southeast of Bosaso", "Bari", "SO", 11.28, 49.18, "region"),
            coords_note="mountain range; Bosaso used"),
       "Military Forces of Somalia (Puntland)", "state_forces", "Islamic State (Somalia)", "rebel_group", 29,
       evidence="BOSASO, Puntland - Puntland security forces on Sunday captured a string of ISIS hideouts in the Cal Miskaad mountains southeast of Bosaso after fierce fighting that killed 26 militants and three soldiers, officials said on Monday."),
    ev(ERV, "suicide_bomb", "2024-12-31", "day",
       dict(loc("Dharjaale", "a military base at Dharjaale", "Bari", "SO", 11.28, 49.18, "region"),
            coords_note="position of Dharjaale uncertain; Bosaso used"),
       "Islamic State (Somalia)", "rebel_group", "Military Forces of Somalia (Puntland)", "state_forces", 22,
       evidence="In that attack, on December 31, a suicide bomber drove an explosives-laden vehicle into the base's gate, killing 22 soldiers.",
       bg=True),
    ev(BAT, "armed_clash", "2025-02-16", "day",
       dict(loc("Dhusamareb", "the village of Xerale, about 40 km west of Dhusamareb", "Galguduud", "SO", 5.54, 46.39, "region"),
            coords_note="village not located; Dhusamareb used"),
       "Clan Militia (Somalia)", "identity_militia", "Clan Militia (Somalia)", "identity_militia", 8, 8, injured=12,
       evidence="In Galmudug state, at least eight people were killed and 12 wounded on Sunday when militias from two sub-clans fought over a disputed water well in the village of Xerale, about 40 km west of Dhusamareb, local elders said."),
    ev(SD, "agreement", "2025-02-17", "day",
       loc("Dhusamareb", "Dhusamareb", "Galguduud", "SO", 5.54, 46.39),
       "Clan Militia (Somalia)", "identity_militia", "Clan Militia (Somalia)", "identity_militia",
       evidence="Elders from the two sub-clans signed a ceasefire in Dhusamareb on Monday under an agreement brokered by Galmudug's interior ministry, which also provides for the payment of blood money."),
    ev(SD, "arrests", "2025-02-15", "day",
       loc("Mogadishu", "the Bakara market", "Banadir", "SO", 2.04, 45.34),
       "Police Forces of Somalia", "state_forces", SHAB, "rebel_group",
       evidence="In Mogadishu, police said they arrested 14 suspected al-Shabaab tax collectors in raids on shops in the Bakara market on Saturday."),
]})

for a in arts:
    for e in a["events"]:
        assert e["evidence"] in a["text"], (a["id"], e["evidence"])
out = Path(__file__).with_name("probe-horn.jsonl")
out.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in arts), encoding="utf-8")
print(out, len(arts), sum(len(a["events"]) for a in arts))

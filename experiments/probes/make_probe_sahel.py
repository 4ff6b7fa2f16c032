"""Builds probe-sahel.jsonl: own-written Sahel and Nigeria articles (jihadist raids, army and drone strikes, bandits; not dev text)."""
import json
from pathlib import Path

from probe_gold import ev, loc  # noqa: E402

arts = []
VAC, BAT, RIO, SD, ERV = ("violence_against_civilians", "battles", "riots", "strategic_developments",
                          "explosions_remote_violence")
JNIM = "JNIM: Group for Support of Islam and Muslims"
ISWAP = "Islamic State West Africa Province (ISWAP)"

# 1 Mali (AFP): village massacre, army air strikes, repelled camp attack, a 2022 massacre recalled
t1 = """Jihadists kill 23 villagers in central Mali, locals say

Bamako (AFP) - Suspected jihadists killed at least 23 civilians in an attack on a village in central Mali on Sunday, local officials and residents told AFP on Tuesday, in a region where militants linked to Al-Qaeda have stepped up pressure on communities that refuse to pay them a religious tax.

Dozens of gunmen on motorbikes surrounded the village of Dioungani, in the Koro district near the border with Burkina Faso, shortly before dusk and opened fire on residents, an elected official from the area said, asking not to be named for security reasons.

"They went from house to house. They shot the men and set fire to the granaries," he said. Another resident said 23 bodies had been buried on Monday and that several people were still missing.

No group has claimed the attack, but the area is a stronghold of the Al-Qaeda-affiliated Group to Support Islam and Muslims (JNIM), which has repeatedly targeted villages it accuses of backing the Dozo, traditional hunters who have formed self-defence militias.

In a statement read on state television ORTM on Monday evening, the Malian army said it had carried out "precision air strikes" on Sunday night against "a group of terrorists fleeing towards the border" near Dinangourou, "neutralising several of them". It made no mention of the killings in Dioungani.

Separately, the army said its troops and "partners" - the term it uses for Russian paramilitaries of the Africa Corps - had repelled an attack on their camp at Boni, in the Douentza district, on Saturday, killing 11 "terrorists". Two soldiers were wounded, it said.

Mali has been ruled since 2020 by a junta that broke with former colonial power France and turned to Russia for military support. The country has been battling jihadist violence since 2012, and the conflict has killed thousands of civilians and displaced hundreds of thousands.

The central Mopti area has seen some of the worst bloodshed. In June 2022, gunmen killed 132 civilians in Diallassagou and two nearby villages in the neighbouring Bankass district, a massacre the government blamed on the Katiba Macina, a JNIM unit."""
KORO = {**loc("Koro", None, "Mopti", "ML", 14.07, -3.08, "region"),
        "coords_note": "small village placed at Koro, seat of its district"}
arts.append({"id": "probe-sahel-1", "url": None, "title": "Jihadists kill 23 villagers in central Mali, locals say",
             "published": "2026-02-10", "text": t1, "events": [
    ev(VAC, "attack", "2026-02-08", "day", {**KORO, "name": "Dioungani", "mention": "the village of Dioungani, in the Koro district"},
       "Unidentified jihadist group (Mali)", "rebel_group", "Civilians (Mali)", "civilians", 23, 23,
       evidence="Suspected jihadists killed at least 23 civilians in an attack on a village in central Mali on Sunday, local officials and residents told AFP on Tuesday, in a region where militants linked to Al-Qaeda have stepped up pressure on communities that refuse to pay them a religious tax."),
    ev(ERV, "air_drone_strike", "2026-02-08", "day", {**KORO, "name": "Dinangourou", "mention": "near Dinangourou"},
       "Military Forces of Mali", "state_forces", "Unidentified jihadist group (Mali)", "rebel_group",
       evidence="In a statement read on state television ORTM on Monday evening, the Malian army said it had carried out \"precision air strikes\" on Sunday night against \"a group of terrorists fleeing towards the border\" near Dinangourou, \"neutralising several of them\"."),
    ev(BAT, "armed_clash", "2026-02-07", "day",
       {**loc("Boni", "their camp at Boni, in the Douentza district", "Mopti", "ML", 15.07, -1.93), "coords_note": "approximate"},
       "Unidentified jihadist group (Mali)", "rebel_group", "Military Forces of Mali", "state_forces", 11, injured=2,
       evidence="Separately, the army said its troops and \"partners\" - the term it uses for Russian paramilitaries of the Africa Corps - had repelled an attack on their camp at Boni, in the Douentza district, on Saturday, killing 11 \"terrorists\"."),
    ev(VAC, "attack", "2022-06-15", "month",
       {**loc("Diallassagou", "Diallassagou and two nearby villages in the neighbouring Bankass district", "Mopti", "ML", 14.08, -3.52, "region"),
        "coords_note": "placed at Bankass, seat of its district"},
       JNIM, "rebel_group", "Civilians (Mali)", "civilians", 132,
       evidence="In June 2022, gunmen killed 132 civilians in Diallassagou and two nearby villages in the neighbouring Bankass district, a massacre the government blamed on the Katiba Macina, a JNIM unit.", bg=True),
]})

# 2 Burkina Faso (Reuters): base assault, drone strikes on the withdrawal, a village killing, Barsalogho recalled
t2 = """Dozens of Burkina soldiers killed in attack on northern base, sources say

OUAGADOUGOU, March 9 (Reuters) - Al Qaeda-linked militants killed at least 40 soldiers and volunteer fighters in an assault on an army base in the northern Burkinabe town of Djibo on Saturday, two security sources and a local resident said, one of the heaviest blows to the country's military government this year.

Hundreds of fighters from Jama'at Nusrat al-Islam wal-Muslimin (JNIM) attacked the base and a nearby camp of the Volunteers for the Defence of the Homeland (VDP), a civilian auxiliary force, at around 6 a.m., one of the sources said. The fighting lasted more than four hours before the attackers withdrew with pickup trucks and weapons taken from the base.

JNIM claimed the attack in a statement on its Telegram channel on Sunday, saying it had killed "dozens of soldiers and militiamen". It did not give its own losses.

Burkina Faso's army did not respond to a request for comment. State broadcaster RTB said on Sunday evening that air force drones had struck "terrorist columns" withdrawing from Djibo on Saturday afternoon, "neutralising dozens of criminals", but it did not mention military casualties.

A resident of Djibo, which has been under a blockade by the militants for more than three years, said shops stayed shut on Sunday and wounded soldiers were being flown to Ouagadougou by helicopter.

Also on Saturday, gunmen killed seven civilians, among them a village chief, in Tougouri in the Centre-Nord region, a humanitarian source said, asking not to be identified because the government bans aid groups from commenting on security incidents.

Captain Ibrahim Traore, who has ruled Burkina Faso since 2022, has vowed to recover territory lost to the militants and has recruited tens of thousands of VDP auxiliaries. His government has suspended several foreign media outlets over their coverage of attacks.

Rights groups say both the militants and the security forces have committed mass killings. In August 2024, JNIM fighters killed scores of civilians who had been ordered by the army to dig defensive trenches around the town of Barsalogho, an attack the group said had targeted militiamen. Estimates of the death toll ranged from around 130 to several hundred."""
DJIBO = loc("Djibo", "the northern Burkinabe town of Djibo", "Sahel", "BF", 14.10, -1.63)
arts.append({"id": "probe-sahel-2", "url": None, "title": "Dozens of Burkina soldiers killed in attack on northern base, sources say",
             "published": "2026-03-09", "text": t2, "events": [
    ev(BAT, "armed_clash", "2026-03-07", "day", DJIBO,
       JNIM, "rebel_group", "Military Forces of Burkina Faso", "state_forces", 40, 40,
       evidence="Al Qaeda-linked militants killed at least 40 soldiers and volunteer fighters in an assault on an army base in the northern Burkinabe town of Djibo on Saturday, two security sources and a local resident said, one of the heaviest blows to the country's military government this year."),
    ev(ERV, "air_drone_strike", "2026-03-07", "day", {**DJIBO, "mention": "Djibo", "precision": "region"},
       "Military Forces of Burkina Faso", "state_forces", JNIM, "rebel_group",
       evidence="State broadcaster RTB said on Sunday evening that air force drones had struck \"terrorist columns\" withdrawing from Djibo on Saturday afternoon, \"neutralising dozens of criminals\", but it did not mention military casualties."),
    ev(VAC, "attack", "2026-03-07", "day", loc("Tougouri", "Tougouri in the Centre-Nord region", "Centre-Nord", "BF", 13.32, -0.52),
       "Unidentified Armed Group (Burkina Faso)", "unknown", "Civilians (Burkina Faso)", "civilians", 7,
       evidence="Also on Saturday, gunmen killed seven civilians, among them a village chief, in Tougouri in the Centre-Nord region, a humanitarian source said, asking not to be identified because the government bans aid groups from commenting on security incidents."),
    ev(VAC, "attack", "2024-08-15", "month", loc("Barsalogho", "the town of Barsalogho", "Centre-Nord", "BF", 13.42, -1.06),
       JNIM, "rebel_group", "Civilians (Burkina Faso)", "civilians", 130, 130,
       evidence="In August 2024, JNIM fighters killed scores of civilians who had been ordered by the army to dig defensive trenches around the town of Barsalogho, an attack the group said had targeted militiamen.", bg=True),
]})

# 3 Nigeria, Katsina (local daily): bandit raid (killings + abductions), vigilante clash, police rescue, Kankara 2020 recalled
t3 = """Bandits kill 12, abduct 40 in Katsina community

By Mohammed Lawal, Katsina

Armed bandits have killed 12 people and abducted about 40 others in an attack on Unguwan Rimi village in Faskari Local Government Area of Katsina State.

Residents told our correspondent that the bandits, numbering over 100, stormed the community around 11pm on Saturday on motorcycles, shooting sporadically and going from house to house.

A resident, Malam Lawal Sani, said the attackers also rustled over 200 cows and sheep before retreating into the forest in the early hours of Sunday.

"We buried 12 people on Sunday, among them my younger brother. They took away women and children, we don't even know the exact number yet but it is up to 40," he said.

The Katsina State Police Command spokesperson, DSP Abubakar Sadiq Aliyu, who confirmed the attack in a statement on Sunday, however put the death toll at nine. He said a joint team of police, soldiers and the Katsina Community Watch Corps had been deployed to the area to rescue the victims.

In a related development, personnel of the Community Watch Corps on Sunday engaged bandits in a gun duel at Dandume town, killing five of the bandits, while two members of the corps lost their lives, according to the state Commissioner for Internal Security and Home Affairs, Dr Nasir Mu'azu.

Also, the police said operatives of the Kankara Division on Friday rescued nine kidnapped victims after a fierce gun battle with their abductors in a forest near Kankara. The victims, including four women, have been reunited with their families, the command said.

Katsina is one of the states worst hit by banditry in the North-West, where armed gangs operating from forest camps raid villages, kidnap travellers for ransom and impose levies on farmers. In December 2020, bandits abducted more than 300 schoolboys from the Government Science Secondary School, Kankara. The boys were released about a week later."""
FASK = {**loc("Faskari", "Unguwan Rimi village in Faskari Local Government Area of Katsina State", "Katsina", "NG", 11.72, 7.03, "region"),
        "coords_note": "village placed at Faskari, seat of its local government area"}
arts.append({"id": "probe-sahel-3", "url": None, "title": "Bandits kill 12, abduct 40 in Katsina community",
             "published": "2026-01-19", "text": t3, "events": [
    ev(VAC, "attack", "2026-01-17", "day", FASK,
       "Unidentified Armed Group (Nigeria)", "unknown", "Civilians (Nigeria)", "civilians", 12, 9, 12,
       evidence="Armed bandits have killed 12 people and abducted about 40 others in an attack on Unguwan Rimi village in Faskari Local Government Area of Katsina State."),
    ev(VAC, "abduction_forced_disappearance", "2026-01-17", "day", FASK,
       "Unidentified Armed Group (Nigeria)", "unknown", "Civilians (Nigeria)", "civilians",
       evidence="Armed bandits have killed 12 people and abducted about 40 others in an attack on Unguwan Rimi village in Faskari Local Government Area of Katsina State."),
    ev(BAT, "armed_clash", "2026-01-18", "day", loc("Dandume", "Dandume town", "Katsina", "NG", 11.46, 7.13),
       "Katsina Community Watch Corps", "political_militia", "Unidentified Armed Group (Nigeria)", "unknown", 7,
       evidence="In a related development, personnel of the Community Watch Corps on Sunday engaged bandits in a gun duel at Dandume town, killing five of the bandits, while two members of the corps lost their lives, according to the state Commissioner for Internal Security and Home Affairs, Dr Nasir Mu'azu."),
    ev(BAT, "armed_clash", "2026-01-16", "day", {**loc("Kankara", "a forest near Kankara", "Katsina", "NG", 11.93, 7.41, "region")},
       "Police Forces of Nigeria", "state_forces", "Unidentified Armed Group (Nigeria)", "unknown",
       evidence="Also, the police said operatives of the Kankara Division on Friday rescued nine kidnapped victims after a fierce gun battle with their abductors in a forest near Kankara."),
    ev(VAC, "abduction_forced_disappearance", "2020-12-15", "month",
       loc("Kankara", "the Government Science Secondary School, Kankara", "Katsina", "NG", 11.93, 7.41),
       "Unidentified Armed Group (Nigeria)", "unknown", "Civilians (Nigeria)", "civilians",
       evidence="In December 2020, bandits abducted more than 300 schoolboys from the Government Science Secondary School, Kankara.", bg=True),
]})

# 4 Nigeria (Defence HQ press release): dated operations list plus weekly aggregates that are not events
t4 = """DEFENCE HEADQUARTERS

PRESS RELEASE

TROOPS NEUTRALISE 38 TERRORISTS, RESCUE 27 KIDNAPPED HOSTAGES IN ONE WEEK

1. The Armed Forces of Nigeria have continued to record significant successes in the ongoing operations across the theatres of operation in the country. In the past one week, troops neutralised 38 terrorists, arrested 51 suspects and rescued 27 kidnapped hostages.

2. In the North East, troops of Operation HADIN KAI on 1 March 2026 repelled an attack by Islamic State West Africa Province (ISWAP) terrorists on their Forward Operating Base at Wajiroko in Damboa Local Government Area of Borno State. The gallant troops engaged the terrorists with superior firepower, neutralising 9 of them, while others fled with gunshot wounds. Regrettably, 2 soldiers paid the supreme price while 4 others were wounded and have been evacuated for medical attention. Items recovered include 5 AK-47 rifles, 2 PKT machine guns and 1,100 rounds of 7.62mm special ammunition.

3. Similarly, on 3 March 2026, the Air Component of Operation HADIN KAI conducted air interdiction on a terrorists' enclave at Tumbun Rago in the Lake Chad islands, after credible intelligence revealed a gathering of ISWAP commanders. Battle damage assessment revealed that several terrorists were neutralised and their logistics facilities destroyed.

4. In the North West, troops of Operation FANSAN YAMMA on 2 March 2026 arrested a suspected logistics supplier to bandits at Gusau in Zamfara State. The suspect was found in possession of 1,200 rounds of 7.62mm special ammunition concealed in bags of grain. He is in custody for further investigation.

5. Also, on 4 March 2026, troops acting on intelligence engaged bandits in a firefight at their hideout near Tsafe in Zamfara State, neutralising 3 of them and rescuing 14 kidnapped passengers. The rescued victims have been profiled and handed over to the state government.

6. Meanwhile, a total of 212 Boko Haram fighters and their families surrendered to troops in Bama and Gwoza within the week.

7. The Armed Forces of Nigeria remain resolute in their commitment to rid the country of terrorists and criminal elements, and urge members of the public to continue to provide credible information on the activities of criminals.

Major General Markus Kangye
Director Defence Media Operations
6 March 2026"""
arts.append({"id": "probe-sahel-4", "url": None, "title": "TROOPS NEUTRALISE 38 TERRORISTS, RESCUE 27 KIDNAPPED HOSTAGES IN ONE WEEK",
             "published": "2026-03-06", "text": t4, "events": [
    ev(BAT, "armed_clash", "2026-03-01", "day",
       {**loc("Wajiroko", "their Forward Operating Base at Wajiroko in Damboa Local Government Area of Borno State", "Borno", "NG", 11.15, 12.76, "region"),
        "coords_note": "placed at Damboa, seat of its local government area"},
       ISWAP, "rebel_group", "Military Forces of Nigeria", "state_forces", 11, injured=4,
       evidence="In the North East, troops of Operation HADIN KAI on 1 March 2026 repelled an attack by Islamic State West Africa Province (ISWAP) terrorists on their Forward Operating Base at Wajiroko in Damboa Local Government Area of Borno State."),
    ev(ERV, "air_drone_strike", "2026-03-03", "day",
       {**loc("Tumbun Rago", "Tumbun Rago in the Lake Chad islands", "Borno", "NG", 13.11, 13.84, "region"),
        "coords_note": "approximate: placed at Baga, the nearest town on the lake shore"},
       "Military Forces of Nigeria", "state_forces", ISWAP, "rebel_group",
       evidence="Similarly, on 3 March 2026, the Air Component of Operation HADIN KAI conducted air interdiction on a terrorists' enclave at Tumbun Rago in the Lake Chad islands, after credible intelligence revealed a gathering of ISWAP commanders."),
    ev(SD, "arrests", "2026-03-02", "day", loc("Gusau", "Gusau in Zamfara State", "Zamfara", "NG", 12.16, 6.66),
       "Military Forces of Nigeria", "state_forces", "Unidentified Armed Group (Nigeria)", "unknown",
       evidence="In the North West, troops of Operation FANSAN YAMMA on 2 March 2026 arrested a suspected logistics supplier to bandits at Gusau in Zamfara State."),
    ev(BAT, "armed_clash", "2026-03-04", "day", {**loc("Tsafe", "their hideout near Tsafe in Zamfara State", "Zamfara", "NG", 11.96, 6.92, "region")},
       "Military Forces of Nigeria", "state_forces", "Unidentified Armed Group (Nigeria)", "unknown", 3,
       evidence="Also, on 4 March 2026, troops acting on intelligence engaged bandits in a firefight at their hideout near Tsafe in Zamfara State, neutralising 3 of them and rescuing 14 kidnapped passengers."),
]})

# 5 Niger (AFP): army patrol ambushed (ministry toll both sides), market raid with cattle theft, Fambita recalled
t5 = """Niger says 19 soldiers killed in jihadist ambush near Mali border

Niamey (AFP) - Nineteen Nigerien soldiers were killed and 11 wounded on Sunday when an army patrol was ambushed by "several hundred terrorists" in the Tillaberi region near the border with Mali, the defence ministry said.

The patrol came under fire near Banibangou, the ministry said in a statement read on state television Tele Sahel on Monday evening, adding that the soldiers had "neutralised" 27 assailants before reinforcements and air support arrived.

The ministry did not name the attackers, but the area is a stronghold of the Islamic State Sahel Province, which has carried out many of the deadliest attacks on the Nigerien army in the western border zone.

A local official in Ouallam, reached by telephone, said at least two army vehicles had been torched and that wounded soldiers had been taken to the regional hospital in Tillaberi. "The families are waiting for the bodies," he said.

In a separate incident on Saturday, suspected jihadists on motorbikes raided the weekly livestock market at Tondikiwindi, in the Ouallam department, killing six traders and driving off several hundred head of cattle, the official and two residents said.

Niger's military rulers, who seized power in 2023, expelled French and American troops and have turned to Russia for security support, with Russian instructors now stationed in Niamey. But attacks have continued in the tri-border area shared with Mali and Burkina Faso, and in the southeast, where Boko Haram and ISWAP are active near Lake Chad.

In March last year, gunmen killed 44 worshippers during Friday prayers at a mosque in Fambita, in the Tillaberi region, in an attack the government blamed on the Islamic State group. Authorities declared three days of national mourning."""
arts.append({"id": "probe-sahel-5", "url": None, "title": "Niger says 19 soldiers killed in jihadist ambush near Mali border",
             "published": "2026-04-14", "text": t5, "events": [
    ev(BAT, "armed_clash", "2026-04-12", "day",
       {**loc("Banibangou", "near Banibangou", "Tillaberi", "NE", 15.04, 2.70), "coords_note": "approximate"},
       "Unidentified jihadist group (Niger)", "rebel_group", "Military Forces of Niger", "state_forces", 46, injured=11,
       evidence="Nineteen Nigerien soldiers were killed and 11 wounded on Sunday when an army patrol was ambushed by \"several hundred terrorists\" in the Tillaberi region near the border with Mali, the defence ministry said."),
    ev(VAC, "attack", "2026-04-11", "day",
       {**loc("Tondikiwindi", "the weekly livestock market at Tondikiwindi, in the Ouallam department", "Tillaberi", "NE", 14.32, 2.09, "region"),
        "coords_note": "placed at Ouallam, seat of its department"},
       "Unidentified jihadist group (Niger)", "rebel_group", "Civilians (Niger)", "civilians", 6,
       evidence="In a separate incident on Saturday, suspected jihadists on motorbikes raided the weekly livestock market at Tondikiwindi, in the Ouallam department, killing six traders and driving off several hundred head of cattle, the official and two residents said."),
    ev(VAC, "attack", "2025-03-15", "month",
       {**loc("Fambita", "a mosque in Fambita, in the Tillaberi region", "Tillaberi", "NE", 14.01, 0.75, "region"),
        "coords_note": "placed at Tera, seat of its department"},
       "Islamic State", "rebel_group", "Civilians (Niger)", "civilians", 44,
       evidence="In March last year, gunmen killed 44 worshippers during Friday prayers at a mosque in Fambita, in the Tillaberi region, in an attack the government blamed on the Islamic State group.", bg=True),
]})

# 6 Benin / Togo (AP): attack on an army post, a village raid in Togo, a roadside bomb, Point Triple recalled
t6 = """Jihadists kill 8 soldiers in northern Benin as Sahel violence spreads south

COTONOU, Benin (AP) — Suspected jihadist fighters killed eight Beninese soldiers in an attack on a military position in the country's far north, the army said Monday, the latest in a string of assaults along the borders with Burkina Faso and Niger.

The assault took place Sunday near Porga, on the edge of the Pendjari National Park, army chief of staff Gen. Fructueux Gbaguidi said in a statement. "Our forces fought with courage and inflicted heavy losses on the assailants," he said, without giving a figure. Three soldiers were wounded.

No group claimed responsibility, but fighters of the al-Qaida-linked group JNIM have crossed from Burkina Faso into the parks of northern Benin for several years.

On Friday, a homemade bomb hidden on a dirt track in the W National Park struck a vehicle carrying a team of health workers returning from a vaccination campaign, killing two of them, a local official in Karimama told The Associated Press.

In neighboring Togo, gunmen killed four civilians late Saturday in a raid on a village in the Kpendjal prefecture of the northern Savanes region, a local official said, speaking on condition of anonymity because he was not authorized to speak to reporters. Togo's government rarely comments on attacks in the north, where it has declared a state of emergency.

Coastal West African states have long feared that the violence engulfing the Sahel would spill over into their territory. In January last year, JNIM fighters killed 28 Beninese soldiers in an attack on a military post near the point where the borders of Benin, Burkina Faso and Niger meet, one of the deadliest attacks in the country's history.

Benin has since deployed thousands of additional troops to the north and recruited new soldiers, and it has asked for greater intelligence sharing with its neighbors."""
arts.append({"id": "probe-sahel-6", "url": None, "title": "Jihadists kill 8 soldiers in northern Benin as Sahel violence spreads south",
             "published": "2026-05-05", "text": t6, "events": [
    ev(BAT, "armed_clash", "2026-05-03", "day",
       {**loc("Porga", "near Porga, on the edge of the Pendjari National Park", "Atakora", "BJ", 11.05, 0.97), "coords_note": "approximate"},
       "Unidentified jihadist group (Benin)", "rebel_group", "Military Forces of Benin", "state_forces", 8, 8, injured=3,
       evidence="Suspected jihadist fighters killed eight Beninese soldiers in an attack on a military position in the country's far north, the army said Monday, the latest in a string of assaults along the borders with Burkina Faso and Niger."),
    ev(ERV, "remote_explosive_landmine_ied", "2026-05-01", "day",
       {**loc("W National Park", "a dirt track in the W National Park", "Alibori", "BJ", 12.07, 3.18, "region"),
        "coords_note": "placed at Karimama, the nearest town named in the text"},
       "Unidentified Armed Group (Benin)", "unknown", "Civilians (Benin)", "civilians", 2,
       evidence="On Friday, a homemade bomb hidden on a dirt track in the W National Park struck a vehicle carrying a team of health workers returning from a vaccination campaign, killing two of them, a local official in Karimama told The Associated Press."),
    ev(VAC, "attack", "2026-05-02", "day",
       {**loc("Kpendjal", "a village in the Kpendjal prefecture of the northern Savanes region", "Savanes", "TG", 10.85, 0.82, "region"),
        "coords_note": "placed at Mandouri, seat of the prefecture"},
       "Unidentified Armed Group (Togo)", "unknown", "Civilians (Togo)", "civilians", 4,
       evidence="In neighboring Togo, gunmen killed four civilians late Saturday in a raid on a village in the Kpendjal prefecture of the northern Savanes region, a local official said, speaking on condition of anonymity because he was not authorized to speak to reporters."),
    ev(BAT, "armed_clash", "2025-01-15", "month",
       {**loc("Karimama", "a military post near the point where the borders of Benin, Burkina Faso and Niger meet", "Alibori", "BJ", 12.07, 3.18, "region"),
        "coords_note": "approximate: the tri-border post placed at Karimama"},
       JNIM, "rebel_group", "Military Forces of Benin", "state_forces", 28,
       evidence="In January last year, JNIM fighters killed 28 Beninese soldiers in an attack on a military post near the point where the borders of Benin, Burkina Faso and Niger meet, one of the deadliest attacks in the country's history.", bg=True),
]})

# 7 Nigeria, Borno (Reuters): market suicide bombing, base overrun, air strike on it, farmers killed, Gwoza recalled
t7 = """Suicide bombers kill 12 at market in northeast Nigeria

MAIDUGURI, Nigeria, May 26 (Reuters) - Two suicide bombers blew themselves up at a crowded fish market in the town of Konduga in northeast Nigeria's Borno state on Monday evening, killing at least 12 people and wounding 28, emergency officials and a militia leader said.

Babakura Kolo, a leader of the Civilian Joint Task Force militia that fights alongside the army, said both bombers were young women and that they detonated their explosives minutes apart as traders were packing up their stalls. Borno police spokesman Nahum Daso confirmed the attack and blamed Boko Haram.

The bombing came a day after Islamic State West Africa Province (ISWAP) fighters overran a military base in Marte, forcing troops to withdraw to the nearby town of Dikwa, two military sources told Reuters. ISWAP said in a statement on Telegram that it had killed "dozens of apostate soldiers" and seized weapons and vehicles. The sources said at least five soldiers were killed.

The Nigerian Air Force said on Tuesday its jets had struck ISWAP positions in Marte on Monday, killing "a large number of terrorists", and that ground troops were preparing to retake the town.

In a third incident, gunmen suspected to be Boko Haram members killed five farmers working in their fields near Mafa on Saturday, residents said.

The Islamist insurgency in the northeast, which began in 2009, has killed more than 40,000 people and forced some two million from their homes. ISWAP split from Boko Haram in 2016 and has since become the dominant group around Lake Chad.

Suicide bombings had become rarer in recent years but have resurfaced. In June 2024, female suicide bombers killed at least 32 people at a wedding, a hospital and a funeral in the town of Gwoza, in attacks blamed on Boko Haram."""
MARTE = loc("Marte", "a military base in Marte", "Borno", "NG", 12.37, 13.83)
arts.append({"id": "probe-sahel-7", "url": None, "title": "Suicide bombers kill 12 at market in northeast Nigeria",
             "published": "2026-05-26", "text": t7, "events": [
    ev(ERV, "suicide_bomb", "2026-05-25", "day", loc("Konduga", "a crowded fish market in the town of Konduga", "Borno", "NG", 11.65, 13.42),
       "Boko Haram", "rebel_group", "Civilians (Nigeria)", "civilians", 12, 12, injured=28,
       evidence="Two suicide bombers blew themselves up at a crowded fish market in the town of Konduga in northeast Nigeria's Borno state on Monday evening, killing at least 12 people and wounding 28, emergency officials and a militia leader said."),
    ev(BAT, "non_state_actor_overtakes_territory", "2026-05-24", "day", MARTE,
       ISWAP, "rebel_group", "Military Forces of Nigeria", "state_forces", 5, 5,
       evidence="The bombing came a day after Islamic State West Africa Province (ISWAP) fighters overran a military base in Marte, forcing troops to withdraw to the nearby town of Dikwa, two military sources told Reuters."),
    ev(ERV, "air_drone_strike", "2026-05-25", "day", {**MARTE, "mention": "Marte"},
       "Military Forces of Nigeria", "state_forces", ISWAP, "rebel_group",
       evidence="The Nigerian Air Force said on Tuesday its jets had struck ISWAP positions in Marte on Monday, killing \"a large number of terrorists\", and that ground troops were preparing to retake the town."),
    ev(VAC, "attack", "2026-05-23", "day", {**loc("Mafa", "near Mafa", "Borno", "NG", 11.92, 13.60)},
       "Boko Haram", "rebel_group", "Civilians (Nigeria)", "civilians", 5,
       evidence="In a third incident, gunmen suspected to be Boko Haram members killed five farmers working in their fields near Mafa on Saturday, residents said."),
    ev(ERV, "suicide_bomb", "2024-06-15", "month", loc("Gwoza", "the town of Gwoza", "Borno", "NG", 11.08, 13.69),
       "Boko Haram", "rebel_group", "Civilians (Nigeria)", "civilians", 32, 32,
       evidence="In June 2024, female suicide bombers killed at least 32 people at a wedding, a hospital and a funeral in the town of Gwoza, in attacks blamed on Boko Haram.", bg=True),
]})

for a in arts:
    for e in a["events"]:
        assert e["evidence"] in a["text"], (a["id"], e["evidence"])
    print(a["id"], len(a["text"].split()), "words")
out = Path(__file__).with_name("probe-sahel.jsonl")
out.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in arts), encoding="utf-8")
print(out, len(arts), sum(len(a["events"]) for a in arts))

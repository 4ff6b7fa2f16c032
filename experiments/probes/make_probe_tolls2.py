"""Builds probe-tolls2.jsonl: own-written articles on how news tells casualty figures (rising tolls, bodies found later,
conflicting sources, ranges, vague quantities, tolls by side, headline-only tolls, campaign totals; not dev text)."""
import json
from pathlib import Path

from probe_gold import ev, loc  # noqa: E402

arts = []
VAC, BAT, ERV = "violence_against_civilians", "battles", "explosions_remote_violence"


def add(aid, title, published, text, events):
    for e in events:
        assert e["evidence"] in text, (aid, e["evidence"])
    arts.append({"id": aid, "url": None, "title": title, "published": published, "text": text, "events": events})


# 1 Pakistan (wire): a toll that climbs as bodies come out of rubble, attackers added to the total, two more incidents
# told in one sentence, a provincial total for last year
t1 = """Death toll from militant assault on Pakistan police compound climbs to 22

PESHAWAR, Pakistan, March 5 (Reuters) - The number of people killed in a militant assault on a police compound in northwest Pakistan climbed to 22 on Wednesday after rescuers pulled four more bodies from a barracks that collapsed during the fighting, police said.

Militants armed with rifles and grenades stormed the compound in the town of Bannu late on Tuesday, setting off a gunbattle with police that lasted until dawn. Officials had initially said 12 people were killed, most of them police officers.

"We now have sixteen martyrs, eleven of them policemen and five civilians who lived next to the wall," said Mohammad Naeem, a spokesman for the district hospital. At least 29 people were wounded, several of them critically.

All six attackers were killed by security forces, the military's media wing said, bringing the overall toll to 22. The Pakistani Taliban, or Tehreek-e-Taliban Pakistan (TTP), claimed responsibility in a message to journalists.

Elsewhere in Khyber Pakhtunkhwa province, two soldiers were killed on Monday when a roadside bomb hit their vehicle near Mir Ali in North Waziristan, and gunmen on a motorcycle shot dead a polio vaccination worker in Lakki Marwat on Tuesday, police said.

The TTP is separate from, but allied with, the Afghan Taliban, and Islamabad accuses Kabul of letting the group use Afghan soil to plan attacks, a charge the Taliban government denies.

Militant attacks killed more than 680 people in the province last year, most of them members of the security forces, according to an Islamabad-based think tank.

"The police are on the front line and they are paying the price," provincial police chief Akhtar Hayat said at a funeral prayer for the officers in Bannu on Wednesday afternoon."""
add("pt2-pak", "Death toll from militant assault on Pakistan police compound climbs to 22", "2025-03-05", t1, [
    ev(BAT, "armed_clash", "2025-03-04", "day", loc("Bannu", "the town of Bannu", "Khyber Pakhtunkhwa", "PK", 32.99, 70.60),
       "TTP: Tehreek-i-Taliban Pakistan", "rebel_group", "Police Forces of Pakistan", "state_forces", 22, injured=29,
       evidence="Militants armed with rifles and grenades stormed the compound in the town of Bannu late on Tuesday, setting off a gunbattle with police that lasted until dawn."),
    ev(ERV, "remote_explosive_landmine_ied", "2025-03-03", "day",
       loc("Mir Ali", "near Mir Ali in North Waziristan", "Khyber Pakhtunkhwa", "PK", 33.02, 70.27),
       "Unidentified Armed Group (Pakistan)", "unknown", "Military Forces of Pakistan", "state_forces", 2,
       evidence="Elsewhere in Khyber Pakhtunkhwa province, two soldiers were killed on Monday when a roadside bomb hit their vehicle near Mir Ali in North Waziristan, and gunmen on a motorcycle shot dead a polio vaccination worker in Lakki Marwat on Tuesday, police said."),
    ev(VAC, "attack", "2025-03-04", "day", loc("Lakki Marwat", "Lakki Marwat", "Khyber Pakhtunkhwa", "PK", 32.61, 70.91),
       "Unidentified Armed Group (Pakistan)", "unknown", "Civilians (Pakistan)", "civilians", 1,
       evidence="Elsewhere in Khyber Pakhtunkhwa province, two soldiers were killed on Monday when a roadside bomb hit their vehicle near Mir Ali in North Waziristan, and gunmen on a motorcycle shot dead a polio vaccination worker in Lakki Marwat on Tuesday, police said."),
])

# 2 DR Congo (AFP): official count vs civil society count, a range from a UN source, a pursuit clash, a recalled attack,
# a campaign total
t2 = """Suspected ADF rebels kill at least 18 in eastern Congo village

BENI, DR Congo, Aug 15 (AFP) - Suspected Allied Democratic Forces (ADF) rebels killed at least 18 civilians in a night raid on a village in eastern Democratic Republic of Congo's North Kivu province, local officials said Friday, while civil society leaders said the toll was higher.

The attackers, armed with machetes and guns, entered the village of Mabasele in Beni territory at around 10:00 pm on Thursday and went from house to house, the administrator of Beni territory, Colonel Charles Ehuta Omeonga, told AFP. "We have counted 18 bodies so far, but search teams are still in the fields," he said.

Jean-Paul Kambale, who heads a civil society group in the area, put the number of dead at 26 and said at least seven villagers were missing. Several houses and a health post were set on fire, he added.

The army said its troops pursued the attackers and killed three of them in a firefight near the Semuliki river on Friday morning, losing one soldier.

Earlier this month, ADF fighters killed 11 people attending a funeral in Lubero territory, further south.

In neighbouring Ituri province, between 10 and 15 people were killed on Wednesday when CODECO militiamen attacked a camp for displaced people near Djugu, a UN source said. Residents said the assailants also looted livestock.

The ADF, which originated in Uganda and has pledged allegiance to the Islamic State group, is accused of killing thousands of civilians in eastern Congo since the mid-1990s. Joint operations by the Congolese and Ugandan armies launched in 2021 have failed to stop the massacres."""
add("pt2-cod", "Suspected ADF rebels kill at least 18 in eastern Congo village", "2025-08-15", t2, [
    ev(VAC, "attack", "2025-08-14", "day",
       loc("Beni", "the village of Mabasele in Beni territory", "North Kivu", "CD", 0.49, 29.47, "region"),
       "ADF: Allied Democratic Forces", "rebel_group", "Civilians (Democratic Republic of Congo)", "civilians", 18, 18, 26,
       evidence="Suspected Allied Democratic Forces (ADF) rebels killed at least 18 civilians in a night raid on a village in eastern Democratic Republic of Congo's North Kivu province, local officials said Friday, while civil society leaders said the toll was higher."),
    ev(BAT, "armed_clash", "2025-08-15", "day",
       loc("Beni", "near the Semuliki river", "North Kivu", "CD", 0.49, 29.47, "region"),
       "Military Forces of Democratic Republic of Congo", "state_forces", "ADF: Allied Democratic Forces", "rebel_group", 4,
       evidence="The army said its troops pursued the attackers and killed three of them in a firefight near the Semuliki river on Friday morning, losing one soldier."),
    ev(VAC, "attack", "2025-08-08", "month", loc("Lubero", "Lubero territory", "North Kivu", "CD", -0.16, 29.24, "region"),
       "ADF: Allied Democratic Forces", "rebel_group", "Civilians (Democratic Republic of Congo)", "civilians", 11,
       evidence="Earlier this month, ADF fighters killed 11 people attending a funeral in Lubero territory, further south.", bg=True),
    ev(VAC, "attack", "2025-08-13", "day", loc("Djugu", "near Djugu", "Ituri", "CD", 1.92, 30.50),
       "CODECO: Cooperative for Development of Congo", "identity_militia", "Civilians (Democratic Republic of Congo)", "civilians",
       10, 10, 15,
       evidence="In neighbouring Ituri province, between 10 and 15 people were killed on Wednesday when CODECO militiamen attacked a camp for displaced people near Djugu, a UN source said."),
])

# 3 Nigeria (local daily): "scores" in the headline, "at least 30" vs "41 bodies", a vague air force claim, a repelled
# raid with both sides' dead, a recalled mosque attack, an NGO's yearly total
t3 = """Bandits kill scores in Zamfara village, residents say

Armed bandits on Sunday night attacked Dan Kurmi village in Maru Local Government Area of Zamfara State, killing at least 30 people, residents and a local government official said on Monday.

The gunmen, who arrived on more than 100 motorcycles, reportedly shot at residents as they fled and set fire to shops and grain stores. Many of the victims were women and children, according to residents.

A resident, Malam Sani Abdullahi, told our correspondent that 41 bodies had been buried in the village by Monday afternoon and that dozens of injured people had been taken to the General Hospital in Maru. "They did not spare anybody. We buried forty-one people today," he said.

The spokesperson of the state police command, SP Ibrahim Musa, confirmed the attack but declined to give a casualty figure, saying a team had been deployed to the area.

Also on Sunday, a Nigerian Air Force jet struck a bandit camp in the Dansadau forest, killing scores of fighters, the air force said in a statement on Monday.

In neighbouring Katsina State, police said they repelled an attack on Dutsin-Ma town in the early hours of Monday, killing five bandits. One police officer died and two others were injured in the exchange of fire, the command's spokesperson said.

In April, bandits killed 18 worshippers during dawn prayers at a mosque in Kankara, also in Katsina State.

Amnesty International said in a report last month that bandit attacks had killed at least 2,500 people across the north-west in 2024, and accused the authorities of failing to protect rural communities."""
add("pt2-nga", "Bandits kill scores in Zamfara village, residents say", "2025-06-10", t3, [
    ev(VAC, "attack", "2025-06-08", "day", loc("Maru", "Dan Kurmi village in Maru Local Government Area", "Zamfara", "NG", 12.33, 6.40, "region"),
       "Unidentified Armed Group (Nigeria)", "unknown", "Civilians (Nigeria)", "civilians", 30, 30, 41,
       evidence="Armed bandits on Sunday night attacked Dan Kurmi village in Maru Local Government Area of Zamfara State, killing at least 30 people, residents and a local government official said on Monday."),
    ev(ERV, "air_drone_strike", "2025-06-08", "day", loc("Dansadau", "the Dansadau forest", "Zamfara", "NG", 11.85, 6.27, "region"),
       "Military Forces of Nigeria", "state_forces", "Unidentified Armed Group (Nigeria)", "unknown",
       evidence="Also on Sunday, a Nigerian Air Force jet struck a bandit camp in the Dansadau forest, killing scores of fighters, the air force said in a statement on Monday."),
    ev(BAT, "armed_clash", "2025-06-09", "day", loc("Dutsin-Ma", "Dutsin-Ma town", "Katsina", "NG", 12.45, 7.50),
       "Unidentified Armed Group (Nigeria)", "unknown", "Police Forces of Nigeria", "state_forces", 6, injured=2,
       evidence="In neighbouring Katsina State, police said they repelled an attack on Dutsin-Ma town in the early hours of Monday, killing five bandits."),
    ev(VAC, "attack", "2025-04-15", "month", loc("Kankara", "Kankara", "Katsina", "NG", 11.93, 7.41),
       "Unidentified Armed Group (Nigeria)", "unknown", "Civilians (Nigeria)", "civilians", 18,
       evidence="In April, bandits killed 18 worshippers during dawn prayers at a mosque in Kankara, also in Katsina State.", bg=True),
])

# 4 Ukraine (AP): a toll that rises a day later from wounded dying and a body recovered, "about 40" injured, a drone on
# a Russian town, single deaths told without digits, a war-long UN total
t4 = """Toll from Russian bomb attack on Zaporizhzhia rises to 11

KYIV, Ukraine (AP) — The death toll from a Russian glide bomb attack on the southern Ukrainian city of Zaporizhzhia rose to 11 on Friday after two of the wounded died in hospital and rescuers recovered another body from a collapsed dormitory, the regional governor said.

Russian aircraft dropped two guided bombs on a residential area of the city on Thursday afternoon, Gov. Ivan Fedorov said on Telegram. He initially reported eight people dead. About 40 people were wounded, among them five children, and 14 remained in hospital on Friday, he said.

"Eleven lives taken in broad daylight, in the middle of the city," Fedorov wrote. Three days of mourning were declared.

Zaporizhzhia, which had a prewar population of about 700,000, lies some 30 kilometers (20 miles) from the front line and is regularly hit by drones, missiles and bombs.

In Russia's Belgorod region, a Ukrainian drone hit a minibus on the outskirts of Shebekino on Friday morning, killing the driver and wounding three passengers, regional Gov. Vyacheslav Gladkov said. Russia's Defense Ministry said air defenses had downed 46 Ukrainian drones overnight over several regions.

In the Kherson region, a 58-year-old man was killed when Russian artillery shelled the village of Bilozerka on Friday morning, the regional administration said.

The U.N. human rights monitoring mission in Ukraine says more than 13,000 civilians have been killed since Russia launched its full-scale invasion in February 2022, most of them in strikes with explosive weapons in populated areas."""
add("pt2-ukr", "Toll from Russian bomb attack on Zaporizhzhia rises to 11", "2025-10-17", t4, [
    ev(ERV, "air_drone_strike", "2025-10-16", "day", loc("Zaporizhzhia", "the southern Ukrainian city of Zaporizhzhia", "Zaporizhzhia Oblast", "UA", 47.84, 35.14),
       "Military Forces of Russia", "state_forces", "Civilians (Ukraine)", "civilians", 11, injured=40,
       evidence="Russian aircraft dropped two guided bombs on a residential area of the city on Thursday afternoon, Gov. Ivan Fedorov said on Telegram."),
    ev(ERV, "air_drone_strike", "2025-10-17", "day", loc("Shebekino", "the outskirts of Shebekino", "Belgorod Oblast", "RU", 50.41, 36.89),
       "Military Forces of Ukraine", "state_forces", "Civilians (Russia)", "civilians", 1, injured=3,
       evidence="In Russia's Belgorod region, a Ukrainian drone hit a minibus on the outskirts of Shebekino on Friday morning, killing the driver and wounding three passengers, regional Gov. Vyacheslav Gladkov said."),
    ev(ERV, "shelling_artillery_missile_attack", "2025-10-17", "day", loc("Bilozerka", "the village of Bilozerka", "Kherson Oblast", "UA", 46.64, 32.44),
       "Military Forces of Russia", "state_forces", "Civilians (Ukraine)", "civilians", 1,
       evidence="In the Kherson region, a 58-year-old man was killed when Russian artillery shelled the village of Bilozerka on Friday morning, the regional administration said."),
    ev("strategic_developments", "disrupted_weapons_use", "2025-10-17", "day", loc("Russia", "several regions", None, "RU", 55.75, 37.62, "country"),
       "Military Forces of Russia", "state_forces", "Military Forces of Ukraine", "state_forces",
       evidence="Russia's Defense Ministry said air defenses had downed 46 Ukrainian drones overnight over several regions."),
])

# 5 Gaza (AFP): a day's toll across the territory with per-place sub-counts ("including nine"), a family counted in
# words, the day's toll raised later (an aggregate, not an event), a West Bank strike, the war total
t5 = """Israeli strikes kill 27 across Gaza, civil defence says

GAZA CITY, Palestinian Territories, April 15 (AFP) - Israeli strikes killed at least 27 people across the Gaza Strip on Tuesday, including nine who were sheltering in a school in Gaza City, the territory's civil defence agency said.

Agency spokesman Mahmud Bassal said the strike on the school in the Tuffah neighbourhood hit classrooms housing displaced families. "Among the nine martyrs are four children," he said, adding that about 20 people were wounded there.

The Israeli military said it had struck "Hamas terrorists operating inside a command and control centre" embedded in the compound, and that it had taken steps to reduce harm to civilians.

In Khan Yunis in the south, a strike on a tent in the Mawasi area killed a man, his wife and their three children, according to Nasser Hospital, which received the bodies.

By evening, the civil defence had raised the day's toll across the territory to 31.

In the occupied West Bank, an Israeli drone strike on a car near Tubas killed three members of Islamic Jihad's armed wing, the Palestinian health ministry and the group said. The Israeli army said the men had been planning attacks on troops.

Israel resumed its offensive in Gaza on March 18 after a two-month ceasefire collapsed. The health ministry in the Hamas-run territory says at least 1,600 people have been killed since then, taking the overall toll of the war to more than 51,000."""
add("pt2-gaza", "Israeli strikes kill 27 across Gaza, civil defence says", "2025-04-15", t5, [
    ev(ERV, "air_drone_strike", "2025-04-15", "day", loc("Gaza City", "a school in Gaza City", "Gaza Strip", "PS", 31.50, 34.47),
       "Military Forces of Israel", "state_forces", "Civilians (Palestine)", "civilians", 9, injured=20,
       evidence="Agency spokesman Mahmud Bassal said the strike on the school in the Tuffah neighbourhood hit classrooms housing displaced families."),
    ev(ERV, "air_drone_strike", "2025-04-15", "day", loc("Khan Yunis", "the Mawasi area", "Gaza Strip", "PS", 31.34, 34.31),
       "Military Forces of Israel", "state_forces", "Civilians (Palestine)", "civilians", 5,
       evidence="In Khan Yunis in the south, a strike on a tent in the Mawasi area killed a man, his wife and their three children, according to Nasser Hospital, which received the bodies."),
    ev(ERV, "air_drone_strike", "2025-04-15", "day", loc("Tubas", "near Tubas", "West Bank", "PS", 32.32, 35.37),
       "Military Forces of Israel", "state_forces", "PIJ: Palestinian Islamic Jihad", "rebel_group", 3,
       evidence="In the occupied West Bank, an Israeli drone strike on a car near Tubas killed three members of Islamic Jihad's armed wing, the Palestinian health ministry and the group said."),
])

# 6 Mali / Burkina (AFP): soldiers' toll raised after missing men are found, the other side only "dozens", a claim of a
# higher figure, a "between 15 and 20" range, an "about 30" plus a known count
t6 = """Thirteen Malian soldiers killed in jihadist ambush, army says

BAMAKO, Feb 17 (AFP) - The bodies of three Malian soldiers missing since a jihadist ambush near the central town of Boni were found on Monday, bringing the number of troops killed in Saturday's attack to 13, a security source told AFP.

The army had said on Sunday that ten soldiers were killed when "terrorists" attacked a supply convoy on the road between Boni and Hombori, and that "dozens of terrorists" were neutralised when troops and air support responded.

The Al-Qaeda-linked Group to Support Islam and Muslims (JNIM) claimed the ambush in a statement, saying it had killed "more than 40" soldiers and seized vehicles and weapons. The claim could not be independently verified.

Separately, between 15 and 20 civilians were killed on Sunday when gunmen on motorbikes attacked a village near Bandiagara, local elected officials told AFP on condition of anonymity. "They came at market time and fired on everyone," one of them said.

In neighbouring Burkina Faso, the army said soldiers and Volunteers for the Defence of the Homeland (VDP) killed about thirty jihadists who attacked their post in Djibo on Saturday. Four VDP members died in the fighting, according to the statement read on state television.

Mali, Burkina Faso and Niger, all ruled by military juntas, have struggled to contain jihadist insurgencies that have killed thousands of soldiers and civilians across the Sahel over the past decade and forced millions from their homes."""
add("pt2-sahel", "Thirteen Malian soldiers killed in jihadist ambush, army says", "2025-02-17", t6, [
    ev(BAT, "armed_clash", "2025-02-15", "day", loc("Boni", "near the central town of Boni", "Mopti", "ML", 15.07, -2.00),
       "JNIM: Group for Support of Islam and Muslims", "rebel_group", "Military Forces of Mali", "state_forces", 13, 13,
       evidence="The bodies of three Malian soldiers missing since a jihadist ambush near the central town of Boni were found on Monday, bringing the number of troops killed in Saturday's attack to 13, a security source told AFP."),
    ev(VAC, "attack", "2025-02-16", "day", loc("Bandiagara", "a village near Bandiagara", "Mopti", "ML", 14.35, -3.61, "region"),
       "Unidentified Armed Group (Mali)", "unknown", "Civilians (Mali)", "civilians", 15, 15, 20,
       evidence="Separately, between 15 and 20 civilians were killed on Sunday when gunmen on motorbikes attacked a village near Bandiagara, local elected officials told AFP on condition of anonymity."),
    ev(BAT, "armed_clash", "2025-02-15", "day", loc("Djibo", "their post in Djibo", "Sahel", "BF", 14.10, -1.63),
       "Unidentified jihadist group (Burkina Faso)", "rebel_group", "Military Forces of Burkina Faso", "state_forces", 34,
       evidence="In neighbouring Burkina Faso, the army said soldiers and Volunteers for the Defence of the Homeland (VDP) killed about thirty jihadists who attacked their post in Djibo on Saturday."),
])

# 7 India (national daily): bodies recovered a day later raise the toll, one jawan added, "including" sub-counts, two
# incidents in one sentence, a recalled IED blast, a year-to-date total
t7 = """Toll in Bijapur encounter rises to 16 Maoists as more bodies found

RAIPUR: Four more bodies of Maoists were recovered from the forests of Chhattisgarh's Bijapur district on Friday, taking the number of ultras killed in Thursday's encounter with security forces to 16, police said.

A District Reserve Guard (DRG) jawan was also killed and two others were injured in the gunfight, which broke out around 9 am on Thursday in the forests near Gangaloor when a joint team of the DRG, the Special Task Force and the CRPF's CoBRA unit was on an anti-Maoist operation, the Inspector General of Police (Bastar range) said.

Twelve bodies had been recovered on Thursday evening along with an INSAS rifle, two SLRs and a cache of explosives. The dead include five women cadres, among them a divisional committee member who carried a reward of Rs 8 lakh on her head, officials said.

The injured jawans were airlifted to Raipur and are out of danger.

In a separate incident in Sukma district on Wednesday, Maoists killed a villager they suspected of being a police informer, while a CRPF jawan was injured in an IED blast in Narayanpur on the same day.

In January, Maoists blew up a vehicle carrying DRG personnel in the Kutru area of Bijapur, killing eight jawans and their civilian driver, one of the deadliest attacks on security forces in the state in two years.

With Thursday's encounter, 113 Maoists have been killed in encounters in Chhattisgarh so far this year, 97 of them in the Bastar division, according to police figures. Union Home Minister Amit Shah has set a deadline of March 2026 to end Left-wing extremism in the country."""
add("pt2-ind", "Toll in Bijapur encounter rises to 16 Maoists as more bodies found", "2025-05-16", t7, [
    ev(BAT, "armed_clash", "2025-05-15", "day", loc("Bijapur", "the forests near Gangaloor", "Chhattisgarh", "IN", 18.79, 80.82, "region"),
       "Police Forces of India", "state_forces", "CPI (Maoist): Communist Party of India (Maoist)", "rebel_group", 17, injured=2,
       evidence="A District Reserve Guard (DRG) jawan was also killed and two others were injured in the gunfight, which broke out around 9 am on Thursday in the forests near Gangaloor when a joint team of the DRG, the Special Task Force and the CRPF's CoBRA unit was on an anti-Maoist operation, the Inspector General of Police (Bastar range) said."),
    ev(VAC, "attack", "2025-05-14", "day", loc("Sukma", "Sukma district", "Chhattisgarh", "IN", 18.39, 81.66, "region"),
       "CPI (Maoist): Communist Party of India (Maoist)", "rebel_group", "Civilians (India)", "civilians", 1,
       evidence="In a separate incident in Sukma district on Wednesday, Maoists killed a villager they suspected of being a police informer, while a CRPF jawan was injured in an IED blast in Narayanpur on the same day."),
    ev(ERV, "remote_explosive_landmine_ied", "2025-05-14", "day", loc("Narayanpur", "Narayanpur", "Chhattisgarh", "IN", 19.72, 81.25),
       "CPI (Maoist): Communist Party of India (Maoist)", "rebel_group", "Police Forces of India", "state_forces", injured=1,
       evidence="In a separate incident in Sukma district on Wednesday, Maoists killed a villager they suspected of being a police informer, while a CRPF jawan was injured in an IED blast in Narayanpur on the same day."),
    ev(ERV, "remote_explosive_landmine_ied", "2025-01-15", "month", loc("Bijapur", "the Kutru area of Bijapur", "Chhattisgarh", "IN", 18.79, 80.82, "region"),
       "CPI (Maoist): Communist Party of India (Maoist)", "rebel_group", "Police Forces of India", "state_forces", 9,
       evidence="In January, Maoists blew up a vehicle carrying DRG personnel in the Kutru area of Bijapur, killing eight jawans and their civilian driver, one of the deadliest attacks on security forces in the state in two years.", bg=True),
])

out = Path(__file__).with_name("probe-tolls2.jsonl")
with out.open("w") as f:
    for a in arts:
        f.write(json.dumps(a, ensure_ascii=False) + "\n")
print(len(arts), "articles", sum(len(a["events"]) for a in arts), "events ->", out)

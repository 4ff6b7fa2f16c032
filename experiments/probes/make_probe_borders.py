"""Builds probe-borders.jsonl: own-written cross-border and interstate violence articles (two state forces, places
on both sides of a border, each side's account; not dev text)."""
import json
from pathlib import Path


from probe_gold import ev, loc  # noqa: E402


arts = []
VAC, BAT, SD, ERV = ("violence_against_civilians", "battles", "strategic_developments",
                     "explosions_remote_violence")
SH, AIR, CL = "shelling_artillery_missile_attack", "air_drone_strike", "armed_clash"
MIL = "Military Forces of "

# 1 India-Pakistan: shelling across the Line of Control, each army's account; an infiltration bid; a recalled attack
t1 = """Pakistani shelling kills two in Poonch as Kashmir border truce frays

SRINAGAR, Oct 21 (Reuters) - Two civilians were killed and five wounded when Pakistani troops shelled villages along the Line of Control in Jammu and Kashmir's Poonch district late on Monday, Indian army and police officials said, in the most serious breach of the ceasefire between the nuclear-armed neighbours since the summer.

Mortar bombs landed on homes in Balakote village in the Mendhar sector shortly after 9 p.m., killing a 61-year-old farmer and his teenage grandson, said Rakesh Sharma, a senior police officer in Poonch. Five other villagers, two of them women, were taken to the sub-district hospital in Mendhar.

"The Pakistan Army carried out unprovoked shelling of civilian areas in the Mendhar sector. Our troops are retaliating befittingly," an army spokesman in Jammu, Lieutenant Colonel Sunil Bartwal, said in a statement.

Pakistan's military gave a different account. Its media wing, Inter-Services Public Relations (ISPR), said Indian troops had opened fire first on Monday night, using mortars and heavy machine guns against civilian populations in the Nikial and Khuiratta sectors of Kotli district in Pakistan-administered Kashmir. A woman was killed and three children were wounded in Khuiratta, ISPR said, adding that Pakistani troops had silenced the Indian posts "with a befitting response".

Neither account could be independently verified by Reuters.

Residents on both sides said the firing went on for nearly four hours. "We spent the whole night in the bunker. The shells kept falling every few minutes," Mohammad Aslam, a shopkeeper in Balakote, said by telephone.

Separately, the army said troops killed two Lashkar-e-Taiba militants who were trying to cross the Line of Control in the Uri sector of Baramulla district on Sunday. Two rifles and a quantity of ammunition were recovered, it said.

India and Pakistan renewed their commitment to a 2003 ceasefire in 2021, and the truce largely held until this year, when the two countries fought a four-day conflict of missile, drone and artillery strikes. That fighting followed an attack in which gunmen killed 26 people, most of them tourists, in a meadow near Pahalgam on April 22.

India accuses Pakistan of arming and training militants who cross into Kashmir, a charge Islamabad denies. Both countries claim the Himalayan region in full but rule it in part.

Villagers in Poonch said many families had begun moving to relatives' homes further from the frontier. "Every time the guns start, it is we who pay," said Shamima Begum, whose house in Balakote lost its roof."""
arts.append({"id": "probe-borders-1", "url": None,
             "title": "Pakistani shelling kills two in Poonch as Kashmir border truce frays",
             "published": "2025-10-21", "text": t1, "events": [
    ev(ERV, SH, "2025-10-20", "day",
       {**loc("Mendhar", "Balakote village in the Mendhar sector", "Jammu and Kashmir", "IN", 33.60, 74.15, "region"),
        "coords_note": "Balakote village placed at Mendhar, the seat of its sub-district (approximate)"},
       MIL + "Pakistan", "state_forces", "Civilians (India)", "civilians", 2, injured=5,
       evidence="Mortar bombs landed on homes in Balakote village in the Mendhar sector shortly after 9 p.m., killing a 61-year-old farmer and his teenage grandson, said Rakesh Sharma, a senior police officer in Poonch."),
    ev(ERV, SH, "2025-10-20", "day",
       {**loc("Nikial", "the Nikial and Khuiratta sectors of Kotli district", "Azad Kashmir", "PK", 33.52, 73.90, "region"),
        "coords_note": "Nikial sector placed at Kotli town"},
       MIL + "India", "state_forces", "Civilians (Pakistan)", "civilians",
       evidence="Its media wing, Inter-Services Public Relations (ISPR), said Indian troops had opened fire first on Monday night, using mortars and heavy machine guns against civilian populations in the Nikial and Khuiratta sectors of Kotli district in Pakistan-administered Kashmir."),
    ev(ERV, SH, "2025-10-20", "day",
       loc("Khuiratta", "Khuiratta", "Azad Kashmir", "PK", 33.36, 74.03),
       MIL + "India", "state_forces", "Civilians (Pakistan)", "civilians", 1, injured=3,
       evidence="A woman was killed and three children were wounded in Khuiratta, ISPR said, adding that Pakistani troops had silenced the Indian posts \"with a befitting response\"."),
    ev(BAT, CL, "2025-10-19", "day",
       loc("Uri", "the Uri sector of Baramulla district", "Jammu and Kashmir", "IN", 34.08, 74.05, "region"),
       MIL + "India", "state_forces", "LeT: Lashkar-e-Taiba", "rebel_group", 2,
       evidence="Separately, the army said troops killed two Lashkar-e-Taiba militants who were trying to cross the Line of Control in the Uri sector of Baramulla district on Sunday."),
    ev(VAC, "attack", "2025-04-22", "day",
       loc("Pahalgam", "a meadow near Pahalgam", "Jammu and Kashmir", "IN", 34.02, 75.32),
       "Unidentified Armed Group (India)", "unknown", "Civilians (India)", "civilians", 26,
       evidence="That fighting followed an attack in which gunmen killed 26 people, most of them tourists, in a meadow near Pahalgam on April 22.", bg=True),
]})

# 2 Afghanistan-Pakistan: local daily, a border clash at Chaman with two versions, shelling into Spin Boldak,
#   an infiltration bid in South Waziristan, Torkham closed (no event), a recalled Torkham firefight
t2 = """Four killed as Pakistani, Afghan forces clash at Chaman; Torkham stays shut

QUETTA: Pakistani and Afghan forces exchanged heavy fire across the border near Chaman on Wednesday, killing at least four people, officials on both sides said, as trade through the Torkham crossing remained suspended for a third day.

According to the military's media wing, Afghan Taliban troops opened fire without provocation on a Pakistani border post in the Killi Luqman area near the Friendship Gate at around 10am. Pakistani troops responded "in a swift and befitting manner", destroying several Afghan posts and killing at least a dozen Taliban fighters, the ISPR said in a statement. Two soldiers embraced martyrdom in the exchange, it added.

The Afghan defence ministry rejected the account. Its spokesman, Mawlawi Abdul Wahid Sharaf, said Pakistani forces had fired mortar rounds into the Wesh bazaar in Spin Boldak district, killing two civilians and wounding eleven, and that Afghan border forces had only returned fire. He did not mention any losses among Afghan troops.

A doctor at the district hospital in Chaman, who asked not to be named, said the facility had received two bodies and nine wounded people, most of them labourers who had been waiting at the gate.

Late on Tuesday, security forces foiled an attempt by a group of Tehreek-e-Taliban Pakistan (TTP) militants to infiltrate from Afghanistan near Angoor Adda in South Waziristan, killing three of them, according to a separate ISPR statement.

Traders said hundreds of trucks carrying fruit and coal were stranded on both sides of Torkham, which was closed on Monday after border officials quarrelled over the repair of a fence. "Our perishable goods are rotting while the two governments argue," said Haji Gul Wazir, a member of the chamber of commerce in Landi Kotal.

Relations between Islamabad and the Taliban government have soured over Pakistan's accusation that Kabul shelters TTP fighters who carry out attacks inside Pakistan, a charge the Taliban deny. Torkham was shut for more than a week in September 2023 after Pakistani and Afghan border guards exchanged fire there over the construction of a check post.

Officials in Quetta said a jirga of tribal elders from both sides of the border would meet on Friday in an effort to reopen the Chaman crossing."""
arts.append({"id": "probe-borders-2", "url": None,
             "title": "Four killed as Pakistani, Afghan forces clash at Chaman; Torkham stays shut",
             "published": "2026-01-15", "text": t2, "events": [
    ev(BAT, CL, "2026-01-14", "day",
       loc("Chaman", "the Killi Luqman area near the Friendship Gate", "Balochistan", "PK", 30.92, 66.45),
       MIL + "Afghanistan", "state_forces", MIL + "Pakistan", "state_forces", 14, 14,
       evidence="Pakistani troops responded \"in a swift and befitting manner\", destroying several Afghan posts and killing at least a dozen Taliban fighters, the ISPR said in a statement."),
    ev(ERV, SH, "2026-01-14", "day",
       loc("Spin Boldak", "the Wesh bazaar in Spin Boldak district", "Kandahar", "AF", 31.01, 66.40),
       MIL + "Pakistan", "state_forces", "Civilians (Afghanistan)", "civilians", 2, injured=11,
       evidence="Its spokesman, Mawlawi Abdul Wahid Sharaf, said Pakistani forces had fired mortar rounds into the Wesh bazaar in Spin Boldak district, killing two civilians and wounding eleven, and that Afghan border forces had only returned fire."),
    ev(BAT, CL, "2026-01-13", "day",
       {**loc("Angoor Adda", "near Angoor Adda in South Waziristan", "Khyber Pakhtunkhwa", "PK", 32.30, 69.57, "region"),
        "coords_note": "Angoor Adda border post placed at Wana"},
       MIL + "Pakistan", "state_forces", "TTP: Tehrik-i-Taliban Pakistan", "rebel_group", 3,
       evidence="Late on Tuesday, security forces foiled an attempt by a group of Tehreek-e-Taliban Pakistan (TTP) militants to infiltrate from Afghanistan near Angoor Adda in South Waziristan, killing three of them, according to a separate ISPR statement."),
    ev(BAT, CL, "2023-09-15", "month",
       {**loc("Torkham", "Torkham", "Khyber Pakhtunkhwa", "PK", 34.12, 71.09),
        "coords_note": "border crossing west of Landi Kotal"},
       MIL + "Pakistan", "state_forces", MIL + "Afghanistan", "state_forces",
       evidence="Torkham was shut for more than a week in September 2023 after Pakistani and Afghan border guards exchanged fire there over the construction of a check post.", bg=True),
]})

# 3 Thailand-Cambodia: wire copy with both defence ministries; temple clash, a rocket into a Thai town,
#   Thai shelling and a drone bomb on the Cambodian side, a recalled firefight
t3 = """Thai, Cambodian troops clash near disputed temples; rocket kills Thai villager

BANGKOK, March 4, 2026 (AFP) - Thai and Cambodian troops clashed near ancient temples on their disputed frontier on Wednesday and a rocket fired from Cambodia struck a Thai border town, killing a civilian, the Thai army said, in the worst flare-up since a ceasefire was agreed last year.

Fighting erupted at dawn near the Ta Muen Thom temple in Surin province's Phanom Dong Rak district after Cambodian soldiers flew a drone over Thai positions and then opened fire with rifles and rocket-propelled grenades, the army's Second Region said. One Thai soldier was wounded.

"Our forces responded as necessary under the rules of engagement," army spokeswoman Colonel Nattaya Srisuk told reporters.

Hours later, a BM-21 rocket hit a house on the edge of Kantharalak town in Sisaket province, killing a 58-year-old man and wounding his wife, provincial officials said.

Cambodia's defence ministry accused Thailand of starting the fight. Ministry spokesman Lieutenant General Chhum Sokha said Thai troops had shelled Cambodian positions near the Ta Krabey temple in Oddar Meanchey province, and that a Thai drone had dropped a bomb near the market at O'Smach, wounding three Cambodian civilians.

"Cambodia only exercised its legitimate right to self-defence against the invading forces," he said in a statement, adding that Phnom Penh would ask the ASEAN chair to send observers.

AFP could not independently confirm either side's account.

Thailand closed the Chong Chom border checkpoint in Surin and told residents of villages within 10 kilometres of the frontier to move to shelters. In Kantharalak, shops shut early and dozens of families gathered in a school gymnasium.

The two neighbours have argued for more than a century over stretches of their 817-kilometre land border, drawn during French colonial rule. Tensions surged after a Cambodian soldier was killed in a brief exchange of fire in the Chong Bok area of Ubon Ratchathani's Nam Yuen district on May 28, 2025, and in July the dispute escalated into five days of fighting that killed dozens of people and displaced some 300,000.

"Neither capital wants a new war, but neither government can afford to look weak at home," said Pavin Chaiwat, a regional analyst in Singapore."""
arts.append({"id": "probe-borders-3", "url": None,
             "title": "Thai, Cambodian troops clash near disputed temples; rocket kills Thai villager",
             "published": "2026-03-04", "text": t3, "events": [
    ev(BAT, CL, "2026-03-04", "day",
       {**loc("Ta Muen Thom", "the Ta Muen Thom temple in Surin province's Phanom Dong Rak district", "Surin", "TH",
              14.35, 103.27, "region"),
        "coords_note": "temple on the border south of Phanom Dong Rak (approximate)"},
       MIL + "Cambodia", "state_forces", MIL + "Thailand", "state_forces", injured=1,
       evidence="Fighting erupted at dawn near the Ta Muen Thom temple in Surin province's Phanom Dong Rak district after Cambodian soldiers flew a drone over Thai positions and then opened fire with rifles and rocket-propelled grenades, the army's Second Region said."),
    ev(ERV, SH, "2026-03-04", "day",
       loc("Kantharalak", "the edge of Kantharalak town in Sisaket province", "Si Sa Ket", "TH", 14.65, 104.65),
       MIL + "Cambodia", "state_forces", "Civilians (Thailand)", "civilians", 1, injured=1,
       evidence="Hours later, a BM-21 rocket hit a house on the edge of Kantharalak town in Sisaket province, killing a 58-year-old man and wounding his wife, provincial officials said."),
    ev(ERV, SH, "2026-03-04", "day",
       {**loc("Ta Krabey", "the Ta Krabey temple in Oddar Meanchey province", "Oddar Meanchey", "KH", 14.36, 103.43,
              "region"),
        "coords_note": "temple on the border north of Samraong (approximate)"},
       MIL + "Thailand", "state_forces", MIL + "Cambodia", "state_forces",
       evidence="Ministry spokesman Lieutenant General Chhum Sokha said Thai troops had shelled Cambodian positions near the Ta Krabey temple in Oddar Meanchey province, and that a Thai drone had dropped a bomb near the market at O'Smach, wounding three Cambodian civilians."),
    ev(ERV, AIR, "2026-03-04", "day",
       {**loc("O'Smach", "the market at O'Smach", "Oddar Meanchey", "KH", 14.43, 103.69),
        "coords_note": "approximate"},
       MIL + "Thailand", "state_forces", "Civilians (Cambodia)", "civilians", injured=3,
       evidence="Ministry spokesman Lieutenant General Chhum Sokha said Thai troops had shelled Cambodian positions near the Ta Krabey temple in Oddar Meanchey province, and that a Thai drone had dropped a bomb near the market at O'Smach, wounding three Cambodian civilians."),
    ev(BAT, CL, "2025-05-28", "day",
       {**loc("Nam Yuen", "the Chong Bok area of Ubon Ratchathani's Nam Yuen district", "Ubon Ratchathani", "TH",
              14.45, 105.05, "region"),
        "coords_note": "Chong Bok pass on the tri-border south of Nam Yuen (approximate)"},
       MIL + "Thailand", "state_forces", MIL + "Cambodia", "state_forces", 1,
       evidence="Tensions surged after a Cambodian soldier was killed in a brief exchange of fire in the Chong Bok area of Ubon Ratchathani's Nam Yuen district on May 28, 2025, and in July the dispute escalated into five days of fighting that killed dozens of people and displaced some 300,000.",
       bg=True),
]})

# 4 Armenia-Azerbaijan: broadcaster with both defence ministries' versions of one night's firing; a recalled battle
t4 = """Armenia, Azerbaijan trade accusations over overnight border shooting

YEREVAN (RFE/RL) - Armenia and Azerbaijan accused each other on Tuesday of opening fire along their northern border overnight, the latest in a string of incidents as the two countries negotiate the delimitation of the frontier.

Azerbaijan's Defence Ministry said units of the Armenian armed forces stationed near the village of Chinari in Armenia's Berd region fired small arms at Azerbaijani army positions near Alibeyli in the Tovuz district between 21:40 and 22:15 on Monday. "Adequate retaliatory measures were taken. There are no losses among our personnel," the ministry said in a statement carried by state media.

Armenia's Defence Ministry called the claim "disinformation" and said it was Azerbaijani units that had opened fire late on Monday at Armenian combat positions near the villages of Nerkin Karmiraghbyur and Aygepar in Tavush province. Bullets struck the roof of a house in Nerkin Karmiraghbyur, the ministry said, but no one was hurt. It said Armenian troops had not returned fire.

The head of the Nerkin Karmiraghbyur community, Artak Melkonyan, told RFE/RL's Armenian Service that the shooting lasted about half an hour and that parents had kept children home from school on Tuesday. "People here have heard this before. They know which rooms to sleep in," he said.

Neither ministry's version could be independently verified. The European Union's civilian monitoring mission, which patrols the Armenian side of the border, said it was aware of the reports and was "following up with both sides".

Incidents along the Tavush-Tovuz section of the border have been rare since Armenia agreed this year to return four abandoned villages to Azerbaijan under a delimitation deal that triggered weeks of street protests in Yerevan. Prime Minister Nikol Pashinian has argued that fixing the border is the only way to prevent a new war.

The same section saw the deadliest fighting between the two armies in years in July 2020, when artillery duels near Tovuz killed at least 17 soldiers and one civilian on both sides, among them an Azerbaijani major general.

The two countries fought wars over Nagorno-Karabakh in the early 1990s and in 2020, and Azerbaijan retook the region in a lightning offensive in September 2023 that led almost all of its ethnic Armenian population to flee to Armenia."""
arts.append({"id": "probe-borders-4", "url": None,
             "title": "Armenia, Azerbaijan trade accusations over overnight border shooting",
             "published": "2024-04-16", "text": t4, "events": [
    ev(BAT, CL, "2024-04-15", "day",
       {**loc("Alibeyli", "near Alibeyli in the Tovuz district", "Tovuz", "AZ", 40.99, 45.63, "region"),
        "coords_note": "Alibeyli village placed at Tovuz town"},
       MIL + "Armenia", "state_forces", MIL + "Azerbaijan", "state_forces", 0,
       evidence="Azerbaijan's Defence Ministry said units of the Armenian armed forces stationed near the village of Chinari in Armenia's Berd region fired small arms at Azerbaijani army positions near Alibeyli in the Tovuz district between 21:40 and 22:15 on Monday."),
    ev(BAT, CL, "2024-04-15", "day",
       loc("Nerkin Karmiraghbyur", "the villages of Nerkin Karmiraghbyur and Aygepar in Tavush province", "Tavush",
           "AM", 40.94, 45.44),
       MIL + "Azerbaijan", "state_forces", MIL + "Armenia", "state_forces", 0,
       evidence="Armenia's Defence Ministry called the claim \"disinformation\" and said it was Azerbaijani units that had opened fire late on Monday at Armenian combat positions near the villages of Nerkin Karmiraghbyur and Aygepar in Tavush province."),
    ev(BAT, CL, "2024-04-15", "day",
       {**loc("Aygepar", "the villages of Nerkin Karmiraghbyur and Aygepar in Tavush province", "Tavush", "AM",
              40.95, 45.42),
        "coords_note": "approximate; beside Nerkin Karmiraghbyur"},
       MIL + "Azerbaijan", "state_forces", MIL + "Armenia", "state_forces",
       evidence="Armenia's Defence Ministry called the claim \"disinformation\" and said it was Azerbaijani units that had opened fire late on Monday at Armenian combat positions near the villages of Nerkin Karmiraghbyur and Aygepar in Tavush province."),
    ev(BAT, CL, "2020-07-15", "month",
       {**loc("Tovuz", "near Tovuz", "Tovuz", "AZ", 40.99, 45.63, "region")},
       MIL + "Armenia", "state_forces", MIL + "Azerbaijan", "state_forces", 18, 18,
       evidence="The same section saw the deadliest fighting between the two armies in years in July 2020, when artillery duels near Tovuz killed at least 17 soldiers and one civilian on both sides, among them an Azerbaijani major general.",
       bg=True),
]})

# 5 Turkey in northern Iraq: Kurdish broadcaster; a drone strike on a car, shelling of orchards, a PKK claim,
#   a ministry's weekly aggregate (no event), a recalled resort shelling
t5 = """Turkish drone kills two near Sidakan as shelling scorches Duhok orchards

ERBIL, Kurdistan Region - A Turkish drone struck a pickup truck near the border town of Sidakan on Saturday, killing two people inside, the town's mayor told our correspondent, while Turkish artillery pounded mountainsides near Kani Masi in Duhok province's Amadiya district.

Mayor Ihsan Chalabi said the strike hit the vehicle on a mountain road about five kilometres north of Sidakan in the early afternoon. He said the dead were members of the Kurdistan Workers' Party (PKK), but their identities had not yet been confirmed. The bodies were taken to Soran hospital.

In Kani Masi, residents said Turkish shells fell near the villages of Sarari and Belejane throughout Saturday, setting fire to vineyards and walnut orchards. No casualties were reported. Turkish forces said they were targeting PKK hideouts in the area.

The PKK's armed wing, the People's Defence Forces (HPG), said in a statement that its fighters had clashed with Turkish commandos in the Zap region on Friday, killing seven soldiers. Turkey's Defence Ministry did not comment on the claim. It said on Sunday that its forces had "neutralised" 19 terrorists in northern Iraq over the past week, without giving locations.

Turkey has set up dozens of military bases inside the Kurdistan Region since launching the Claw-Lock operation against the PKK in 2022, and local officials say hundreds of villages along the border have been emptied by the fighting.

"Our farmers cannot reach their land. Every summer the fires come back," said Berivan Haji, a teacher from Kani Masi who now lives in Duhok city.

Baghdad and Erbil have repeatedly protested against the strikes as violations of Iraq's sovereignty, but both also want the PKK out of the region. The Kurdistan Region Government has called on the group to leave areas where civilians live.

The strikes have at times killed civilians. On July 20, 2022, artillery shells hit a resort near Zakho crowded with tourists from central and southern Iraq, killing nine people, including a child, and wounding 23. Iraq blamed Turkey, which denied any role and blamed the PKK.

The PKK, listed as a terrorist group by Turkey, the United States and the European Union, has fought the Turkish state since 1984."""
arts.append({"id": "probe-borders-5", "url": None,
             "title": "Turkish drone kills two near Sidakan as shelling scorches Duhok orchards",
             "published": "2024-08-18", "text": t5, "events": [
    ev(ERV, AIR, "2024-08-17", "day",
       {**loc("Sidakan", "near the border town of Sidakan", "Erbil", "IQ", 36.80, 44.67),
        "coords_note": "approximate"},
       MIL + "Turkey", "state_forces", "PKK: Kurdistan Workers Party", "rebel_group", 2,
       evidence="A Turkish drone struck a pickup truck near the border town of Sidakan on Saturday, killing two people inside, the town's mayor told our correspondent, while Turkish artillery pounded mountainsides near Kani Masi in Duhok province's Amadiya district."),
    ev(ERV, SH, "2024-08-17", "day",
       loc("Kani Masi", "near Kani Masi in Duhok province's Amadiya district", "Duhok", "IQ", 37.23, 43.44),
       MIL + "Turkey", "state_forces", "PKK: Kurdistan Workers Party", "rebel_group", 0,
       evidence="In Kani Masi, residents said Turkish shells fell near the villages of Sarari and Belejane throughout Saturday, setting fire to vineyards and walnut orchards."),
    ev(BAT, CL, "2024-08-16", "day",
       {**loc("Zap", "the Zap region", "Duhok", "IQ", 37.09, 43.49, "region"),
        "coords_note": "Zap area placed at Amadiya"},
       "PKK: Kurdistan Workers Party", "rebel_group", MIL + "Turkey", "state_forces", 7,
       evidence="The PKK's armed wing, the People's Defence Forces (HPG), said in a statement that its fighters had clashed with Turkish commandos in the Zap region on Friday, killing seven soldiers."),
    ev(ERV, SH, "2022-07-20", "day",
       loc("Zakho", "a resort near Zakho", "Duhok", "IQ", 37.15, 42.69),
       MIL + "Turkey", "state_forces", "Civilians (Iraq)", "civilians", 9, injured=23,
       evidence="On July 20, 2022, artillery shells hit a resort near Zakho crowded with tourists from central and southern Iraq, killing nine people, including a child, and wounding 23.", bg=True),
]})

# 6 Israel-Syria and Israel-Iran: analysis piece; a raid that turned into a firefight, recalled strikes of the
#   June war and on Syrian troops, many aggregates and campaigns (no events)
t6 = """ANALYSIS: Israel's open-ended war in southern Syria

By Leila Haddad

BEIRUT, 3 December 2025 - When Israeli soldiers drove into the village of Beit Jinn on the slopes of Mount Hermon before dawn last Friday to arrest men they said belonged to an Islamist cell, they expected a routine raid. Instead they ran into gunfire from local fighters, and the firefight that followed left 13 Syrians dead and six Israeli soldiers wounded, according to Syrian state media and the Israeli military.

It was the deadliest single incident since Israeli troops moved into the demilitarised buffer zone on the Golan Heights a year ago, hours after the fall of Bashar al-Assad, and it exposed how far an operation billed as temporary has drifted.

Israel says it needs a security belt in Quneitra and Daraa provinces to keep hostile groups away from the Golan. Since December 2024 its air force has carried out hundreds of strikes across Syria, destroying much of the navy, air defences and missile stocks the new government inherited, according to monitors. Damascus says the raids, arrests and checkpoints violate the 1974 disengagement agreement and has asked the United Nations to act.

The strikes have not only targeted arsenals. In August, Israeli drones killed six Syrian soldiers near Kisweh, south of Damascus, as they inspected what Syrian officials described as surveillance equipment left behind by Israeli forces.

Behind the Syrian file lies Iran. Israeli jets struck the Natanz enrichment site on June 13 at the start of a 12-day war with Tehran, and Iranian ballistic missiles hit Israeli cities in return. One of them slammed into Soroka hospital in Beersheba on June 19, wounding dozens of patients and staff. A U.S.-brokered ceasefire has held since June 24.

"For Israeli planners, Syria is now a buffer against Iran's return, not a country with its own government," said Yossi Mizrahi, a former military intelligence officer. "That mindset makes incidents like Beit Jinn inevitable."

U.S.-mediated talks on a security arrangement between Israel and Syria have stalled over Israel's demand for a demilitarised zone reaching south of Damascus. President Ahmed al-Sharaa has said Syria will not accept new lines while Israeli troops sit on its territory.

Residents of the buffer zone describe a daily life of night raids, bulldozed orchards and closed roads. In Khan Arnabah, on the edge of the zone, farmers say they can no longer reach fields near the ceasefire line.

"We were promised a new Syria," said Abu Khaled, a farmer from Beit Jinn whose nephew was among the dead. "But the soldiers are still at our doors.\""""
arts.append({"id": "probe-borders-6", "url": None,
             "title": "ANALYSIS: Israel's open-ended war in southern Syria",
             "published": "2025-12-03", "text": t6, "events": [
    ev(BAT, CL, "2025-11-28", "day",
       {**loc("Beit Jinn", "the village of Beit Jinn on the slopes of Mount Hermon", "Rif Dimashq", "SY", 33.31, 35.88),
        "coords_note": "approximate"},
       MIL + "Israel", "state_forces", "Unidentified Armed Group (Syria)", "unknown", 13, injured=6,
       evidence="Instead they ran into gunfire from local fighters, and the firefight that followed left 13 Syrians dead and six Israeli soldiers wounded, according to Syrian state media and the Israeli military."),
    ev(ERV, AIR, "2025-08-15", "month",
       loc("Al Kiswah", "near Kisweh, south of Damascus", "Rif Dimashq", "SY", 33.36, 36.24),
       MIL + "Israel", "state_forces", MIL + "Syria", "state_forces", 6,
       evidence="In August, Israeli drones killed six Syrian soldiers near Kisweh, south of Damascus, as they inspected what Syrian officials described as surveillance equipment left behind by Israeli forces.",
       bg=True),
    ev(ERV, AIR, "2025-06-13", "day",
       loc("Natanz", "the Natanz enrichment site", "Isfahan", "IR", 33.51, 51.92),
       MIL + "Israel", "state_forces", None, None,
       evidence="Israeli jets struck the Natanz enrichment site on June 13 at the start of a 12-day war with Tehran, and Iranian ballistic missiles hit Israeli cities in return.",
       bg=True),
    ev(ERV, SH, "2025-06-19", "day",
       loc("Beersheba", "Soroka hospital in Beersheba", "Southern District", "IL", 31.25, 34.79),
       MIL + "Iran", "state_forces", "Civilians (Israel)", "civilians",
       evidence="One of them slammed into Soroka hospital in Beersheba on June 19, wounding dozens of patients and staff.",
       bg=True),
]})

# 7 Venezuela-Guyana: local daily; military posturing, threats, exercises and diplomacy, no violence now;
#   one recalled ambush on a patrol boat
t7 = """GDF steps up river patrols as Caracas renews Essequibo claim

GEORGETOWN - The Guyana Defence Force (GDF) has increased patrols along the Cuyuni River and placed troops in the Cuyuni-Mazaruni region on heightened alert after Venezuelan officials renewed their claim to the Essequibo region at the weekend, army chief Brigadier Omar Khan told reporters on Monday.

Brig. Khan said the GDF had noted a build-up of Venezuelan troops and boats on Ankoko Island, which Venezuela has occupied since the 1960s, and around the border settlement of Eteringbang. "We are not going to be provoked, but we will defend every inch of our territory," he said. No shots had been fired, he added.

In Caracas, Venezuela's defence minister announced three days of military exercises in Bolivar state "to protect the sovereignty of Guayana Esequiba", and a senior ruling party lawmaker said the country would never recognise the International Court of Justice's jurisdiction over the dispute.

President Irfaan Ali called the statements "reckless" and said Guyana had briefed its partners in CARICOM, the United States and Brazil. A U.S. State Department spokesperson said Washington stood by Guyana's sovereignty.

The territorial controversy dates back to an 1899 arbitral award that fixed the boundary, which Venezuela rejects. Guyana asked the ICJ to confirm the award in 2018, and a ruling is expected this year.

Fears of a confrontation have grown since Venezuela held a referendum on annexing Essequibo in December 2023. Later that month, the presidents of both countries met in St Vincent and the Grenadines and agreed not to threaten or use force against each other, an undertaking both sides accuse each other of breaking.

The border has not been entirely quiet. In February last year, gunmen on the Venezuelan bank of the Cuyuni fired on a GDF boat resupplying troops near Eteringbang, wounding three soldiers. Guyana blamed a Venezuelan gang, known locally as a "sindicato", that controls illegal gold mining across the river.

Residents of Eteringbang, a mining outpost reachable mainly by air, said the mood was tense but calm on Monday. "The miners are still working. Everybody just watches the river now," said shop owner Janelle Persaud.

Opposition leader Aubrey Norton urged the government to invest more in the army's air and river capabilities, saying the country "cannot rely on statements from abroad"."""
arts.append({"id": "probe-borders-7", "url": None,
             "title": "GDF steps up river patrols as Caracas renews Essequibo claim",
             "published": "2026-02-10", "text": t7, "events": [
    ev(SD, "agreement", "2023-12-15", "month",
       {**loc("Saint Vincent and the Grenadines", "St Vincent and the Grenadines", None, "VC", 13.16, -61.22,
              "country"), "coords_note": "Kingstown, the capital"},
       "Government of Guyana", "state_forces", "Government of Venezuela", "state_forces",
       evidence="Later that month, the presidents of both countries met in St Vincent and the Grenadines and agreed not to threaten or use force against each other, an undertaking both sides accuse each other of breaking.",
       bg=True),
    ev(BAT, CL, "2025-02-15", "month",
       {**loc("Eteringbang", "near Eteringbang", "Cuyuni-Mazaruni", "GY", 6.40, -61.13, "region"),
        "coords_note": "approximate position of the border outpost on the Cuyuni"},
       "Unidentified Gang (Venezuela)", "political_militia", MIL + "Guyana", "state_forces", injured=3,
       evidence="In February last year, gunmen on the Venezuelan bank of the Cuyuni fired on a GDF boat resupplying troops near Eteringbang, wounding three soldiers.",
       bg=True),
]})

for a in arts:
    for e in a["events"]:
        assert e["evidence"] in a["text"], (a["id"], e["evidence"])
out = Path(__file__).with_name("probe-borders.jsonl")
out.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in arts), encoding="utf-8")
print(out, len(arts), sum(len(a["events"]) for a in arts))

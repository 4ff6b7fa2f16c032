"""Builds probe-levant.jsonl: own-written war reports from Lebanon, Yemen, northern Iraq, Iraq's militias,
eastern Syria, the West Bank and Gaza in several outlet styles (wire, local daily, army statement, war
monitor, UN OCHA update), hand-coded by NOTES.md (gold fix after the first score: the army statement's "terrorists" coded
"Unidentified jihadist group (Palestine)", rebel_group, as NOTES.md's actor convention says). Idioms under test: villages absent from the gazetteer,
"the ... -run health ministry", army-statement wording ("eliminated", "apprehended"), tolls that differ by
source, aggregate tolls that are no event, air-defence interceptions."""
import json
import pathlib

from probe_gold import ev, loc  # noqa: E402

ERV, AIR, SHL = "explosions_remote_violence", "air_drone_strike", "shelling_artillery_missile_attack"
B, AC = "battles", "armed_clash"
VAC, ATT = "violence_against_civilians", "attack"
SD = "strategic_developments"
IL, US, UK = "Military Forces of Israel", "Military Forces of the United States", "Military Forces of the United Kingdom"
TR = "Military Forces of Turkey"
S, R, U, C, M = "state_forces", "rebel_group", "unknown", "civilians", "political_militia"
HZ, HOU = "Hezbollah", "Houthi Movement"
arts = []

# ---- 1 Lebanon, local daily
t = """Two killed in Israeli strike on Aitaroun home as shelling hits Shebaa outskirts

NABATIEH - Lebanon Daily Star correspondent

Two people were killed when an Israeli strike flattened a house in the border village of Aitaroun on Tuesday evening, the state-run National News Agency reported, in one of the heaviest days of cross-border exchanges this month.

A civil defence official in Bint Jbeil, Hassan Fakih, said rescuers pulled the bodies of a man and his elderly mother from the rubble and that a third person was taken to hospital in Tebnine with burns.

Earlier on Tuesday, an Israeli drone struck a motorcycle on the edge of Kfar Kila, wounding its rider, the agency said. The Israeli army said in a statement that it had "eliminated a Hezbollah operative" in the area, a claim that could not be independently verified.

Israeli artillery also pounded the outskirts of Shebaa and the nearby Kfarchouba hills throughout the afternoon, setting fire to orchards, residents said. No casualties were reported.

Hezbollah said in three statements that its fighters had fired a salvo of Katyusha rockets at an army post near Metula and had struck a group of soldiers with a guided missile. Israel's military said sirens sounded in Metula and that it had struck the launch sites in response. It made no mention of casualties.

The group later announced the death of one of its members, Ali Kassem, 27, from the village of Houla, without saying where he was killed.

Hezbollah began firing at Israeli positions on October 8 last year, a day after the Hamas attack on southern Israel. Since then, more than 450 people have been killed in Lebanon, most of them fighters, according to an AFP tally. In one of the deadliest single incidents, an Israeli strike on a house in the village of Mays al-Jabal killed a family of four on the night of March 26."""
e = [
 ev(ERV, AIR, "2024-06-11", "day",
    {**loc("Aitaroun", "the border village of Aitaroun", "Nabatieh", "LB", 33.12, 35.47), "coords_note": "village not in the packaged gazetteer"},
    IL, S, "Civilians (Lebanon)", C, best=2, injured=1,
    evidence="Two people were killed when an Israeli strike flattened a house in the border village of Aitaroun on Tuesday evening, the state-run National News Agency reported, in one of the heaviest days of cross-border exchanges this month."),
 ev(ERV, AIR, "2024-06-11", "day", loc("Kfar Kila", "the edge of Kfar Kila", "Nabatieh", "LB", 33.28, 35.55),
    IL, S, HZ, R, injured=1,
    evidence="Earlier on Tuesday, an Israeli drone struck a motorcycle on the edge of Kfar Kila, wounding its rider, the agency said."),
 ev(ERV, SHL, "2024-06-11", "day",
    {**loc("Shebaa", "the outskirts of Shebaa", "Nabatieh", "LB", 33.35, 35.75), "coords_note": "village not in the packaged gazetteer"},
    IL, S, None, None, best=0, low=0,
    evidence="Israeli artillery also pounded the outskirts of Shebaa and the nearby Kfarchouba hills throughout the afternoon, setting fire to orchards, residents said."),
 ev(ERV, SHL, "2024-06-11", "day", loc("Metula", "an army post near Metula", "Northern District", "IL", 33.28, 35.58),
    HZ, R, IL, S,
    evidence="Hezbollah said in three statements that its fighters had fired a salvo of Katyusha rockets at an army post near Metula and had struck a group of soldiers with a guided missile."),
 ev(ERV, AIR, "2024-03-26", "day",
    {**loc("Mays al-Jabal", "the village of Mays al-Jabal", "Nabatieh", "LB", 33.17, 35.52), "coords_note": "village not in the packaged gazetteer"},
    IL, S, "Civilians (Lebanon)", C, best=4,
    evidence="In one of the deadliest single incidents, an Israeli strike on a house in the village of Mays al-Jabal killed a family of four on the night of March 26.", bg=True),
]
arts.append(("probe-levant-1", "Two killed in Israeli strike on Aitaroun home as shelling hits Shebaa outskirts", "2024-06-12", t, e))

# ---- 2 Yemen, wire
t = """U.S., British jets strike Hodeidah as Houthis target Eilat

ADEN, Oct 5 (Reuters) - U.S. and British warplanes struck the Houthi-held Red Sea port city of Hodeidah and the nearby oil port of Salif overnight, the group's al-Masirah television said on Saturday, in the latest round of raids aimed at curbing the Iran-aligned movement's attacks on shipping.

Three port workers were killed and nine others wounded in the strikes on Salif, the Houthi-run health ministry said. A local official at the port, who asked not to be named, put the death toll at five.

Al-Masirah said four raids hit Hodeidah airport, which has been closed to civilian traffic for years. There was no word on casualties there.

The U.S. military's Central Command said its forces had hit 15 Houthi targets, including weapons storage sites and radar installations, to "degrade the Houthis' ability to threaten freedom of navigation". Britain's defence ministry said two Typhoon jets took part.

Hours earlier, Houthi military spokesman Yahya Saree said the group had fired a ballistic missile and several drones at the Israeli port city of Eilat. Israel's military said its air defences intercepted a missile approaching from the east before it crossed into Israeli territory. Nobody was hurt.

On the ground, government forces and Houthi fighters clashed on Friday in the Maqbanah district west of Taiz, a military source told Reuters, and four government soldiers were killed.

The Houthis, who control Sanaa and most of Yemen's populous north, began attacking vessels in November last year in what they call solidarity with Palestinians in Gaza. In July, Israeli jets bombed fuel tanks at Hodeidah port, a day after a Houthi drone killed a man in Tel Aviv. That strike killed six people, according to the Houthis."""
e = [
 ev(ERV, AIR, "2024-10-05", "day", loc("Salif", "the nearby oil port of Salif", "Al Hudaydah Governorate", "YE", 15.31, 42.67),
    US, S, "Civilians (Yemen)", C, best=3, low=3, high=5, injured=9,
    evidence="Three port workers were killed and nine others wounded in the strikes on Salif, the Houthi-run health ministry said."),
 ev(ERV, AIR, "2024-10-05", "day", loc("Hodeidah", "Hodeidah airport", "Al Hudaydah Governorate", "YE", 14.80, 42.95),
    US, S, None, None,
    evidence="Al-Masirah said four raids hit Hodeidah airport, which has been closed to civilian traffic for years."),
 ev(SD, "disrupted_weapons_use", "2024-10-05", "week", loc("Eilat", "the Israeli port city of Eilat", "Southern District", "IL", 29.56, 34.95),
    IL, S, HOU, R,
    evidence="Israel's military said its air defences intercepted a missile approaching from the east before it crossed into Israeli territory."),
 ev(B, AC, "2024-10-04", "day",
    {**loc("Maqbanah", "the Maqbanah district west of Taiz", "Taiz Governorate", "YE", 13.58, 43.75, "region"), "coords_note": "approximate centre of Maqbanah district"},
    HOU, R, "Military Forces of Yemen", S, best=4,
    evidence="On the ground, government forces and Houthi fighters clashed on Friday in the Maqbanah district west of Taiz, a military source told Reuters, and four government soldiers were killed."),
 ev(ERV, AIR, "2024-07-15", "month", loc("Hodeidah", "Hodeidah port", "Al Hudaydah Governorate", "YE", 14.80, 42.95),
    IL, S, None, None, best=6,
    evidence="In July, Israeli jets bombed fuel tanks at Hodeidah port, a day after a Houthi drone killed a man in Tel Aviv.", bg=True),
 ev(ERV, AIR, "2024-07-15", "month", loc("Tel Aviv", "Tel Aviv", "Tel Aviv", "IL", 32.08, 34.78),
    HOU, R, "Civilians (Israel)", C, best=1,
    evidence="In July, Israeli jets bombed fuel tanks at Hodeidah port, a day after a Houthi drone killed a man in Tel Aviv.", bg=True),
]
arts.append(("probe-levant-2", "U.S., British jets strike Hodeidah as Houthis target Eilat", "2024-10-05", t, e))

# ---- 3 northern Iraq, Kurdish broadcaster
t = """Turkish drone strike kills two near Sidakan; villagers flee bombardment in Amadiya

ERBIL, Kurdistan Region - A Turkish drone struck a pickup truck near the town of Sidakan in the Soran administration on Monday afternoon, killing two people, local officials told our correspondent.

Sidakan mayor Ihsan Chalabi said the two men were members of the Kurdistan Workers' Party (PKK) and that the strike took place on the road to the village of Bole, close to the Iranian border. "The vehicle was completely burnt," he said.

Overnight into Tuesday, Turkish warplanes and artillery pounded the mountains around Kani Masi, in Duhok province's Amadiya district, for several hours, according to the district's administration. Farmers said at least three orchards and a shepherd's house were destroyed, and dozens of families left the villages of Sharanish and Kesta for Zakho. There were no reports of casualties.

Turkey's defence ministry said on Tuesday that its forces had "neutralised" 17 PKK militants in northern Iraq over the past week, without giving locations or dates.

Separately, the Asayish security service in Duhok said it had arrested three men in the town of Batifa on Sunday on suspicion of smuggling weapons to the PKK.

Kamaran Osman of Christian Peacemaker Teams, which monitors the bombardment, said Turkish strikes had killed more than 30 civilians in the Kurdistan Region since 2015. In one of the deadliest, in July 2022, Turkish artillery hit a resort in Zakho's Parakh village, killing nine tourists from southern Iraq, an attack Ankara denied.

Turkey launched its Claw-Lock operation against the PKK in April 2022 and has built dozens of outposts inside the Kurdistan Region since then."""
e = [
 ev(ERV, AIR, "2024-08-19", "day",
    {**loc("Sidakan", "the road to the village of Bole, near the town of Sidakan", "Erbil Governorate", "IQ", 36.80, 44.67), "coords_note": "town not in the packaged gazetteer"},
    TR, S, "PKK: Kurdistan Workers Party", R, best=2,
    evidence="A Turkish drone struck a pickup truck near the town of Sidakan in the Soran administration on Monday afternoon, killing two people, local officials told our correspondent."),
 ev(ERV, AIR, "2024-08-20", "day", loc("Kani Masi", "the mountains around Kani Masi", "Duhok Governorate", "IQ", 37.23, 43.44),
    TR, S, None, None, best=0, low=0,
    evidence="Overnight into Tuesday, Turkish warplanes and artillery pounded the mountains around Kani Masi, in Duhok province's Amadiya district, for several hours, according to the district's administration."),
 ev(ERV, SHL, "2024-08-20", "day", loc("Kani Masi", "the mountains around Kani Masi", "Duhok Governorate", "IQ", 37.23, 43.44),
    TR, S, None, None, best=0, low=0,
    evidence="Overnight into Tuesday, Turkish warplanes and artillery pounded the mountains around Kani Masi, in Duhok province's Amadiya district, for several hours, according to the district's administration."),
 ev(SD, "arrests", "2024-08-18", "day", loc("Batifa", "the town of Batifa", "Duhok Governorate", "IQ", 37.17, 43.01),
    "Asayish (Kurdistan Region)", S, "PKK: Kurdistan Workers Party", R,
    evidence="Separately, the Asayish security service in Duhok said it had arrested three men in the town of Batifa on Sunday on suspicion of smuggling weapons to the PKK."),
 ev(ERV, SHL, "2022-07-15", "month",
    {**loc("Zakho", "a resort in Zakho's Parakh village", "Duhok Governorate", "IQ", 37.15, 42.69, "region"), "coords_note": "Parakh placed at Zakho"},
    TR, S, "Civilians (Iraq)", C, best=9,
    evidence="In one of the deadliest, in July 2022, Turkish artillery hit a resort in Zakho's Parakh village, killing nine tourists from southern Iraq, an attack Ankara denied.", bg=True),
]
arts.append(("probe-levant-3", "Turkish drone strike kills two near Sidakan; villagers flee bombardment in Amadiya", "2024-08-20", t, e))

# ---- 4 Iraq militias, AFP
t = """Rockets target Iraq's Ain al-Asad base, drone downed near Erbil

BAGHDAD (AFP) - Several rockets were fired at the Ain al-Asad air base in Iraq's western Anbar province late on Monday, a U.S. defence official said, the latest in a string of attacks on bases hosting American troops since the start of the Gaza war.

"Two rockets landed inside the perimeter and caused minor damage to a hangar. There were no injuries," the official told AFP on condition of anonymity. An Iraqi security source said a truck fitted with a launch pad was found burning near the town of al-Baghdadi.

Early on Tuesday, air defences at the Harir base north of Erbil shot down a drone approaching the facility, the Kurdistan Region's counter-terrorism service said in a statement.

The Islamic Resistance in Iraq, an umbrella of Iran-backed armed groups, claimed both attacks on its Telegram channel.

Iraqi security forces said they had arrested four suspects in Hit on Tuesday morning over the rocket launch. An interior ministry spokesman, Brigadier General Saad Maan, declined to give their affiliation.

The Pentagon says U.S. forces in Iraq and Syria have been attacked at least 60 times since October 17. In response, U.S. jets struck a weapons depot used by Kataib Hezbollah near Jurf al-Sakhar, south of Baghdad, on Tuesday last week, killing eight fighters, according to a security official. The group put its own losses at five.

About 2,500 U.S. troops are stationed in Iraq and 900 in Syria as part of the coalition against the Islamic State group."""
e = [
 ev(ERV, SHL, "2023-11-20", "day",
    {**loc("Al Baghdadi", "the Ain al-Asad air base in Iraq's western Anbar province", "Anbar Governorate", "IQ", 33.80, 42.44), "coords_note": "the base lies beside al-Baghdadi; neither is in the packaged gazetteer"},
    "Islamic Resistance in Iraq", M, US, S, best=0, low=0, injured=0,
    evidence="Several rockets were fired at the Ain al-Asad air base in Iraq's western Anbar province late on Monday, a U.S. defence official said, the latest in a string of attacks on bases hosting American troops since the start of the Gaza war."),
 ev(SD, "disrupted_weapons_use", "2023-11-21", "day", loc("Harir", "the Harir base north of Erbil", "Erbil Governorate", "IQ", 36.55, 44.35),
    US, S, "Islamic Resistance in Iraq", M,
    evidence="Early on Tuesday, air defences at the Harir base north of Erbil shot down a drone approaching the facility, the Kurdistan Region's counter-terrorism service said in a statement."),
 ev(SD, "arrests", "2023-11-21", "day", loc("Hit", "Hit", "Anbar Governorate", "IQ", 33.64, 42.83),
    "Security Forces of Iraq", S, None, None,
    evidence="Iraqi security forces said they had arrested four suspects in Hit on Tuesday morning over the rocket launch."),
 ev(ERV, AIR, "2023-11-14", "day",
    {**loc("Jurf al-Sakhar", "near Jurf al-Sakhar, south of Baghdad", "Babil Governorate", "IQ", 32.87, 44.12), "coords_note": "town not in the packaged gazetteer"},
    US, S, "Kataib Hezbollah", M, best=8, low=5, high=8,
    evidence="In response, U.S. jets struck a weapons depot used by Kataib Hezbollah near Jurf al-Sakhar, south of Baghdad, on Tuesday last week, killing eight fighters, according to a security official.", bg=True),
]
arts.append(("probe-levant-4", "Rockets target Iraq's Ain al-Asad base, drone downed near Erbil", "2023-11-21", t, e))

# ---- 5 eastern Syria, war monitor
t = """Deir Ezzor: five killed in clashes between SDF and tribal gunmen in Dhiban, ISIS cell attacks checkpoint

The Syrian Observatory for Human Rights (SOHR) has documented renewed clashes between the Syrian Democratic Forces (SDF) and gunmen of the Arab tribes in the town of Dhiban in the eastern countryside of Deir Ezzor on Sunday, leaving five people dead, three of them SDF members and two tribal gunmen.

According to SOHR sources, the tribal gunmen attacked SDF positions near the town's water station at dawn, and the fighting lasted for several hours before SDF reinforcements arrived from Al-Shuhail. SOHR activists said that a woman was also injured by a stray bullet.

Meanwhile, an ISIS cell attacked an SDF checkpoint on the outskirts of Al-Busayrah late on Saturday, killing two SDF members and wounding another, before withdrawing towards the desert. The SDF announced the arrest of two suspects in a raid on a house in Al-Busayrah hours later.

On the western bank of the Euphrates, regime forces and Iranian-backed militias shelled the village of Darnaj with mortars on Sunday afternoon, SOHR activists reported, with no casualties so far.

Local sources told SOHR that the SDF had imposed a curfew in several towns of the eastern countryside, including Dhiban and Al-Shuhail.

It is worth noting that the tensions erupted after the SDF arrested the head of the Deir Ezzor Military Council, Ahmed al-Khabil (Abu Khawla), on August 27. SOHR has documented the death of 90 people since the beginning of the clashes, including 25 civilians."""
e = [
 ev(B, AC, "2023-09-03", "day", loc("Dhiban", "the town of Dhiban in the eastern countryside of Deir Ezzor", "Deir ez-Zor Governorate", "SY", 35.01, 40.51),
    "Arab tribal militia (Syria)", "identity_militia", "SDF: Syrian Democratic Forces", R, best=5, injured=1,
    evidence="The Syrian Observatory for Human Rights (SOHR) has documented renewed clashes between the Syrian Democratic Forces (SDF) and gunmen of the Arab tribes in the town of Dhiban in the eastern countryside of Deir Ezzor on Sunday, leaving five people dead, three of them SDF members and two tribal gunmen."),
 ev(B, AC, "2023-09-02", "day", loc("Al Busayrah", "the outskirts of Al-Busayrah", "Deir ez-Zor Governorate", "SY", 35.16, 40.43),
    "Islamic State", R, "SDF: Syrian Democratic Forces", R, best=2, injured=1,
    evidence="Meanwhile, an ISIS cell attacked an SDF checkpoint on the outskirts of Al-Busayrah late on Saturday, killing two SDF members and wounding another, before withdrawing towards the desert."),
 ev(SD, "arrests", "2023-09-02", "day", loc("Al Busayrah", "a house in Al-Busayrah", "Deir ez-Zor Governorate", "SY", 35.16, 40.43),
    "SDF: Syrian Democratic Forces", R, None, None,
    evidence="The SDF announced the arrest of two suspects in a raid on a house in Al-Busayrah hours later."),
 ev(ERV, SHL, "2023-09-03", "day",
    {**loc("Darnaj", "the village of Darnaj", "Deir ez-Zor Governorate", "SY", 35.06, 40.56), "coords_note": "village not in the packaged gazetteer; approximate"},
    "Military Forces of Syria", S, None, None, best=0, low=0,
    evidence="On the western bank of the Euphrates, regime forces and Iranian-backed militias shelled the village of Darnaj with mortars on Sunday afternoon, SOHR activists reported, with no casualties so far."),
 ev(SD, "other", "2023-09-04", "week",
    {**loc("Dhiban", "several towns of the eastern countryside, including Dhiban and Al-Shuhail", "Deir ez-Zor Governorate", "SY", 35.01, 40.51, "region")},
    "SDF: Syrian Democratic Forces", R, None, None,
    evidence="Local sources told SOHR that the SDF had imposed a curfew in several towns of the eastern countryside, including Dhiban and Al-Shuhail."),
 ev(SD, "arrests", "2023-08-27", "day", loc("Syria", None, None, "SY", 33.51, 36.29, "country"),
    "SDF: Syrian Democratic Forces", R, "Deir ez-Zor Military Council", R,
    evidence="It is worth noting that the tensions erupted after the SDF arrested the head of the Deir Ezzor Military Council, Ahmed al-Khabil (Abu Khawla), on August 27.", bg=True),
]
arts.append(("probe-levant-5", "Deir Ezzor: five killed in clashes between SDF and tribal gunmen in Dhiban, ISIS cell attacks checkpoint", "2023-09-04", t, e))

# ---- 6 West Bank, army statement then ministry
t = """IDF: Counterterrorism operation in Tubas and Tammun; three terrorists eliminated

Over the past day, IDF, Israel Security Agency (ISA) and Border Police forces conducted a counterterrorism operation in the areas of Tubas and Tammun in northern Samaria.

During the activity, an IAF aircraft struck a terrorist cell in Tammun that posed a threat to the forces. Three terrorists were eliminated in the strike. In addition, the forces apprehended 12 wanted individuals in Tubas and in the Far'a camp, confiscated weapons and dismantled explosive devices planted under the roads.

During the operation in Qabatiya, terrorists hurled explosive devices at the forces, who responded with fire. Hits were identified. No IDF injuries were reported.

The IDF will continue to operate to thwart terrorism.

---

RAMALLAH (WAFA) - The Palestinian Ministry of Health said on Wednesday that three young men, one of them aged 17, were killed by an Israeli drone strike on a group of residents in the town of Tammun, south of Tubas, at dawn.

The Palestinian Red Crescent said its crews were prevented from reaching the wounded for more than an hour and that two others were injured in the strike.

Local sources said occupation forces also stormed the town of Qabatiya, south of Jenin, where a young man was shot in the leg during confrontations.

The ministry said 39 Palestinians have been killed in the Tubas governorate since October 7, 2023. In late December, occupation forces killed two men in a raid on Tammun, according to the ministry."""
e = [
 ev(ERV, AIR, "2025-01-15", "day", loc("Tammun", "the town of Tammun, south of Tubas", "West Bank", "PS", 32.28, 35.38),
    IL, S, "Unidentified jihadist group (Palestine)", R, best=3, injured=2,
    evidence="During the activity, an IAF aircraft struck a terrorist cell in Tammun that posed a threat to the forces. Three terrorists were eliminated in the strike."),
 ev(SD, "arrests", "2025-01-15", "week", loc("Tubas", "Tubas and in the Far'a camp", "West Bank", "PS", 32.32, 35.37),
    IL, S, None, None,
    evidence="In addition, the forces apprehended 12 wanted individuals in Tubas and in the Far'a camp, confiscated weapons and dismantled explosive devices planted under the roads."),
 ev(B, AC, "2025-01-15", "week", loc("Qabatiya", "the town of Qabatiya, south of Jenin", "West Bank", "PS", 32.41, 35.28),
    "Unidentified jihadist group (Palestine)", R, IL, S, injured=1,
    evidence="During the operation in Qabatiya, terrorists hurled explosive devices at the forces, who responded with fire. Hits were identified. No IDF injuries were reported."),
 ev(VAC, ATT, "2024-12-26", "month", loc("Tammun", "a raid on Tammun", "West Bank", "PS", 32.28, 35.38),
    IL, S, "Civilians (Palestine)", C, best=2,
    evidence="In late December, occupation forces killed two men in a raid on Tammun, according to the ministry.", bg=True),
]
arts.append(("probe-levant-6", "IDF: Counterterrorism operation in Tubas and Tammun; three terrorists eliminated", "2025-01-15", t, e))

# ---- 7 Gaza, UN OCHA update
t = """Humanitarian Situation Update #297 | Gaza Strip

Key points

Between 18 and 25 June, according to the Ministry of Health (MoH) in Gaza, 412 Palestinians were killed and 1,830 injured. Since 7 October 2023, at least 56,150 Palestinians have been killed.

On 24 June, at about 5:30, Israeli forces opened fire on crowds of people waiting for aid trucks on Salah ad-Din Road near the Wadi Gaza bridge, south of Gaza city, killing at least 21 people and injuring more than 140, according to MoH. Eyewitnesses told humanitarian partners that tank shells and gunfire hit the crowd. The Israeli military said troops had fired "warning shots" at individuals who approached them and that it was aware of reports of casualties.

On the same day, an airstrike hit a residential building in An Nuseirat Refugee Camp, killing eight people, including five children, according to the Civil Defence.

On 23 June, a school-turned-shelter in Jabalya was struck; the Civil Defence said 12 people were killed. The Israeli military stated that it struck a Hamas command and control centre inside the compound.

Access

Of the 96 humanitarian movements coordinated with the Israeli authorities during the reporting period, 41 were facilitated, 30 impeded, 15 denied and 10 cancelled. Partners report that fuel stocks in the north will run out within days.

West Bank

On 22 June, Israeli forces killed a 15-year-old boy during a search-and-arrest operation in Silat al-Harithiya, west of Jenin. Since January, 128 Palestinians have been killed in the Jenin governorate, most of them during Israeli operations in Jenin refugee camp that began on 21 January."""
e = [
 ev(VAC, ATT, "2025-06-24", "day",
    {**loc("Wadi Gaza", "Salah ad-Din Road near the Wadi Gaza bridge, south of Gaza city", "Gaza Strip", "PS", 31.45, 34.41, "region"), "coords_note": "the Wadi Gaza crossing of Salah ad-Din Road; not in the packaged gazetteer"},
    IL, S, "Civilians (Palestine)", C, best=21, low=21, injured=140,
    evidence="On 24 June, at about 5:30, Israeli forces opened fire on crowds of people waiting for aid trucks on Salah ad-Din Road near the Wadi Gaza bridge, south of Gaza city, killing at least 21 people and injuring more than 140, according to MoH."),
 ev(ERV, AIR, "2025-06-24", "day", loc("Nuseirat", "An Nuseirat Refugee Camp", "Gaza Strip", "PS", 31.45, 34.39),
    IL, S, "Civilians (Palestine)", C, best=8,
    evidence="On the same day, an airstrike hit a residential building in An Nuseirat Refugee Camp, killing eight people, including five children, according to the Civil Defence."),
 ev(ERV, AIR, "2025-06-23", "day", loc("Jabalia", "Jabalya", "Gaza Strip", "PS", 31.53, 34.48),
    IL, S, "Civilians (Palestine)", C, best=12,
    evidence="On 23 June, a school-turned-shelter in Jabalya was struck; the Civil Defence said 12 people were killed."),
 ev(VAC, ATT, "2025-06-22", "day", loc("Silat al-Harithiya", "Silat al-Harithiya, west of Jenin", "West Bank", "PS", 32.51, 35.23),
    IL, S, "Civilians (Palestine)", C, best=1,
    evidence="On 22 June, Israeli forces killed a 15-year-old boy during a search-and-arrest operation in Silat al-Harithiya, west of Jenin."),
]
arts.append(("probe-levant-7", "Humanitarian Situation Update #297 | Gaza Strip", "2025-06-26", t, e))

out = pathlib.Path(__file__).with_name("probe-levant.jsonl")
with out.open("w") as f:
    for aid, title, pub, text, evs in arts:
        for x in evs:
            assert x["evidence"] in text, (aid, x["evidence"][:60])
        f.write(json.dumps({"id": aid, "url": None, "title": title, "published": pub, "text": text, "events": evs}) + "\n")
print(out)

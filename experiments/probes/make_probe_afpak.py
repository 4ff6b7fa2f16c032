"""Builds probe-afpak.jsonl: own-written militancy and security-operation copy from Pakistan, Afghanistan and India
(local daily, army press release, wires, broadcaster, police statements; not dev text)."""
import json
from pathlib import Path


from probe_gold import ev, loc  # noqa: E402


arts = []
VAC, BAT, SD, ERV = ("violence_against_civilians", "battles", "strategic_developments",
                     "explosions_remote_violence")
TTP = "TTP: Tehreek-i-Taliban Pakistan"
PKM, PKP, PKC = "Military Forces of Pakistan", "Police Forces of Pakistan", "Civilians (Pakistan)"
BLA = "BLA: Baloch Liberation Army"
AFM, AFC = "Military Forces of Afghanistan (2021-)", "Civilians (Afghanistan)"
ISKP = "Islamic State Khorasan Province"
INM, INP, INC = "Military Forces of India", "Police Forces of India", "Civilians (India)"
CPIM = "CPI (Maoist): Communist Party of India (Maoist)"

# 1 Local daily (KP): a night attack on a police post, a quadcopter drop on another station, a targeted killing
t1 = """Three cops martyred as militants storm checkpost in Bannu's Jani Khel

BANNU: Three policemen were martyred and two others injured when heavily armed militants attacked a police checkpost in the Jani Khel area of Bannu district late on Monday night, police said.

According to District Police Officer Zia Ullah Marwat, around 20 militants opened fire on the Sardi Khel checkpost from three sides with heavy weapons at around 11pm. The personnel on duty returned fire and the exchange continued for nearly two hours before the attackers fled towards the mountains under cover of darkness.

"Our jawans fought bravely and did not let the terrorists enter the post," the DPO told Dawn, adding that reinforcements had been rushed to the area and a search operation was under way.

The injured were shifted to the District Headquarters Hospital Bannu, where their condition was stated to be out of danger. The funeral prayers of the martyred constables were offered at the Police Lines on Tuesday.

The banned Tehreek-i-Taliban Pakistan (TTP), which the government refers to as Fitna al Khawarij, claimed responsibility for the attack in a statement to the media, claiming that six policemen had been killed. Police rejected the claim.

In a separate incident in neighbouring Lakki Marwat district the same night, militants of the TTP used a quadcopter to drop two mortar shells on the Serai Naurang police station, a police spokesman said. The boundary wall of the station was damaged but no one was hurt, he added.

A day earlier, unidentified motorcyclists shot dead a tribal elder, Malik Sher Zaman, outside his hujra in Bannu's Domel tehsil. Relatives said he had been a member of the local peace committee and had received threats. The assailants managed to escape.

Bannu division has witnessed a sharp rise in militant violence over the past two years. In March, suicide bombers rammed two explosives-laden vehicles into the boundary wall of the Bannu cantonment, killing 18 people, including five soldiers. The military said all the attackers were killed. A faction allied with the Hafiz Gul Bahadur group claimed that attack.

Police officials say more than 120 policemen have been martyred in Khyber Pakhtunkhwa since January, most of them in the southern districts. Inspector General of Police Zulfiqar Hameed said last week that armoured personnel carriers and thermal-imaging equipment were being provided to stations in Bannu, Lakki Marwat and Dera Ismail Khan."""
arts.append({"id": "probe-afpak-1", "url": None, "title": "Three cops martyred as militants storm checkpost in Bannu's Jani Khel",
             "published": "2025-10-21", "text": t1, "events": [
    ev(BAT, "armed_clash", "2025-10-20", "day",
       {**loc("Jani Khel", "the Jani Khel area of Bannu district", "Khyber Pakhtunkhwa", "PK", 32.99, 70.60, "region"),
        "coords_note": "Jani Khel tehsil west of Bannu city; placed at Bannu"},
       TTP, "rebel_group", PKP, "state_forces", 3, 3, 6, injured=2,
       evidence="Three policemen were martyred and two others injured when heavily armed militants attacked a police checkpost in the Jani Khel area of Bannu district late on Monday night, police said."),
    ev(ERV, "air_drone_strike", "2025-10-20", "day",
       {**loc("Serai Naurang", "the Serai Naurang police station", "Khyber Pakhtunkhwa", "PK", 32.83, 70.78),
        "coords_note": "approximate position of Serai Naurang town, Lakki Marwat district"},
       TTP, "rebel_group", PKP, "state_forces", 0,
       evidence="In a separate incident in neighbouring Lakki Marwat district the same night, militants of the TTP used a quadcopter to drop two mortar shells on the Serai Naurang police station, a police spokesman said."),
    ev(VAC, "attack", "2025-10-19", "day",
       {**loc("Domel", "Bannu's Domel tehsil", "Khyber Pakhtunkhwa", "PK", 32.99, 70.60, "region"),
        "coords_note": "Domel tehsil north-west of Bannu city; placed at Bannu"},
       "Unidentified Armed Group (Pakistan)", "unknown", PKC, "civilians", 1,
       evidence="A day earlier, unidentified motorcyclists shot dead a tribal elder, Malik Sher Zaman, outside his hujra in Bannu's Domel tehsil."),
    ev(ERV, "suicide_bomb", "2025-03-15", "month",
       loc("Bannu", "the Bannu cantonment", "Khyber Pakhtunkhwa", "PK", 32.99, 70.60),
       "Hafiz Gul Bahadur Group", "rebel_group", PKM, "state_forces", 18, 18,
       evidence="In March, suicide bombers rammed two explosives-laden vehicles into the boundary wall of the Bannu cantonment, killing 18 people, including five soldiers.", bg=True),
]})

# 2 Army press release: two intelligence-based operations, one soldier killed; an earlier repulsed attack
t2 = """Security forces kill 11 khwarij in two IBOs in Khyber Pakhtunkhwa: ISPR

RAWALPINDI: Security forces killed 11 terrorists belonging to the "Indian proxy Fitna al Khwarij" in two separate intelligence-based operations in Khyber Pakhtunkhwa, while a soldier embraced martyrdom, the Inter-Services Public Relations (ISPR) said on Tuesday.

According to the military's media wing, the first operation was conducted on the night of 14/15 September in the Mir Ali area of North Waziristan district on the reported presence of khwarij.

"During the conduct of the operation, own troops effectively engaged the khwarij location, and after an intense exchange of fire, eight khwarij were sent to hell," the ISPR statement said.

In the second engagement, in the general area of Kulachi in Dera Ismail Khan district, security forces killed three more khwarij. "However, during the intense exchange of fire, Sepoy Muhammad Adnan, aged 24 and a resident of District Bhakkar, having fought gallantly, embraced shahadat," it added.

Weapons, ammunition and explosives were also recovered from the killed khwarij, who the statement said "remained actively involved in numerous terrorist activities against the law enforcement agencies as well as the target killing of innocent civilians".

A sanitisation operation was being conducted to eliminate any other kharji found in the area, the ISPR said, adding that the security forces of Pakistan were determined to wipe out the menace of Indian-sponsored terrorism from the country.

The operations came a week after khwarij attacked a Frontier Corps post in Wana, South Waziristan, on September 9. The attack was repulsed and four of the attackers were killed, according to the ISPR at the time.

Prime Minister Shehbaz Sharif and Khyber Pakhtunkhwa Governor Faisal Karim Kundi praised the troops in separate statements and paid tribute to the martyred soldier.

Pakistan has seen a surge in attacks since the TTP ended a ceasefire with the government in November 2022. Islamabad accuses Kabul of allowing the group to operate from Afghan soil, a charge the Taliban government denies."""
arts.append({"id": "probe-afpak-2", "url": None, "title": "Security forces kill 11 khwarij in two IBOs in Khyber Pakhtunkhwa: ISPR",
             "published": "2025-09-16", "text": t2, "events": [
    ev(BAT, "armed_clash", "2025-09-15", "day",
       {**loc("Mir Ali", "the Mir Ali area of North Waziristan district", "Khyber Pakhtunkhwa", "PK", 33.00, 70.28),
        "coords_note": "approximate position of Mir Ali town"},
       PKM, "state_forces", TTP, "rebel_group", 8,
       evidence="According to the military's media wing, the first operation was conducted on the night of 14/15 September in the Mir Ali area of North Waziristan district on the reported presence of khwarij."),
    ev(BAT, "armed_clash", "2025-09-16", "week",
       loc("Kulachi", "the general area of Kulachi in Dera Ismail Khan district", "Khyber Pakhtunkhwa", "PK", 31.93, 70.46),
       PKM, "state_forces", TTP, "rebel_group", 4,
       evidence="In the second engagement, in the general area of Kulachi in Dera Ismail Khan district, security forces killed three more khwarij."),
    ev(BAT, "armed_clash", "2025-09-09", "day",
       loc("Wana", "a Frontier Corps post in Wana, South Waziristan", "Khyber Pakhtunkhwa", "PK", 32.30, 69.57),
       TTP, "rebel_group", PKM, "state_forces", 4,
       evidence="The operations came a week after khwarij attacked a Frontier Corps post in Wana, South Waziristan, on September 9.", bg=True),
]})

# 3 Wire (Balochistan): highway killings after ID checks, a Levies post attacked, a bomb under a train
t3 = """Separatists kill seven bus passengers on Pakistan highway, attack Levies post

QUETTA, Pakistan, Nov 4 (Reuters) - Separatist militants blocked a highway in Pakistan's southwestern Balochistan province on Monday night, pulled at least seven passengers off buses and shot them dead after checking their identity cards, officials said on Tuesday.

About 30 gunmen set up a roadblock on the N-25 highway near Kalat, about 140 km (87 miles) south of the provincial capital Quetta, and singled out men from the eastern Punjab province, Kalat deputy commissioner Jamil Ahmed Baloch told Reuters by telephone. Several vehicles were set on fire.

The outlawed Baloch Liberation Army (BLA) said in a statement that its fighters had "executed 11 personnel of the occupying forces travelling in civilian clothes". Officials said all the dead were labourers and traders.

Around the same time, BLA fighters attacked a post of the paramilitary Levies force in Mach, in the Kachhi district, sparking a gunfight that lasted several hours, a security official said. Two Levies personnel and three attackers were killed, he said, speaking on condition of anonymity because he was not authorised to talk to the media.

On Sunday, a bomb planted on the railway track exploded near Mastung as the Peshawar-bound Jaffar Express was passing, derailing two carriages and wounding four passengers, a railway spokesman said. No group immediately claimed responsibility. Train services to and from Quetta were suspended for a day.

Balochistan, Pakistan's largest and poorest province, has been hit by a long-running insurgency by ethnic Baloch separatists who accuse the federal government of exploiting its gas and mineral wealth. The BLA has increasingly targeted Chinese-funded projects and workers from other provinces.

In November last year, a suicide bomber struck Quetta's main railway station as troops were waiting to board a train, killing 26 people, many of them soldiers. The BLA claimed that attack.

Pakistan's government says the separatists are backed by India, a charge New Delhi rejects. (Reporting by Gul Yousafzai in Quetta and Asif Shahzad in Islamabad; Editing by Raju Gopalakrishnan)"""
arts.append({"id": "probe-afpak-3", "url": None, "title": "Separatists kill seven bus passengers on Pakistan highway, attack Levies post",
             "published": "2025-11-04", "text": t3, "events": [
    ev(VAC, "attack", "2025-11-03", "day",
       {**loc("Kalat", "the N-25 highway near Kalat", "Balochistan", "PK", 29.03, 66.59)},
       BLA, "rebel_group", PKC, "civilians", 7, 7, 11,
       evidence="Separatist militants blocked a highway in Pakistan's southwestern Balochistan province on Monday night, pulled at least seven passengers off buses and shot them dead after checking their identity cards, officials said on Tuesday."),
    ev(BAT, "armed_clash", "2025-11-03", "day",
       loc("Mach", "a post of the paramilitary Levies force in Mach", "Balochistan", "PK", 29.86, 67.33),
       BLA, "rebel_group", PKP, "state_forces", 5,
       evidence="Around the same time, BLA fighters attacked a post of the paramilitary Levies force in Mach, in the Kachhi district, sparking a gunfight that lasted several hours, a security official said."),
    ev(ERV, "remote_explosive_landmine_ied", "2025-11-02", "day",
       loc("Mastung", "the railway track ... near Mastung", "Balochistan", "PK", 29.80, 66.85),
       "Unidentified Armed Group (Pakistan)", "unknown", PKC, "civilians", injured=4,
       evidence="On Sunday, a bomb planted on the railway track exploded near Mastung as the Peshawar-bound Jaffar Express was passing, derailing two carriages and wounding four passengers, a railway spokesman said."),
    ev(ERV, "suicide_bomb", "2024-11-15", "month",
       loc("Quetta", "Quetta's main railway station", "Balochistan", "PK", 30.18, 67.00),
       BLA, "rebel_group", PKM, "state_forces", 26,
       evidence="In November last year, a suicide bomber struck Quetta's main railway station as troops were waiting to board a train, killing 26 people, many of them soldiers.", bg=True),
]})

# 4 Wire (Afghanistan): Pakistani air strikes in Paktika, a border clash in retaliation, an earlier strike recalled
t4 = """Taliban say Pakistani strikes kill 15 in Afghanistan's Paktika, vow response

KABUL, Dec 9, 2025 (AFP) - Pakistani air strikes killed at least 15 civilians, mostly women and children, in Afghanistan's eastern Paktika province overnight, the Taliban government said Tuesday, warning that the attack "will not go unanswered".

Jets struck four villages in Barmal district near the Pakistani border shortly after midnight, destroying several homes, Taliban defence ministry spokesman Abdul Wahid Rahmani told AFP.

"Those killed were refugees from Waziristan and local villagers. There were no fighters among them," he said. A local health official in Paktika said 19 bodies had been brought to the district hospital and 11 wounded people were being treated.

A Pakistani security official, speaking on condition of anonymity, said the strikes had targeted "hideouts and training centres" of the Pakistani Taliban (TTP) and killed "dozens of terrorists". Islamabad has not officially confirmed the operation.

By Tuesday afternoon, heavy exchanges of fire had erupted between Afghan and Pakistani border forces at the Torkham crossing in the east, residents said. Pakistan's military said two of its soldiers were killed and "more than 20 Afghan Taliban" died when its troops responded to "unprovoked firing". The Taliban said their forces had destroyed several Pakistani posts but gave no casualty figures.

Torkham, the main trade crossing between the two countries, was closed to traffic and hundreds of trucks were stranded on both sides, traders said.

Relations between the neighbours have deteriorated sharply since the Taliban returned to power in 2021. Islamabad accuses Kabul of sheltering TTP fighters who carry out attacks in Pakistan, which the Taliban deny.

In December last year, Pakistani air strikes on Barmal killed 46 people, mostly women and children, according to the Taliban, prompting clashes along the frontier that lasted several days.

The United Nations mission in Afghanistan called on both sides to exercise restraint and said it was "deeply concerned" by reports of civilian casualties."""
barmal = {**loc("Barmal", "four villages in Barmal district", "Paktika", "AF", 32.75, 69.15, "region"),
          "coords_note": "approximate centre of Barmal district near the border"}
arts.append({"id": "probe-afpak-4", "url": None, "title": "Taliban say Pakistani strikes kill 15 in Afghanistan's Paktika, vow response",
             "published": "2025-12-09", "text": t4, "events": [
    ev(ERV, "air_drone_strike", "2025-12-09", "day", barmal,
       PKM, "state_forces", AFC, "civilians", 15, 15, 19, injured=11,
       evidence="Jets struck four villages in Barmal district near the Pakistani border shortly after midnight, destroying several homes, Taliban defence ministry spokesman Abdul Wahid Rahmani told AFP."),
    ev(BAT, "armed_clash", "2025-12-09", "day",
       {**loc("Torkham", "the Torkham crossing", "Nangarhar", "AF", 34.10, 71.09),
        "coords_note": "the border crossing itself, between Nangarhar and Khyber district"},
       AFM, "state_forces", PKM, "state_forces", 22, 22,
       evidence="By Tuesday afternoon, heavy exchanges of fire had erupted between Afghan and Pakistani border forces at the Torkham crossing in the east, residents said."),
    ev(ERV, "air_drone_strike", "2024-12-15", "month", dict(barmal, mention="Barmal"),
       PKM, "state_forces", AFC, "civilians", 46,
       evidence="In December last year, Pakistani air strikes on Barmal killed 46 people, mostly women and children, according to the Taliban, prompting clashes along the frontier that lasted several days.", bg=True),
]})

# 5 Broadcaster (Kabul): a sticky bomb on a minibus, a raid on a cell the next morning, an older bombing recalled
t5 = """Nine killed as blast hits minibus in Kabul's Dasht-e-Barchi; Daesh claims attack

At least nine people were killed and 17 others wounded when an explosion tore through a passenger minibus in the Dasht-e-Barchi area in the west of Kabul on Monday evening, the Kabul security command said.

Khalid Mohmand, spokesman for the Kabul police, said a magnetic bomb had been attached to the vehicle, which was carrying labourers and students home. Photos shared on social media showed the burnt-out shell of the bus and blood on the road.

Sources at two hospitals in the area told our reporter that 12 bodies had been received.

The Islamic State Khorasan Province (ISKP), known locally as Daesh, claimed responsibility in a statement on its Amaq news agency, saying it had targeted "Rafidha", a derogatory term for Shia Muslims.

"My brother was coming back from his shop. We found him at the hospital with burns all over his body," said Mohammad Kazim, a resident of Dasht-e-Barchi.

Early on Tuesday, special forces of the General Directorate of Intelligence raided a hideout in the city of Jalalabad, in eastern Nangarhar province, killing two Daesh members and arresting three others after a brief firefight, the directorate said in a statement. It said the cell had been planning attacks in Kabul but did not link it directly to Monday's bombing.

The predominantly Hazara neighbourhood has been targeted repeatedly. On September 30, 2022, a suicide bomber blew himself up at the Kaaj education centre in Dasht-e-Barchi, killing 53 people, most of them young women preparing for university entrance exams. No group claimed that attack.

The Islamic Emirate says it has largely defeated Daesh in Afghanistan, and large attacks have become less frequent since 2023. But the UN mission in Afghanistan (UNAMA) said in its latest report that the group still poses a serious threat to Shia and Sufi communities.

Residents called on the authorities to increase security at bus stations and schools in the area."""
kabul = {**loc("Kabul", "the Dasht-e-Barchi area in the west of Kabul", "Kabul", "AF", 34.53, 69.17),
         "coords_note": "Dasht-e-Barchi neighbourhood of western Kabul; placed at Kabul"}
arts.append({"id": "probe-afpak-5", "url": None, "title": "Nine killed as blast hits minibus in Kabul's Dasht-e-Barchi; Daesh claims attack",
             "published": "2025-08-26", "text": t5, "events": [
    ev(ERV, "remote_explosive_landmine_ied", "2025-08-25", "day", kabul,
       ISKP, "rebel_group", AFC, "civilians", 9, 9, 12, injured=17,
       evidence="At least nine people were killed and 17 others wounded when an explosion tore through a passenger minibus in the Dasht-e-Barchi area in the west of Kabul on Monday evening, the Kabul security command said."),
    ev(BAT, "armed_clash", "2025-08-26", "day",
       loc("Jalalabad", "a hideout in the city of Jalalabad", "Nangarhar", "AF", 34.43, 70.45),
       AFM, "state_forces", ISKP, "rebel_group", 2,
       evidence="Early on Tuesday, special forces of the General Directorate of Intelligence raided a hideout in the city of Jalalabad, in eastern Nangarhar province, killing two Daesh members and arresting three others after a brief firefight, the directorate said in a statement."),
    ev(ERV, "suicide_bomb", "2022-09-30", "day", dict(kabul, mention="the Kaaj education centre in Dasht-e-Barchi"),
       "Unidentified Armed Group (Afghanistan)", "unknown", AFC, "civilians", 53,
       evidence="On September 30, 2022, a suicide bomber blew himself up at the Kaaj education centre in Dasht-e-Barchi, killing 53 people, most of them young women preparing for university entrance exams.", bg=True),
]})

# 6 Local daily (Kashmir) with army and police statements: LoC infiltration bid, a south Kashmir gunfight, a grenade
t6 = """Two infiltrators neutralised on LoC in Kupwara's Keran; gunfight rages in Kulgam

Srinagar, Sep 29: Two terrorists were neutralised as the Army foiled an infiltration bid along the Line of Control (LoC) in Keran sector of north Kashmir's Kupwara district on Monday, officials said.

In a post on X, the Srinagar-based Chinar Corps said that based on specific intelligence inputs, a joint operation was launched by the Army and J&K Police in the general area of Keran. "Alert troops observed suspicious movement and challenged the terrorists, who opened indiscriminate fire. Troops retaliated effectively and two terrorists have been neutralised. Search operation is in progress," it said.

Two AK rifles, four magazines and a large quantity of ammunition were recovered from the site, a defence spokesman said.

Meanwhile, a gunfight broke out between terrorists and security forces in the Kaimoh area of south Kashmir's Kulgam district on Monday evening after a joint team of the Army's 1 RR, police and CRPF cordoned off a village following inputs about the presence of militants. One terrorist, believed to be affiliated with the Lashkar-e-Taiba, was killed and a soldier was injured, police said, adding that the operation was going on when last reports came in.

On Sunday evening, suspected terrorists hurled a grenade towards a CRPF bunker in the main market of Sopore. The grenade exploded on the roadside, injuring three civilians, who were shifted to the sub-district hospital, police said. The area was cordoned off and searches were launched to trace the attackers.

Security forces have stepped up operations across the Valley since the April 22 massacre of 26 civilians, most of them tourists, by terrorists at Baisaran meadow near Pahalgam. Officials say over 40 terrorists have been killed in the Valley since then.

Keran sector had witnessed a similar infiltration bid in May, when three terrorists were killed by troops near the fence, officials said.

Director General of Police Nalin Prabhat, who chaired a security review meeting in Srinagar on Monday, directed officers to intensify "area domination" ahead of the winter, when snow closes the mountain passes."""
keran = loc("Keran", "Keran sector of north Kashmir's Kupwara district", "Jammu and Kashmir", "IN", 34.65, 73.95)
arts.append({"id": "probe-afpak-6", "url": None, "title": "Two infiltrators neutralised on LoC in Kupwara's Keran; gunfight rages in Kulgam",
             "published": "2025-09-30", "text": t6, "events": [
    ev(BAT, "armed_clash", "2025-09-29", "day", keran,
       INM, "state_forces", "Unidentified jihadist group (India)", "rebel_group", 2,
       evidence="Two terrorists were neutralised as the Army foiled an infiltration bid along the Line of Control (LoC) in Keran sector of north Kashmir's Kupwara district on Monday, officials said."),
    ev(BAT, "armed_clash", "2025-09-29", "day",
       {**loc("Kaimoh", "the Kaimoh area of south Kashmir's Kulgam district", "Jammu and Kashmir", "IN", 33.64, 75.02, "region"),
        "coords_note": "Kaimoh village north of Kulgam town; placed at Kulgam"},
       INM, "state_forces", "Lashkar-e-Taiba", "rebel_group", 1, injured=1,
       evidence="Meanwhile, a gunfight broke out between terrorists and security forces in the Kaimoh area of south Kashmir's Kulgam district on Monday evening after a joint team of the Army's 1 RR, police and CRPF cordoned off a village following inputs about the presence of militants."),
    ev(ERV, "grenade", "2025-09-28", "day",
       loc("Sopore", "the main market of Sopore", "Jammu and Kashmir", "IN", 34.29, 74.47),
       "Unidentified jihadist group (India)", "rebel_group", INP, "state_forces", injured=3,
       evidence="On Sunday evening, suspected terrorists hurled a grenade towards a CRPF bunker in the main market of Sopore."),
    ev(VAC, "attack", "2025-04-22", "day",
       {**loc("Pahalgam", "Baisaran meadow near Pahalgam", "Jammu and Kashmir", "IN", 34.02, 75.32),
        "coords_note": "Baisaran meadow lies about 5 km above Pahalgam"},
       "Unidentified jihadist group (India)", "rebel_group", INC, "civilians", 26,
       evidence="Security forces have stepped up operations across the Valley since the April 22 massacre of 26 civilians, most of them tourists, by terrorists at Baisaran meadow near Pahalgam.", bg=True),
    ev(BAT, "armed_clash", "2025-05-15", "month", dict(keran, mention="Keran sector"),
       INM, "state_forces", "Unidentified jihadist group (India)", "rebel_group", 3,
       evidence="Keran sector had witnessed a similar infiltration bid in May, when three terrorists were killed by troops near the fence, officials said.", bg=True),
]})

# 7 Local daily (Chhattisgarh) on a police statement: a forest encounter, an IED on a patrol, an informer killed
t7 = """12 Maoists killed in Bijapur encounter, DRG jawan martyred

RAIPUR: Twelve Maoists, including a divisional committee member who carried a reward of Rs 8 lakh on his head, were killed in an encounter with security forces in the forests of Bijapur district's Gangaloor area on Tuesday, police said. A jawan of the District Reserve Guard (DRG) was killed and two others were injured.

The exchange of fire began around 9 am when a joint team of the DRG, the Special Task Force and CoBRA commandos, acting on inputs about the presence of cadres of the West Bastar division, was carrying out a search operation, Bastar range Inspector General Ramesh Thakur said. Intermittent firing continued till the evening.

The bodies of 12 Maoists, along with an INSAS rifle, a self-loading rifle and a large cache of explosives, were recovered from the spot. The injured jawans were airlifted to Raipur and are out of danger, the IG said.

On Monday, two CRPF jawans were injured when Maoists triggered an IED blast in Sukma district's Jagargunda area while the troops were out on an area domination exercise, police said.

In another incident, Maoists killed a villager, suspecting him to be a police informer, in Narayanpur district's Orchha area on Sunday night, police said. The body of the man, identified as Sukhram Korram (35), was found near his village with a note from the Maoists' Kutul area committee.

Chief Minister Vishnu Deo Sai praised the security forces and reiterated that the state would be freed of Left-Wing Extremism by March 2026, the deadline set by Union Home Minister Amit Shah.

More than 250 Maoists have been killed in Bastar this year, according to police figures. In May, security forces carried out a three-week operation in the Karregutta hills along the Telangana border. On May 21, security forces killed 27 Maoists, including the outfit's general secretary Nambala Keshav Rao alias Basavaraju, in the Abujhmarh forests of Narayanpur district."""
arts.append({"id": "probe-afpak-7", "url": None, "title": "12 Maoists killed in Bijapur encounter, DRG jawan martyred",
             "published": "2025-11-19", "text": t7, "events": [
    ev(BAT, "armed_clash", "2025-11-18", "day",
       {**loc("Gangaloor", "the forests of Bijapur district's Gangaloor area", "Chhattisgarh", "IN", 18.79, 80.82, "region"),
        "coords_note": "Gangaloor area east of Bijapur town; placed at Bijapur"},
       INP, "state_forces", CPIM, "rebel_group", 13, injured=2,
       evidence="Twelve Maoists, including a divisional committee member who carried a reward of Rs 8 lakh on his head, were killed in an encounter with security forces in the forests of Bijapur district's Gangaloor area on Tuesday, police said."),
    ev(ERV, "remote_explosive_landmine_ied", "2025-11-17", "day",
       {**loc("Jagargunda", "Sukma district's Jagargunda area", "Chhattisgarh", "IN", 18.60, 81.24, "region"),
        "coords_note": "approximate position of Jagargunda village"},
       CPIM, "rebel_group", INP, "state_forces", injured=2,
       evidence="On Monday, two CRPF jawans were injured when Maoists triggered an IED blast in Sukma district's Jagargunda area while the troops were out on an area domination exercise, police said."),
    ev(VAC, "attack", "2025-11-16", "day",
       {**loc("Orchha", "Narayanpur district's Orchha area", "Chhattisgarh", "IN", 19.72, 81.24, "region"),
        "coords_note": "Orchha block of Narayanpur district; placed at Narayanpur"},
       CPIM, "rebel_group", INC, "civilians", 1,
       evidence="In another incident, Maoists killed a villager, suspecting him to be a police informer, in Narayanpur district's Orchha area on Sunday night, police said."),
    ev(BAT, "armed_clash", "2025-05-21", "day",
       {**loc("Abujhmarh", "the Abujhmarh forests of Narayanpur district", "Chhattisgarh", "IN", 19.72, 81.24, "region"),
        "coords_note": "Abujhmarh forests west of Narayanpur; placed at Narayanpur"},
       INP, "state_forces", CPIM, "rebel_group", 27,
       evidence="On May 21, security forces killed 27 Maoists, including the outfit's general secretary Nambala Keshav Rao alias Basavaraju, in the Abujhmarh forests of Narayanpur district.", bg=True),
]})

for a in arts:
    for e in a["events"]:
        assert e["evidence"] in a["text"], (a["id"], e["evidence"][:60])
out = Path(__file__).with_name("probe-afpak.jsonl")
out.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in arts))
print(out, len(arts), sum(len(a["events"]) for a in arts))

"""Build probe-southasia.jsonl: seven own-written articles in the style of South Asian outlets (PTI, The Hindu,
Dawn, Tolo, Daily Star): Kashmir encounters, Maoist IEDs, Manipur, Balochistan, Khyber Pakhtunkhwa, Kabul,
Bangladesh party clashes; hand-coded by NOTES.md."""
import json, pathlib

from probe_gold import ev, loc  # noqa: E402

B, E, V, R_, SD = ("battles", "explosions_remote_violence", "violence_against_civilians", "riots",
                   "strategic_developments")
S, R, I, U, C, RI, P = ("state_forces", "rebel_group", "identity_militia", "unknown", "civilians", "rioters",
                        "political_militia")
IND, INP = "Military Forces of India", "Police Forces of India"
PKP = "Police Forces of Pakistan"
MAO = "CPI (Maoist): Communist Party of India (Maoist)"
BLA = "BLA: Baloch Liberation Army"
AFG = "Military Forces of Afghanistan (2021-)"
ISK = "Islamic State Khorasan Province"
arts = []

# ---- 1 Kashmir (PTI style)
t = """Two terrorists neutralised in Kulgam encounter, jawan injured

Srinagar, Nov 8 (PTI) Two terrorists were neutralised in an encounter with security forces in the Damhal Hanjipora area of Jammu and Kashmir's Kulgam district on Friday, officials said.

A joint team of the Army, CRPF and J&K Police launched a cordon and search operation in the area in the early hours following specific input about the presence of ultras, a police spokesman said. As the forces zeroed in on the suspected spot, the hiding terrorists opened fire, which was retaliated, triggering the encounter.

One jawan sustained bullet injuries and was evacuated to the Army's 92 Base Hospital, where his condition is stated to be stable, the spokesman said. Two AK rifles and a huge quantity of ammunition were recovered from the site.

Meanwhile, militants fired on an Army patrol party in the Chatroo belt of Kishtwar district late on Thursday, prompting a brief exchange of fire. There was no loss of life on the side of the forces, officials said, adding that reinforcements had been rushed to the area.

Last month, terrorists ambushed an Army vehicle near Gulmarg in Baramulla district on October 24, killing two soldiers and two civilian porters."""
e = [
 ev(B, "armed_clash", "2024-11-08", "day",
    loc("Kulgam", "the Damhal Hanjipora area of Jammu and Kashmir's Kulgam district", "Jammu and Kashmir", "IN", 33.64, 75.02, "region"),
    IND, S, "Unidentified jihadist group (India)", R, best=2, injured=1,
    evidence="Two terrorists were neutralised in an encounter with security forces in the Damhal Hanjipora area of Jammu and Kashmir's Kulgam district on Friday, officials said."),
 ev(B, "armed_clash", "2024-11-07", "day",
    loc("Kishtwar", "the Chatroo belt of Kishtwar district", "Jammu and Kashmir", "IN", 33.31, 75.77, "region"),
    "Unidentified jihadist group (India)", R, IND, S,
    evidence="Meanwhile, militants fired on an Army patrol party in the Chatroo belt of Kishtwar district late on Thursday, prompting a brief exchange of fire."),
 ev(B, "armed_clash", "2024-10-24", "day",
    loc("Gulmarg", "near Gulmarg in Baramulla district", "Jammu and Kashmir", "IN", 34.05, 74.38),
    "Unidentified jihadist group (India)", R, IND, S, best=4,
    evidence="Last month, terrorists ambushed an Army vehicle near Gulmarg in Baramulla district on October 24, killing two soldiers and two civilian porters.", bg=True),
]
arts.append(("probe-southasia-1", "2024-11-08", t, e))

# ---- 2 Chhattisgarh (The Hindu style)
t = """Eight DRG jawans, driver killed as Maoists blow up vehicle in Chhattisgarh's Bijapur

RAIPUR

Eight personnel of the District Reserve Guard (DRG) and the civilian driver of their vehicle were killed on Monday when Maoists triggered an improvised explosive device (IED) under the SUV in Chhattisgarh's Bijapur district, police said.

The blast took place around 2.15 p.m. on the Kutru-Bedre road under Kutru police station limits, when the jawans were returning to their camp after a joint anti-Naxal operation, the Inspector-General of Police, Bastar range, told The Hindu. The explosion left a crater nearly ten feet deep and threw the mangled vehicle several metres off the road.

The team was part of a force that had killed five Maoists in an encounter in the Abujhmarh forests of Narayanpur district on Saturday. A head constable of the DRG also lost his life in that exchange of fire, which lasted several hours.

On Sunday, a bomb disposal squad of the CRPF detected and defused a pressure IED weighing around 10 kg that the ultras had planted on the Dornapal-Jagargunda road in Sukma district, averting a major tragedy, officials said.

Chief Minister Vishnu Deo Sai condemned the attack and said the sacrifice of the jawans would not go in vain."""
e = [
 ev(E, "remote_explosive_landmine_ied", "2025-01-06", "day",
    loc("Bijapur", "the Kutru-Bedre road under Kutru police station limits", "Chhattisgarh", "IN", 18.79, 80.82, "region"),
    MAO, R, INP, S, best=9,
    evidence="Eight personnel of the District Reserve Guard (DRG) and the civilian driver of their vehicle were killed on Monday when Maoists triggered an improvised explosive device (IED) under the SUV in Chhattisgarh's Bijapur district, police said."),
 ev(B, "armed_clash", "2025-01-04", "day",
    dict(loc("Narayanpur", "the Abujhmarh forests of Narayanpur district", "Chhattisgarh", "IN", 19.72, 81.25, "region"),
         coords_note="Narayanpur town, approximate"),
    INP, S, MAO, R, best=6,
    evidence="The team was part of a force that had killed five Maoists in an encounter in the Abujhmarh forests of Narayanpur district on Saturday. A head constable of the DRG also lost his life in that exchange of fire, which lasted several hours."),
 ev(SD, "disrupted_weapons_use", "2025-01-05", "day",
    loc("Sukma", "the Dornapal-Jagargunda road in Sukma district", "Chhattisgarh", "IN", 18.39, 81.66, "region"),
    "Police Forces of India", S, MAO, R,
    evidence="On Sunday, a bomb disposal squad of the CRPF detected and defused a pressure IED weighing around 10 kg that the ultras had planted on the Dornapal-Jagargunda road in Sukma district, averting a major tragedy, officials said."),
]
arts.append(("probe-southasia-2", "2025-01-07", t, e))

# ---- 3 Manipur
t = """Five killed as violence flares again in Manipur's Jiribam

IMPHAL, Sept 8: At least five persons were killed in Manipur's Jiribam district on Saturday in a fresh spell of violence between armed groups of two communities, police said.

Suspected militants barged into the house of an elderly man who lived alone in a village about seven km from Jiribam town in the early hours and shot him dead in his sleep, a senior police officer said. Following the incident, heavy cross-firing broke out between armed volunteers of the Meitei and Kuki-Zo communities in the hills nearby, in which four armed men were killed.

The bodies of the deceased have been sent to the Jiribam district hospital, and additional central forces have been deployed in the area.

On Friday, a long-range rocket fired from the surrounding hills landed on a house in Moirang town of Bishnupur district, killing a 70-year-old man and injuring five others, officials said. Police suspect Kuki militants of firing the projectile.

More than 200 people have been killed since ethnic clashes between the Meitei and Kuki-Zo communities broke out in May last year."""
e = [
 ev(V, "attack", "2024-09-07", "day",
    loc("Jiribam", "a village about seven km from Jiribam town", "Manipur", "IN", 24.8, 93.12, "region"),
    "Unidentified Armed Group (India)", U, "Civilians (India)", C, best=1,
    evidence="Suspected militants barged into the house of an elderly man who lived alone in a village about seven km from Jiribam town in the early hours and shot him dead in his sleep, a senior police officer said."),
 ev(B, "armed_clash", "2024-09-07", "day",
    loc("Jiribam", "the hills nearby", "Manipur", "IN", 24.8, 93.12, "region"),
    "Meitei Ethnic Militia (India)", I, "Kuki Ethnic Militia (India)", I, best=4,
    evidence="Following the incident, heavy cross-firing broke out between armed volunteers of the Meitei and Kuki-Zo communities in the hills nearby, in which four armed men were killed."),
 ev(E, "shelling_artillery_missile_attack", "2024-09-06", "day",
    loc("Moirang", "Moirang town of Bishnupur district", "Manipur", "IN", 24.5, 93.78),
    "Kuki Ethnic Militia (India)", I, "Civilians (India)", C, best=1, injured=5,
    evidence="On Friday, a long-range rocket fired from the surrounding hills landed on a house in Moirang town of Bishnupur district, killing a 70-year-old man and injuring five others, officials said."),
]
arts.append(("probe-southasia-3", "2024-09-08", t, e))

# ---- 4 Balochistan (Dawn style)
t = """23 passengers offloaded, shot dead in Musakhel as militants strike across Balochistan

QUETTA: At least 23 people were killed on Monday after armed men offloaded them from trucks and passenger buses on a highway in Balochistan's Musakhel district and shot them after checking their identity cards, officials said.

According to the assistant commissioner, the gunmen blocked the inter-provincial highway in the Rarasham area in the early hours and set ablaze at least ten vehicles before fleeing. Most of the deceased hailed from Punjab.

In a separate incident in Kalat district, militants attacked a Levies post on the national highway late on Sunday night, martyring four Levies personnel. Six civilians were also killed in the cross-firing, the deputy commissioner said.

A railway bridge in the Kolpur area near Mach was also blown up with explosives early on Monday, suspending train services between Quetta and the rest of the country. No casualties were reported in the blast.

The banned Balochistan Liberation Army claimed responsibility for the attacks. The ISPR said security forces had killed 14 terrorists in clearance operations across the province."""
e = [
 ev(V, "attack", "2024-08-26", "day",
    loc("Musa Khel Bazar", "the Rarasham area", "Balochistan", "PK", 30.86, 69.82, "region"),
    BLA, R, "Civilians (Pakistan)", C, best=23, low=23,
    evidence="At least 23 people were killed on Monday after armed men offloaded them from trucks and passenger buses on a highway in Balochistan's Musakhel district and shot them after checking their identity cards, officials said."),
 ev(B, "armed_clash", "2024-08-25", "day",
    loc("Kalat", "Kalat district", "Balochistan", "PK", 29.03, 66.59, "region"),
    BLA, R, PKP, S, best=10,
    evidence="In a separate incident in Kalat district, militants attacked a Levies post on the national highway late on Sunday night, martyring four Levies personnel. Six civilians were also killed in the cross-firing, the deputy commissioner said."),
 ev(E, "remote_explosive_landmine_ied", "2024-08-26", "day",
    loc("Mach", "the Kolpur area near Mach", "Balochistan", "PK", 29.86, 67.33, "region"),
    BLA, R, None, None, best=0,
    evidence="A railway bridge in the Kolpur area near Mach was also blown up with explosives early on Monday, suspending train services between Quetta and the rest of the country. No casualties were reported in the blast."),
]
arts.append(("probe-southasia-4", "2024-08-27", t, e))

# ---- 5 Khyber Pakhtunkhwa (Dawn / Tribune style)
t = """Two cops martyred as terrorists storm check post in Lakki Marwat

BANNU: Two policemen were martyred and three others injured when terrorists attacked a police check post in the Bargai area of Lakki Marwat district late on Thursday night, police said.

The district police officer said around 20 militants armed with heavy weapons attacked the post from several directions. The police personnel retaliated and the exchange of fire continued for more than an hour before the attackers fled towards the mountains. A case has been registered against unidentified terrorists under the Anti-Terrorism Act.

On Wednesday, a quadcopter dropped an explosive device on the Mandan police station in Bannu district, injuring two constables, officials said.

Separately, unidentified motorcyclists gunned down a retired assistant sub-inspector in Kulachi tehsil of Dera Ismail Khan on Thursday morning. The deceased was on his way to a mosque when he was targeted near his house, police said, adding that the body had been shifted to the district headquarters hospital.

Earlier this month, on October 11, militants stormed a Frontier Constabulary post in the Darazinda area of Dera Ismail Khan, martyring seven personnel."""
e = [
 ev(B, "armed_clash", "2024-10-24", "day",
    loc("Lakki", "the Bargai area of Lakki Marwat district", "Khyber Pakhtunkhwa", "PK", 32.61, 70.91, "region"),
    "Unidentified jihadist group (Pakistan)", R, PKP, S, best=2, injured=3,
    evidence="Two policemen were martyred and three others injured when terrorists attacked a police check post in the Bargai area of Lakki Marwat district late on Thursday night, police said."),
 ev(E, "air_drone_strike", "2024-10-23", "day",
    loc("Bannu", "the Mandan police station in Bannu district", "Khyber Pakhtunkhwa", "PK", 32.99, 70.6, "region"),
    "Unidentified Armed Group (Pakistan)", U, PKP, S, injured=2,
    evidence="On Wednesday, a quadcopter dropped an explosive device on the Mandan police station in Bannu district, injuring two constables, officials said."),
 ev(V, "attack", "2024-10-24", "day",
    loc("Kulachi", "Kulachi tehsil of Dera Ismail Khan", "Khyber Pakhtunkhwa", "PK", 31.93, 70.46, "region"),
    "Unidentified Armed Group (Pakistan)", U, "Civilians (Pakistan)", C, best=1,
    evidence="Separately, unidentified motorcyclists gunned down a retired assistant sub-inspector in Kulachi tehsil of Dera Ismail Khan on Thursday morning."),
 ev(B, "armed_clash", "2024-10-11", "day",
    dict(loc("Dera Ismail Khan", "the Darazinda area of Dera Ismail Khan", "Khyber Pakhtunkhwa", "PK", 31.83, 70.9, "region"),
         coords_note="Darazinda placed at its district town"),
    "Unidentified jihadist group (Pakistan)", R, "Military Forces of Pakistan", S, best=7,
    evidence="Earlier this month, on October 11, militants stormed a Frontier Constabulary post in the Darazinda area of Dera Ismail Khan, martyring seven personnel.", bg=True),
]
arts.append(("probe-southasia-5", "2024-10-25", t, e))

# ---- 6 Afghanistan (Tolo style)
t = """Six killed in suicide blast in Kabul's District 7

Six civilians were killed and 13 others were wounded in a suicide attack in the Qala-e-Bakhtiar area of Kabul's District 7 on Monday, Kabul police spokesman Khalid Zadran said.

According to Zadran, the attacker detonated his explosives when police tried to stop him near a checkpoint. Daesh claimed responsibility for the attack in a statement on its channels.

Meanwhile, the Ministry of Interior said that forces of the Islamic Emirate killed two Daesh members and arrested three others in a raid on their hideout in Surkh Rod district of Nangarhar province on Sunday night.

Daesh had also claimed a bombing on August 11, when a magnetic bomb attached to a minibus exploded in Kabul's Dasht-e-Barchi area, killing one person and wounding 11 others.

Residents of Kabul called on the Islamic Emirate to increase security measures in crowded parts of the city."""
e = [
 ev(E, "suicide_bomb", "2024-09-02", "day",
    loc("Kabul", "the Qala-e-Bakhtiar area of Kabul's District 7", "Kabul", "AF", 34.53, 69.17),
    ISK, R, "Civilians (Afghanistan)", C, best=6, injured=13,
    evidence="Six civilians were killed and 13 others were wounded in a suicide attack in the Qala-e-Bakhtiar area of Kabul's District 7 on Monday, Kabul police spokesman Khalid Zadran said."),
 ev(B, "armed_clash", "2024-09-01", "day",
    dict(loc("Sultanpur-e Ulya", "Surkh Rod district of Nangarhar province", "Nangarhar", "AF", 34.41, 70.3, "region"),
         coords_note="Surkh Rod district centre"),
    AFG, S, ISK, R, best=2,
    evidence="Meanwhile, the Ministry of Interior said that forces of the Islamic Emirate killed two Daesh members and arrested three others in a raid on their hideout in Surkh Rod district of Nangarhar province on Sunday night."),
 ev(E, "remote_explosive_landmine_ied", "2024-08-11", "day",
    loc("Kabul", "Kabul's Dasht-e-Barchi area", "Kabul", "AF", 34.53, 69.17),
    ISK, R, "Civilians (Afghanistan)", C, best=1, injured=11,
    evidence="Daesh had also claimed a bombing on August 11, when a magnetic bomb attached to a minibus exploded in Kabul's Dasht-e-Barchi area, killing one person and wounding 11 others.", bg=True),
]
arts.append(("probe-southasia-6", "2024-09-03", t, e))

# ---- 7 Bangladesh (Daily Star style)
t = """One killed, 25 injured in clash between two BNP factions in Narsingdi

A man was killed and at least 25 others were injured in a clash between supporters of two local BNP leaders over establishing supremacy in Raipura upazila of Narsingdi yesterday.

The deceased, a 35-year-old day labourer, was a supporter of one of the factions, said the officer-in-charge of Raipura Police Station.

Witnesses said followers of the two groups, armed with sharp weapons, sticks and locally-made firearms, locked in a clash around 10:00am that continued for nearly two hours. Several houses were vandalised and set on fire during the clash.

Police and army members rushed to the spot and brought the situation under control. The injured were taken to Narsingdi Sadar Hospital and Dhaka Medical College Hospital.

A case has been filed with Raipura Police Station in this connection, and three people have been detained so far, the OC added."""
e = [
 ev(R_, "mob_violence", "2024-12-14", "day",
    dict(loc("Narsingdi", "Raipura upazila of Narsingdi", "Dhaka Division", "BD", 23.92, 90.72, "region"),
         coords_note="Raipura placed at Narsingdi"),
    "Rioters (Bangladesh)", RI, "Rioters (Bangladesh)", RI, best=1, injured=25,
    evidence="A man was killed and at least 25 others were injured in a clash between supporters of two local BNP leaders over establishing supremacy in Raipura upazila of Narsingdi yesterday."),
]
arts.append(("probe-southasia-7", "2024-12-15", t, e))

out = pathlib.Path(__file__).with_name("probe-southasia.jsonl")
with out.open("w") as f:
    for i, pub, text, events in arts:
        for x in events:
            assert x["evidence"] in text, (i, x["evidence"][:40])
        f.write(json.dumps({"id": i, "url": None, "title": text.split("\n")[0], "published": pub,
                            "text": text, "events": events}) + "\n")
print(out)
